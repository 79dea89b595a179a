"""The annotated 新旧対照表 bill: comments reopened with python-docx, each in the right cell."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
CURRENT = str(AMEND / "yuzuriha-current.txt")
SEEDED = AMEND / "yuzuriha-taishohyo-seeded.docx"
CLEAN = AMEND / "yuzuriha-taishohyo.docx"
HEADERS = {"改正後": "new", "改正前": "old", "改正案": "new", "現行": "old"}


def anchored(tc, cid: str) -> str:
    """The text of the cell between the comment's range start and end."""
    from docx.oxml.ns import qn

    inside, parts = False, []
    for el in tc.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:t"), qn("w:p")):
        if el.tag == qn("w:commentRangeStart") and el.get(qn("w:id")) == cid:
            inside = True
        elif el.tag == qn("w:commentRangeEnd") and el.get(qn("w:id")) == cid:
            break
        elif el.tag == qn("w:p") and inside and parts:
            parts.append("\n")
        elif el.tag == qn("w:t") and inside:
            parts.append(el.text or "")
    return "".join(parts).strip("\n")


def comments_by_cell(path: Path) -> list[dict]:
    """Each comment with the (table row, column) of the cell its range starts in."""
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(str(path))
    text = {str(c.comment_id): c.text for c in d.comments}
    out = []
    number = 0
    columns: dict[int, str] = {}
    for table in d.tables:
        for row in table.rows:
            labels = {i: HEADERS.get("".join(c.text.split())) for i, c in enumerate(row.cells)}
            if set(labels.values()) >= {"new", "old"}:
                columns = {i: k for i, k in labels.items() if k}
                continue
            number += 1
            for i, cell in enumerate(row.cells):
                for start in cell._tc.iter(qn("w:commentRangeStart")):
                    cid = start.get(qn("w:id"))
                    out.append({"row": number, "column": columns.get(i), "text": text[cid],
                                "anchor": anchored(cell._tc, cid)})
    assert len(out) == len(text), "every comment is anchored in a cell of the table"
    return out


def export(bill: Path, out: Path) -> Path:
    assert main(["export", str(bill), "--current", CURRENT, "-o", str(out), "--reviewer", "法規 花子"]) == 0
    return out / f"{bill.stem}_review-annotated.docx"


def test_seeded_bill_comments_sit_on_their_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(SEEDED.read_bytes()).hexdigest()
    annotated = export(SEEDED, tmp_path)
    assert hashlib.sha256(SEEDED.read_bytes()).hexdigest() == before  # the source is never written
    expected = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))["findings"]
    comments = comments_by_cell(annotated)
    on_table = [c for c in comments if "（改正後の" not in c["text"]]
    assert [(c["row"], c["column"]) for c in on_table] == [(e["table_row"], e["column"]) for e in expected]
    for c, e in zip(on_table, expected):
        assert c["anchor"] == e["anchor"]
        assert c["text"].startswith("【誤り】" if e["severity"] == "error" else "【注意】")
    # the consolidated text's points on a provision a row wrote go on that row's 改正後 cell
    moved = [c for c in comments if "（改正後の" in c["text"]]
    assert moved and all(c["column"] == "new" for c in moved)
    assert any(c["row"] == 2 and "（改正後の第2条" in c["text"] for c in moved)


def test_clean_bill_has_no_comment_on_its_table_marks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    comments = comments_by_cell(export(CLEAN, tmp_path))
    assert all("（改正後の" in c["text"] for c in comments)
    text = (tmp_path / f"{CLEAN.stem}_consolidated.txt").read_text(encoding="utf-8")
    assert text.rstrip("\n") == (AMEND / "yuzuriha-amended.txt").read_text(encoding="utf-8").rstrip("\n")


def test_report_lists_the_cells_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    export(SEEDED, tmp_path)
    report = docx.Document(str(tmp_path / f"{SEEDED.stem}_review-report.docx"))
    body = "\n".join(p.text for p in report.paragraphs) + "\n".join(
        c.text for t in report.tables for r in t.rows for c in r.cells)
    for label in ("（表2行目・改正後欄）", "（表3行目・改正前欄）", "（表7行目・改正前欄）"):
        assert label in body
    assert (tmp_path / f"{SEEDED.stem}_consolidated.txt").is_file()

"""``ordreview check BILL --current CURRENT`` for a 新旧対照表 bill (a Word table headed 改正後/改正前)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
CURRENT = str(AMEND / "yuzuriha-current.txt")
CLEAN = str(AMEND / "yuzuriha-taishohyo.docx")
SEEDED = str(AMEND / "yuzuriha-taishohyo-seeded.docx")


def check_json(bill: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["check", bill, "--current", CURRENT, "--json"])
    return code, json.loads(capsys.readouterr().out)


def cell_findings(data: dict) -> list[dict]:
    return [f for f in data["findings"] if f["location"]["in"] == "bill"]


def test_seeded_table_bill_gives_exactly_its_expected_findings(capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))["findings"]
    code, data = check_json(SEEDED, capsys)
    assert code == 1
    got = [{"rule": f["rule"], "severity": f["severity"], "table_row": f["location"]["table_row"],
            "column": f["location"]["column"], "anchor": f["anchor_text"]} for f in cell_findings(data)]
    assert got == [{k: e[k] for k in ("rule", "severity", "table_row", "column", "anchor")} for e in expected]
    # the provision each cell is about is named too
    assert [f["location"]["article"] for f in cell_findings(data)] == ["2", "5", "6", "13_3", "16"]
    assert data["bill"]["form"] == "taishohyo" and len(data["bill"]["rows"]) == 9
    assert [r["number"] for r in data["bill"]["rows"] if not r["merged"]] == [7]


def test_clean_table_bill_has_no_cell_finding_and_consolidates_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = check_json(CLEAN, capsys)
    assert cell_findings(data) == []
    assert data["consolidated_text"].rstrip("\n") == (AMEND / "yuzuriha-amended.txt").read_text(encoding="utf-8").rstrip("\n")
    consolidated = [f for f in data["findings"] if f["location"]["in"] == "consolidated"]
    assert consolidated
    # the exit code follows the consolidated text's own errors, as for a 改め文 bill
    assert code == (1 if any(f["severity"] == "error" for f in consolidated) else 0)
    assert data["summary"]["findings"]["error"] == sum(f["severity"] == "error" for f in data["findings"])


def test_table_bill_is_told_by_its_headers_not_its_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    renamed = tmp_path / "kaisei-an.docx"
    shutil.copyfile(SEEDED, renamed)
    _, data = check_json(str(renamed), capsys)
    assert [f["location"]["table_row"] for f in cell_findings(data)] == [2, 3, 4, 5, 7]


def test_human_output_lists_the_cells(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", SEEDED, "--current", CURRENT]) == 1
    out = capsys.readouterr().out
    assert "表2行目・改正後欄" in out and "表7行目・改正前欄" in out
    assert "反映できなかった行 1 件" in out


def test_word_bill_without_a_table_goes_the_aratamebun_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("ゆずりは町個人情報保護条例の一部を改正する条例")
    d.add_paragraph("第18条中「町長」を「町長等」に改める。")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "項目"
    path = tmp_path / "bill.docx"
    d.save(path)
    code, data = check_json(str(path), capsys)
    assert "sentences" in data["bill"] and "form" not in data["bill"]


def test_unreadable_table_bill_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["check", str(bad), "--current", CURRENT, "--json"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_consolidated_findings_name_the_row_that_wrote_their_text(capsys: pytest.CaptureFixture[str]) -> None:
    """A finding of the consolidated text on what a row wrote carries that row (改正後 column),
    so the officer can find it in the bill; one on text no row touched carries none."""
    _, data = check_json(SEEDED, capsys)
    text = data["consolidated_text"]
    rows = {r["number"]: r for r in data["bill"]["rows"]}
    consolidated = [f for f in data["findings"] if f["location"]["in"] == "consolidated"]
    with_row = [f for f in consolidated if "table_row" in f["location"]]
    assert with_row and len(with_row) < len(consolidated)
    for f in consolidated:
        loc = f["location"]
        span = loc["span"]
        written = [n for n, r in rows.items() if r["merged"] and r["new"]["text"].strip()
                   and span is not None and text[span[0]:span[1]].strip()
                   and text[span[0]:span[1]].strip().split("\n")[0] in r["new"]["text"]]
        if "table_row" in loc:
            assert loc["column"] == "new"
            assert rows[loc["table_row"]]["merged"]
            # the finding's own text stands in that row's 改正後 cell
            assert text[span[0]:span[1]].strip().split("\n")[0] in rows[loc["table_row"]]["new"]["text"]
        else:
            assert not written, f
    by_row = {f["location"]["table_row"] for f in with_row}
    assert {1, 2, 5} <= by_row  # the 目次 row, the 第2条 row and the new chapter's row
    assert 7 not in by_row  # the row that could not be merged wrote nothing
    # every finding in the chapter the 5th row adds is found through that row (第13条の2's only
    # finding, 個人情報ファイル used undefined, is carried by the A8 gap finding on 第2条)
    chapter = {"13_2", "13_3", "13_4", "13_5"}
    in_chapter = [f for f in consolidated if f["location"]["article"] in chapter]
    assert len({f["location"]["article"] for f in in_chapter}) >= 3
    assert all(f["location"].get("table_row") == 5 for f in in_chapter)


def test_human_output_names_the_row_of_a_consolidated_finding(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", SEEDED, "--current", CURRENT])
    out = capsys.readouterr().out
    assert "（表5行目・改正後欄）" in out
    assert "（表1行目・改正後欄）" in out

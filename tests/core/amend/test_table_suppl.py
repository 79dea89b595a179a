"""The own 附則 of a 新旧対照表 bill is checked as a 改め文 bill's is: malformed or dangling
施行期日 provisions, and 改正規定 that no row of the table changes (``core.amend.tablesuppl``)."""

from __future__ import annotations

import json
from pathlib import Path

from ordreview.core.amend.tablereview import review_table_bill, table_bill_review_to_json
from tests.conftest import FIXTURES

CURRENT = str(FIXTURES / "amend" / "yuzuriha-current.txt")
ROW = ("（組織）\n第15条　審議会は、委員7人以内で組織する。", "（組織）\n第15条　審議会は、委員5人以内で組織する。")
ADDED = ("（苦情の処理の報告）\n第17条の2　実施機関は、前条の苦情の処理の状況を町長に報告するものとする。", "")


def make_bill(path: Path, rows: list[tuple[str, str]], suppl: list[str]) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("ゆずりは町個人情報保護条例の一部を改正する条例（案）")
    d.add_paragraph("ゆずりは町個人情報保護条例（平成13年ゆずりは町条例第6号）の一部を次のように改正する。")
    d.add_paragraph("次の表の改正前の欄に掲げる規定を同表の改正後の欄に掲げる規定に、下線で示すように改正する。")
    t = d.add_table(rows=1 + len(rows), cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "改正後", "改正前"
    for tr, (new, old) in zip(t.rows[1:], rows):
        for cell, text in zip(tr.cells, (new, old)):
            cell.paragraphs[0].text = ""
            if not text:
                cell.paragraphs[0].add_run("（新設）")
                continue
            for k, line in enumerate(text.split("\n")):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.add_run(line).underline = "7人" in line or "の2" in line or "報告" in line
    d.add_paragraph("\u3000\u3000\u3000附\u3000則")
    for line in suppl:
        d.add_paragraph(line)
    d.save(path)
    return path


def suppl_codes(tr) -> list[str]:
    return [f.code for f in tr.suppl_findings]


def test_a_clean_suppl_gives_no_finding(tmp_path: Path) -> None:
    bill = make_bill(tmp_path / "b.docx", [ROW, ADDED], [
        "この条例は、令和9年4月1日から施行する。ただし、第15条の改正規定及び第17条の次に1条を加える改正規定は、"
        "公布の日から施行する。"])
    tr = review_table_bill(str(bill), CURRENT)
    assert tr.suppl_findings == ()


def test_a_malformed_commencement_is_an_error_of_the_bill(tmp_path: Path) -> None:
    bill = make_bill(tmp_path / "b.docx", [ROW], ["この条例は、令和9年4月1日より施行する。"])
    tr = review_table_bill(str(bill), CURRENT)
    assert suppl_codes(tr) == ["amend.suppl_commencement.form"]
    f = tr.suppl_findings[0]
    assert f.severity == "error" and f.location.table_row is None and "より施行" in f.anchor_text
    assert f in tr.findings
    out = table_bill_review_to_json(tr)
    mine = [x for x in out["findings"] if x["code"] == "amend.suppl_commencement.form"]
    assert len(mine) == 1 and mine[0]["location"]["in"] == "bill"
    json.dumps(out, ensure_ascii=False)


def test_a_named_provision_no_row_changes_is_an_error(tmp_path: Path) -> None:
    bill = make_bill(tmp_path / "b.docx", [ROW], [
        "この条例は、令和9年4月1日から施行する。ただし、第16条の改正規定は、公布の日から施行する。"])
    tr = review_table_bill(str(bill), CURRENT)
    assert suppl_codes(tr) == ["amend.suppl_provision"]
    assert "第16条" in tr.suppl_findings[0].message_ja
    # an addition named where no row adds
    bill = make_bill(tmp_path / "c.docx", [ROW], [
        "この条例は、令和9年4月1日から施行する。ただし、第17条の次に1条を加える改正規定は、公布の日から施行する。"])
    assert suppl_codes(review_table_bill(str(bill), CURRENT)) == ["amend.suppl_provision"]


def test_a_bill_without_suppl_and_the_fixture_bill_give_none(tmp_path: Path) -> None:
    tr = review_table_bill(str(FIXTURES / "amend" / "yuzuriha-taishohyo.docx"), CURRENT)
    assert tr.suppl_findings == ()
    bill = make_bill(tmp_path / "b.docx", [ROW], [])
    assert review_table_bill(str(bill), CURRENT).suppl_findings == ()

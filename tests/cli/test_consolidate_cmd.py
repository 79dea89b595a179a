"""``ordreview consolidate BILL --current CURRENT`` and ``ordreview check BILL --current CURRENT``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
CURRENT = str(AMEND / "current-yamabuki.txt")
CLEAN = str(AMEND / "bill-yamabuki-2017.txt")
ERRORS = str(AMEND / "bill-yamabuki-errors-a.txt")


def expected_text() -> str:
    return (AMEND / "expected-yamabuki-2017.txt").read_text(encoding="utf-8")


def test_consolidate_prints_the_consolidated_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consolidate", CLEAN, "--current", CURRENT]) == 0
    captured = capsys.readouterr()
    assert captured.out == expected_text()
    assert captured.err == ""


def test_consolidate_writes_the_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "consolidated.txt"
    assert main(["consolidate", CLEAN, "--current", CURRENT, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == expected_text()
    assert capsys.readouterr().out == ""


def test_consolidate_exit_1_lists_each_failed_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consolidate", ERRORS, "--current", CURRENT]) == 1
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert [line.split("（")[0] for line in err[:5]] == ["✖ 改正規定2", "✖ 改正規定4", "✖ 改正規定5", "✖ 改正規定6", "✖ 改正規定7"]
    assert err[5].startswith("✖ 第21条（改正規定1による）")
    assert err[-1] == "改正規定 8 件のうち 5 件を適用できませんでした。引用の不整合 1 件。"
    assert "第18条の2　実施機関は" in captured.out  # the rest of the bill is still applied


def test_consolidate_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "consolidate", ERRORS, "--current", CURRENT]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "5 of 8 amending sentences could not be applied; 1 stale citations."


@pytest.mark.parametrize("which", ["bill", "current"])
def test_consolidate_exit_2_on_unreadable_input(which: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.txt")
    bill, current = (missing, CURRENT) if which == "bill" else (CLEAN, missing)
    assert main(["consolidate", bill, "--current", current]) == 2
    err = capsys.readouterr().err
    assert err.startswith("エラー: ") and "\nError: " in err and "Traceback" not in err


def test_consolidate_exit_2_when_the_bill_has_no_amending_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consolidate", CURRENT, "--current", CURRENT]) == 2
    assert "改め文" in capsys.readouterr().err


def test_consolidate_exit_2_when_current_is_not_an_ordinance(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consolidate", CLEAN, "--current", str(FIXTURES / "bad" / "prose.txt")]) == 2
    assert "現行条例として読み取れません" in capsys.readouterr().err


def test_check_bill_json_locates_findings_on_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", ERRORS, "--current", CURRENT, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    bill_findings = [f for f in data["findings"] if f["location"]["in"] == "bill"]
    assert [(f["location"]["sentence"], f["code"]) for f in bill_findings] == [
        (2, "amend.count_mismatch"), (4, "amend.target_not_found"), (5, "amend.ambiguous"),
        (6, "amend.provision_not_found"), (7, "amend.toc_not_amended"),
    ]
    bill_text = (AMEND / "bill-yamabuki-errors-a.txt").read_text(encoding="utf-8")
    for f in bill_findings:
        start, end = f["location"]["span"]
        assert bill_text[start:end] == data["bill"]["sentences"][f["location"]["sentence"] - 1]["text"]
    assert bill_findings[1]["location"]["article"] == "6" and bill_findings[1]["location"]["paragraph"] == 2
    stale = [f for f in data["findings"] if f["rule"] == "amend.stale_reference"]
    assert [(f["location"]["article"], f["location"]["sentence"], f["anchor_text"]) for f in stale] == [("21", 1, "第2条第3号")]
    text = data["consolidated_text"]
    for f in data["findings"]:
        if f["location"]["in"] == "consolidated" and f["location"]["span"]:
            start, end = f["location"]["span"]
            assert text[start:end] == f["anchor_text"]
    on_sentences = {f["location"]["sentence"] for f in data["findings"] if f["location"]["in"] == "consolidated"}
    assert 7 in on_sentences  # findings inside the added chapter point at the sentence that added it
    assert data["summary"]["findings"]["error"] >= 6


def test_check_bill_human_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", ERRORS, "--current", CURRENT]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"改正規定の適用: 8 件中 5 件を適用できませんでした（現行: {CURRENT}）"
    assert lines[1].startswith("✖ 改正規定2（第2条に次の3号を加える。）: ")
    assert lines[7] == "やまぶき町個人情報保護条例（プロファイル: basic-policy-2016 2016-10-28.1）"


def test_check_clean_bill_has_no_bill_finding(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", CLEAN, "--current", CURRENT, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [f for f in data["findings"] if f["rule"].startswith("amend.")] == []
    assert all(s["applied"] for s in data["bill"]["sentences"])


def test_export_bill_writes_annotated_bill_report_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    out = tmp_path / "out"
    before = (AMEND / "bill-yamabuki-errors-a.txt").read_bytes()
    assert main(["export", ERRORS, "--current", CURRENT, "-o", str(out), "--reviewer", "法制 太郎"]) == 0
    stem = "bill-yamabuki-errors-a"
    assert sorted(p.name for p in out.iterdir()) == [
        f"{stem}_consolidated.txt", f"{stem}_review-annotated.docx", f"{stem}_review-report.docx",
        f"{stem}_taishohyo.docx"]
    comments = [c.text for c in docx.Document(str(out / f"{stem}_review-annotated.docx")).comments]
    assert comments[0].startswith("【誤り】「次の3号」とあるが、続く規定は2号である。")
    assert sum(c.startswith("【誤り】") and "改正後の" not in c for c in comments) >= 5
    report = docx.Document(str(out / f"{stem}_review-report.docx"))
    cells = [c.text for t in report.tables for row in t.rows for c in row.cells]
    assert any(c.startswith("（改正規定4）第6条第2項に「思想及び信条に関する個人情報」がない") for c in cells)
    text = (out / f"{stem}_consolidated.txt").read_text(encoding="utf-8")
    assert "第18条の2　実施機関は" in text
    # the 新旧対照表 of the ordinance in force and the consolidated text: the added article only
    # in the 改正後 column, the other cell 「（新設）」
    table = docx.Document(str(out / f"{stem}_taishohyo.docx")).tables[0]
    rows = [(r.cells[0].text, r.cells[1].text) for r in table.rows]
    assert rows[0] == ("改正後", "改正前")
    assert any("第18条の2　実施機関は" in new and old == "（新設）" for new, old in rows[1:])
    assert (AMEND / "bill-yamabuki-errors-a.txt").read_bytes() == before


def test_check_bill_warns_when_the_current_ordinance_is_another_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text((AMEND / "current-yamabuki.txt").read_text(encoding="utf-8").replace(
        "平成15年3月18日条例第7号", "平成15年3月18日条例第8号"), encoding="utf-8")
    main(["check", CLEAN, "--current", str(other), "--json"])
    data = json.loads(capsys.readouterr().out)
    target = [f for f in data["findings"] if f["rule"] == "amend.target"]
    assert len(target) == 1 and target[0]["severity"] == "warning"
    assert target[0]["location"] == {"article": None, "paragraph": None, "item": None,
                                     "span": target[0]["location"]["span"], "sentence": None, "in": "bill"}
    assert target[0]["anchor_text"].startswith("やまぶき町個人情報保護条例（平成15年やまぶき町条例第7号）")
    main(["check", CLEAN, "--current", CURRENT, "--json"])
    assert not [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "amend.target"]


def test_existing_aratamebun_fixture_applies_and_its_item_gap_is_found_on_its_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    bill = str(FIXTURES / "amendment-aratamebun.txt")
    current = str(AMEND / "current-shirakaba.txt")
    assert main(["consolidate", bill, "--current", current]) == 0
    assert "　(9)　要配慮個人情報　本人の人種" in capsys.readouterr().out
    main(["check", bill, "--current", current, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert not [f for f in data["findings"] if f["rule"].startswith("amend.")]
    # 第7号 and 第8号 moved to 第10号 and 第11号 and only 第9号 added: the gap is on sentence 2
    gaps = [f for f in data["findings"] if f["rule"] == "num.item"]
    assert [(f["location"]["article"], f["location"]["sentence"]) for f in gaps] == [("2", 2)]


def test_consolidate_reads_a_word_bill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    document = docx.Document()
    for line in (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8").rstrip("\n").split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "bill.docx"
    document.save(str(path))
    assert main(["consolidate", str(path), "--current", CURRENT]) == 0
    assert capsys.readouterr().out == expected_text()


def test_style_notes_are_warnings_on_their_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bill = tmp_path / "bill.txt"
    bill.write_text((AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8").replace(
        "第21条中「第2条第3号」", "第21条第1項中「第2条第3号」"), encoding="utf-8")
    assert main(["consolidate", str(bill), "--current", CURRENT]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "▲ 改正規定8（第21条第1項中「第2条第3号」を「第2条第5号」に改める。）: "
        "第21条は項が一つしかない条である。「第1項」を付けずに引用する（例：「第N条第3号」）。"]
    main(["check", str(bill), "--current", CURRENT, "--json"])
    data = json.loads(capsys.readouterr().out)
    notes = [f for f in data["findings"] if f["rule"] == "amend.style"]
    assert [(f["severity"], f["code"], f["location"]["sentence"], f["location"]["article"]) for f in notes] == [
        ("warning", "amend.note.single_paragraph", 8, "21")]


def test_stray_line_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bill = tmp_path / "bill.txt"
    bill.write_text((AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8").replace(
        "第8条第3項を削る。", "第8条第3項を削る。\n※第8条は全部見直し予定"), encoding="utf-8")
    assert main(["consolidate", str(bill), "--current", CURRENT]) == 0
    assert capsys.readouterr().err.splitlines() == ["▲ 改正規定として読み取れない行（適用していません）: ※第8条は全部見直し予定"]
    main(["check", str(bill), "--current", CURRENT, "--json"])
    stray = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "amend.stray"]
    assert [(f["severity"], f["anchor_text"], f["location"]["sentence"]) for f in stray] == [
        ("warning", "※第8条は全部見直し予定", None)]


def test_consolidated_findings_carry_the_sentence_that_wrote_their_text(capsys: pytest.CaptureFixture[str]) -> None:
    """A finding of the consolidated review on a line a sentence wrote has that sentence's
    number (`location.sentence`); one on a line as in force has none."""
    main(["check", CLEAN, "--current", CURRENT, "--json"])
    data = json.loads(capsys.readouterr().out)
    text = data["consolidated_text"]
    sentences = {s["number"]: s["text"] for s in data["bill"]["sentences"]}
    consolidated = [f for f in data["findings"] if f["location"]["in"] == "consolidated"]
    by_rule = {(f["rule"], f["location"]["article"]): f["location"]["sentence"] for f in consolidated}
    # 第18条の4 (its fee left to a 規則) is in the chapter sentence 7 added
    assert by_rule[("fee.delegated", "18_4")] == 7 and sentences[7] == "第3章の次に次の1章を加える。"
    # the definition of 個人情報 was amended by sentence 2 (「又は個人識別符号が含まれるもの」 added)
    diff = next(f for f in consolidated if f["rule"] == "def.diff" and f["location"]["article"] == "2")
    assert diff["location"]["sentence"] == 2 and "個人識別符号" in sentences[2]
    # 第1条 is untouched by the bill
    assert all(f["location"]["sentence"] is None for f in consolidated if f["location"]["article"] == "1")
    # each such finding's text is in the consolidated text, not in the ordinance in force as it was
    current = Path(CURRENT).read_text(encoding="utf-8")
    start, end = diff["location"]["span"]
    assert "個人識別符号" in text[text.rfind("\n", 0, start) + 1:text.find("\n", end)]
    assert "個人識別符号" not in current


def test_sentence_placed_out_of_order_is_a_warning_on_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 2017 bill with its 第8条 sentence moved after the 第21条 one: it still applies to the
    same text, and the misplaced sentence is a warning naming the sentence it follows."""
    text = (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8")
    assert "第8条第3項を削る。\n" in text and "第21条中「第2条第3号」を「第2条第5号」に改める。\n" in text
    moved = text.replace("第8条第3項を削る。\n", "").replace(
        "第21条中「第2条第3号」を「第2条第5号」に改める。\n",
        "第21条中「第2条第3号」を「第2条第5号」に改める。\n第8条第3項を削る。\n")
    bill = tmp_path / "bill.txt"
    bill.write_text(moved, encoding="utf-8")
    assert main(["consolidate", str(bill), "--current", CURRENT]) == 0
    captured = capsys.readouterr()
    assert captured.out == expected_text()
    assert captured.err.splitlines() == [
        "▲ 改正規定8（第8条第3項を削る。）: 第8条第3項の改正規定が、それより後ろにある第21条の改正規定（改正規定7）の後に"
        "置かれている。改正規定は、題名、目次、本則、附則、別表の順に、条例の前の規定から順に並べられたい。"]
    main(["check", str(bill), "--current", CURRENT, "--json"])
    data = json.loads(capsys.readouterr().out)
    notes = [f for f in data["findings"] if f["rule"] == "amend.style"]
    assert [(f["severity"], f["code"], f["location"]["sentence"], f["location"]["article"]) for f in notes] == [
        ("warning", "amend.note.out_of_order", 8, "8")]
    start, end = notes[0]["location"]["span"]
    assert moved[start:end] == "第8条第3項を削る。"


@pytest.mark.parametrize(("named", "missing"), [
    ("第3章の次に1章を加える", None),  # the bill as written
    ("第2条、第5条及び第21条の", None),  # sentences amend each
    ("第4章の次に1章を加える", "第4章"),  # no chapter is added after 第4章
    ("第2条、第9条及び第21条の", "第9条"),  # no sentence amends 第9条
    ("第7条に2号を加える", "第7条"),  # 第7条 gets no item
])
def test_suppl_naming_an_amending_sentence_the_bill_lacks_is_an_error(
        named: str, missing: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The bill's 附則 sets a later date for 「…改正規定」: that 改正規定 must be one of the bill's."""
    text = (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8")
    assert "ただし、第3章の次に1章を加える改正規定は、" in text
    bill = tmp_path / "bill.txt"
    bill.write_text(text.replace("ただし、第3章の次に1章を加える改正規定は、", f"ただし、{named}改正規定は、"), encoding="utf-8")
    code = main(["check", str(bill), "--current", CURRENT, "--json"])
    data = json.loads(capsys.readouterr().out)
    found = [f for f in data["findings"] if f["rule"] == "amend.suppl_provision"]
    if missing is None:
        assert found == []
        return
    assert code == 1
    assert [(f["severity"], f["anchor_text"], f["location"]["in"], f["location"]["sentence"]) for f in found] == [
        ("error", f"{named}改正規定", "bill", None)]
    assert found[0]["message_ja"].startswith(f"附則が「{named}改正規定」について定めているが、本則に{missing}を改正する改正規定がない。")
    start, end = found[0]["location"]["span"]
    assert bill.read_text(encoding="utf-8")[start:end] == f"{named}改正規定"


def test_a_caption_amended_after_an_addition_to_its_article_is_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 2017 bill with the 見出し of 第5条 amended in a sentence of its own after the item added
    to that article: same consolidated text, a bill-form warning on the caption's sentence."""
    text = (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8")
    sentence = "第5条の見出しを「（個人情報取扱事務の登録等）」に改め、同条第1項に次の1号を加える。\n"
    assert sentence in text
    lines = text.split("\n")
    at = lines.index(sentence.rstrip("\n"))
    # the sentence adds, its quoted item follows; the caption goes after that item
    lines[at] = "第5条第1項に次の1号を加える。"
    lines.insert(at + 2, "第5条の見出しを「（個人情報取扱事務の登録等）」に改める。")
    moved = "\n".join(lines)
    bill = tmp_path / "bill.txt"
    bill.write_text(moved, encoding="utf-8")
    assert main(["consolidate", str(bill), "--current", CURRENT]) == 0
    assert capsys.readouterr().out == expected_text()
    main(["check", str(bill), "--current", CURRENT, "--json"])
    data = json.loads(capsys.readouterr().out)
    notes = [f for f in data["findings"] if f["rule"] == "amend.style"]
    assert [(f["severity"], f["code"], f["location"]["sentence"], f["location"]["article"]) for f in notes] == [
        ("warning", "amend.note.article_order", 5, "5")]
    start, end = notes[0]["location"]["span"]
    assert moved[start:end] == "第5条の見出しを「（個人情報取扱事務の登録等）」に改める。"
    assert notes[0]["message_ja"].startswith("第5条の見出しの改正が、同じ条の第5条第1項の号等の追加又は削除の後に置かれている。")


def test_a_malformed_commencement_of_the_bill_is_an_error_on_its_suppl_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8")
    assert "この条例は、平成30年4月1日から施行する。" in text
    bill = tmp_path / "bill.txt"
    bill.write_text(text.replace("平成30年4月1日から施行する。", "平成30年4月1日より施行する。"), encoding="utf-8")
    assert main(["check", str(bill), "--current", CURRENT, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    found = [f for f in data["findings"] if f["rule"] == "amend.suppl_commencement"]
    assert [(f["severity"], f["code"], f["anchor_text"], f["location"]["in"], f["location"]["sentence"])
            for f in found] == [("error", "amend.suppl_commencement.form", "この条例は、平成30年4月1日より施行する。",
                                 "bill", None)]
    assert "「より」でなく「から」" in found[0]["message_ja"] and "「より」" in found[0]["message_en"]
    # the bill as written has none
    main(["check", str(AMEND / "bill-yamabuki-2017.txt"), "--current", CURRENT, "--json"])
    assert not [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"].startswith("amend.suppl")]

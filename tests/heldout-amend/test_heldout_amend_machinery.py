"""The held-out amendment-bill machinery: the case files, the seeded expectations and the scorer.

No accuracy threshold is asserted here (the figures are the bench's: ``bench/amend_accuracy.py``);
these tests make sure the files are complete and that the scorer's figures mean what its
docstring says.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CODES = {"target_not_found", "ambiguous", "provision_not_found", "collision", "renumber_order",
         "dou_ambiguous", "count_mismatch", "toc_not_amended", "toc_mismatch", "unparsed",
         "stale_reference"}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_amend_accuracy", ROOT / "bench" / "amend_accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_amend_accuracy", mod)
    spec.loader.exec_module(mod)
    return mod


acc = _bench()
SPEC = json.loads((HERE / "errors" / "expected-failures.json").read_text(encoding="utf-8"))
# A line that opens an amending sentence of the bill's 本則 (not a quoted provision: those have a
# space after their number, or open with a caption, a marker or a paragraph number).
NUM = "[0-9０-９一二三四五六七八九十百]+"
SENTENCE = re.compile(rf"^(?:目次|附則第|本則|題名|同[条項号章]|第{NUM}(?:条|章)).*。$")
PROVISION = re.compile(rf"^第{NUM}(?:条|章)(?:の{NUM})*　")


def _sentences(bill: str) -> int:
    body = bill.split("の一部を次のように改正する。", 1)[1].split("\n　　　附　則", 1)[0]
    return sum(1 for line in body.split("\n") if SENTENCE.match(line) and not PROVISION.match(line))


def test_every_case_has_current_bill_and_expected_text() -> None:
    names = {p.name.split(".")[0] for p in (HERE / "cases").glob("*.txt")}
    assert len(names) >= 5
    for name in names:
        for suffix in (".current.txt", ".bill.txt", ".expected.txt"):
            text = (HERE / "cases" / f"{name}{suffix}").read_text(encoding="utf-8")
            assert text.strip(), f"{name}{suffix} is empty"
        current = (HERE / "cases" / f"{name}.current.txt").read_text(encoding="utf-8")
        expected = (HERE / "cases" / f"{name}.expected.txt").read_text(encoding="utf-8")
        assert expected != current, name
        # the consolidated text keeps the base title and appends the bill's 附則
        assert expected.split("\n", 1)[0] == current.split("\n", 1)[0]
        heading = "\n　　　附　則（"
        assert expected.count(heading) == current.count(heading) + 1, name


def _num(text: str) -> int:
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    digits = dict(zip("一二三四五六七八九", range(1, 10)))
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        else:
            total += (current or 1) * {"十": 10, "百": 100}[ch]
            current = 0
    return total + current


def test_each_ordinance_has_thirty_to_sixty_articles() -> None:
    for path in (HERE / "cases").glob("*.current.txt"):
        text = path.read_text(encoding="utf-8").split("\n　　　附　則", 1)[0]
        count = 0
        for first, last in re.findall(rf"^第({NUM})条(?:から第({NUM})条まで|及び第{NUM}条)?　", text, re.M):
            count += _num(last) - _num(first) + 1 if last else 1
        assert 30 <= count <= 60, (path.name, count)


def test_seeded_expectations_are_well_formed() -> None:
    bills = SPEC["bills"]
    on_disk = {p.name[: -len(".bill.txt")] for p in (HERE / "errors").glob("*.bill.txt")}
    assert set(bills) == on_disk
    assert sum(len(e["failures"]) for e in bills.values()) >= 10
    for name, entry in bills.items():
        assert (HERE / "cases" / f"{entry['current']}.current.txt").is_file(), name
        bill = (HERE / "errors" / f"{name}.bill.txt").read_text(encoding="utf-8")
        count = _sentences(bill)
        assert entry["failures"], name
        for failure in entry["failures"]:
            assert failure["code"] in CODES, (name, failure)
            assert 1 <= failure["sentence"] <= count, (name, failure, count)


# --------------------------------------------------------------------------- the scorer

CURRENT = """かすみ村個人情報保護条例
平成12年3月1日条例第2号

（目的）
第1条　この条例は、個人情報の保護を目的とする。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　(1)　個人情報　個人に関する情報をいう。
　(2)　実施機関　村長及び教育委員会をいう。

（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、平成12年4月1日から施行する。
"""

BILL = """かすみ村個人情報保護条例の一部を改正する条例

かすみ村個人情報保護条例（平成12年かすみ村条例第2号）の一部を次のように改正する。

第2条第2号中「村長及び教育委員会」を「村長、教育委員会及び議会」に改める。

　　　附　則
この条例は、公布の日から施行する。
"""

EXPECTED = CURRENT.rstrip("\n").replace("村長及び教育委員会", "村長、教育委員会及び議会") + (
    "\n\n　　　附　則（　年　月　日条例第　号）\nこの条例は、公布の日から施行する。\n")


def test_scorer_reports_an_exact_match_and_no_false_failure() -> None:
    result = acc.score_case("synthetic", CURRENT, BILL, EXPECTED)
    assert result.exact and result.differing_lines == 0 and result.diff == []
    assert result.false_failures == []


def test_scorer_counts_differing_lines_and_shows_the_diff() -> None:
    wrong = EXPECTED.replace("教育委員会及び議会", "教育委員会、議会")
    result = acc.score_case("synthetic", CURRENT, BILL, wrong)
    assert not result.exact
    assert result.differing_lines == 2  # one line only in the expectation, one only in the output
    assert any(line.startswith("-") and "教育委員会、議会" in line for line in result.diff)


def test_scorer_matches_seeded_failures_by_sentence_and_code() -> None:
    typo = BILL.replace("「村長及び教育委員会」", "「町長及び教育委員会」")
    found = acc.score_seeded("typo", CURRENT, typo, [(1, "target_not_found")])
    assert found.found == [(1, "target_not_found")] and found.missed == [] and found.false == []
    wrong = acc.score_seeded("typo", CURRENT, typo, [(1, "ambiguous")])
    assert wrong.found == [] and wrong.missed == [(1, "ambiguous")]
    assert wrong.wrong_code == [((1, "ambiguous"), ["target_not_found"])]
    assert wrong.false == [(1, "target_not_found")]
    # a failure expected where the bill is clean is missed, and nothing is false
    clean = acc.score_seeded("clean", CURRENT, BILL, [(1, "collision")])
    assert clean.found == [] and clean.missed == [(1, "collision")] and clean.false == []


def test_run_totals_add_up(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    (tmp_path / "errors").mkdir()
    (tmp_path / "cases" / "kasumi.current.txt").write_text(CURRENT, encoding="utf-8")
    (tmp_path / "cases" / "kasumi.bill.txt").write_text(BILL, encoding="utf-8")
    (tmp_path / "cases" / "kasumi.expected.txt").write_text(EXPECTED, encoding="utf-8")
    (tmp_path / "errors" / "kasumi-typo.bill.txt").write_text(
        BILL.replace("「村長及び教育委員会」", "「町長及び教育委員会」"), encoding="utf-8")
    (tmp_path / "errors" / "expected-failures.json").write_text(json.dumps({"bills": {
        "kasumi-typo": {"current": "kasumi", "failures": [{"sentence": 1, "code": "target_not_found"}]}}}),
        encoding="utf-8")
    report = acc.run(tmp_path)
    totals = report["totals"]
    assert totals["cases"] == 1 and totals["exact"] == 1
    assert totals["seeded_expected"] == 1 and totals["seeded_found"] == 1 and totals["recall"] == 1.0
    assert totals["false_failures_clean"] == 0 and totals["precision"] == 1.0
    assert "exact consolidated texts: 1/1" in acc.render(report)


def test_wrapped_variant_wraps_only_the_amending_sentences() -> None:
    bill = BILL.replace("に改める。", "に改める。\n第3条を次のように改める。\n第3条　この条例の施行に関し必要な事項は、規則で定めるものとし、町長がこれを告示する。")
    wrapped = acc.wrap_sentences(bill, width=20)
    lines = wrapped.split("\n")
    assert lines[4:6] == ["第2条第2号中「村長及び教育委員会」を「", "村長、教育委員会及び議会」に改める。"]  # cut at 20
    assert any(line.startswith("第3条　この条例") and len(line) > 20 for line in lines)  # a quoted provision: kept
    assert wrapped.replace("\n", "") == bill.replace("\n", "")

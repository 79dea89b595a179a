"""The second held-out amendment-bill set: its files are complete and well-formed, and the scorer
can be pointed at it.

Nothing here applies a bill: the set is scored once, with ``bench/amend_accuracy.py --set
tests/heldout-amend-b``; no accuracy threshold is asserted.
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
OPERATIVE = "の一部を次のように改正する。"
SUPPL = "\n　　　附　則"
NUM = "[0-9０-９一二三四五六七八九十百]+"
# A line that opens an amending sentence of the bill's 本則 (quoted provisions have a space after
# their number, or open with a caption, a marker, a paragraph number or an indent).
SENTENCE = re.compile(rf"^(?:目次|附則|本則|題名|同[条項号章]|第{NUM}(?:条|章)).*。$")
PROVISION = re.compile(rf"^第{NUM}(?:条|章)(?:の{NUM})*　")
ARTICLE = re.compile(rf"^第({NUM})条(?:の{NUM})*(?:及び第{NUM}条)?　", re.M)
ENACTED = re.compile(rf"^(?:令和|平成|昭和){NUM}年{NUM}月{NUM}日条例第{NUM}号$")
SPEC = json.loads((HERE / "errors" / "expected-failures.json").read_text(encoding="utf-8"))


def _read(*parts: str) -> str:
    return HERE.joinpath(*parts).read_text(encoding="utf-8")


def _names() -> list[str]:
    return sorted(p.name[: -len(".bill.txt")] for p in (HERE / "cases").glob("*.bill.txt"))


def _sentences(bill: str) -> list[str]:
    body = bill.split(OPERATIVE, 1)[1].split(SUPPL, 1)[0]
    return [line for line in body.split("\n") if SENTENCE.match(line) and not PROVISION.match(line)]


def _bill_supplement(bill: str) -> str:
    """The bill's own 附則, without its heading line."""
    return bill.split(SUPPL, 1)[1].split("\n", 1)[1].rstrip("\n")


def test_five_cases_each_with_current_bill_and_expected_text() -> None:
    names = _names()
    assert len(names) == 5
    for name in names:
        current, bill, expected = (_read("cases", f"{name}{s}") for s in (".current.txt", ".bill.txt", ".expected.txt"))
        assert current.strip() and bill.strip() and expected.strip(), name
        assert expected != current, name
        # the consolidated text keeps the base title, date and number ...
        assert expected.split("\n", 2)[:2] == current.split("\n", 2)[:2], name
        # ... keeps every 附則 of the ordinance in force and appends the bill's own, verbatim
        assert expected.count(SUPPL + "\n") + expected.count(SUPPL + "（") == \
            current.count(SUPPL + "\n") + current.count(SUPPL + "（") + 1, name
        if not any(s.startswith("附則") for s in _sentences(bill)):  # 附則 not amended: kept verbatim
            base_supplements = SUPPL + current.rstrip("\n").split(SUPPL, 1)[1]
            assert base_supplements + "\n" + SUPPL in expected, name
        assert expected.rstrip("\n").endswith(_bill_supplement(bill)), name


def test_appended_supplement_heading_names_the_amending_ordinance_or_leaves_it_blank() -> None:
    for name in _names():
        bill, expected = _read("cases", f"{name}.bill.txt"), _read("cases", f"{name}.expected.txt")
        second = bill.split("\n")[1]
        heading = expected.rstrip("\n").rsplit(SUPPL, 1)[1].split("\n", 1)[0]
        if ENACTED.match(second):  # an enacted bill states its date and number under the title
            assert heading == f"（{second}）", name
        else:
            assert second == "" and heading == "（　年　月　日条例第　号）", name


def test_each_ordinance_has_twenty_to_forty_articles() -> None:
    for name in _names():
        body = _read("cases", f"{name}.current.txt").split(SUPPL, 1)[0]
        count = len(ARTICLE.findall(body))
        assert 20 <= count <= 40, (name, count)


def test_each_clean_bill_has_eight_to_twenty_five_sentences_and_both_insertion_verbs_occur() -> None:
    verbs = set()
    for name in _names():
        sentences = _sentences(_read("cases", f"{name}.bill.txt"))
        assert 8 <= len(sentences) <= 25, (name, len(sentences))
        assert all(s.endswith("。") for s in sentences)
        verbs |= {v for v in ("」の次に「", "」の下に「") if any(v in s for s in sentences)}
    assert verbs == {"」の次に「", "」の下に「"}


def test_seeded_expectations_are_well_formed() -> None:
    bills = SPEC["bills"]
    on_disk = {p.name[: -len(".bill.txt")] for p in (HERE / "errors").glob("*.bill.txt")}
    assert set(bills) == on_disk
    assert 6 <= len(bills) <= 8
    for name, entry in bills.items():
        assert entry["current"] in _names(), name
        bill = _read("errors", f"{name}.bill.txt")
        clean = _read("cases", f"{entry['current']}.bill.txt")
        # a seeded bill amends the same ordinance as its case's clean bill, and differs from it
        assert bill.split(OPERATIVE, 1)[0].split("\n")[-1] == clean.split(OPERATIVE, 1)[0].split("\n")[-1], name
        assert bill != clean, name
        count = len(_sentences(bill))
        assert entry["failures"] and entry["why"], name
        for failure in entry["failures"]:
            assert failure["code"] in CODES, (name, failure)
            assert 1 <= failure["sentence"] <= count, (name, failure, count)


# --------------------------------------------------------------------------- the scorer's --set


def _bench():
    spec = importlib.util.spec_from_file_location("bench_amend_accuracy_b", ROOT / "bench" / "amend_accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_amend_accuracy_b", mod)
    spec.loader.exec_module(mod)
    return mod


def test_scorer_finds_this_set_by_its_repository_path(monkeypatch, tmp_path: Path) -> None:
    acc = _bench()
    monkeypatch.chdir(tmp_path)  # not the repository: the path is resolved against it
    assert acc.set_folder(None) == ROOT / "tests" / "heldout-amend"
    assert acc.set_folder(Path("tests/heldout-amend-b")) == ROOT / "tests" / "heldout-amend-b"
    assert acc.is_set(acc.set_folder(Path("tests/heldout-amend-b")))
    assert acc.is_set(acc.set_folder(None))


def test_scorer_refuses_a_folder_without_a_set_in_both_languages(tmp_path: Path, capsys) -> None:
    acc = _bench()
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "x.bill.txt").write_text("x", encoding="utf-8")  # no expected-failures.json
    assert acc.main(["--set", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "評価セットが見つかりません" in err and "no evaluation set" in err
    assert "Traceback" not in err

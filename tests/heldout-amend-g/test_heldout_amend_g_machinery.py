"""The seventh held-out amendment-bill set: its files are complete and well-formed.

Nothing here imports the application, applies a bill or runs the scorer: the set is scored once,
with ``bench/amend_accuracy.py --set tests/heldout-amend-g``; no accuracy threshold is asserted.
"""

from __future__ import annotations

import json
import re
from functools import partial
from pathlib import Path

from tests.heldout_amend_reading import ARTICLE, ENACTED, OPERATIVE, SUPPL, names, read
from tests.heldout_amend_reading import bill_supplement as _bill_supplement
from tests.heldout_amend_reading import sentences as _sentences
from tests.heldout_amend_reading import without_tables as _without_tables

HERE = Path(__file__).resolve().parent
EARLIER = [HERE.parent / name for name in ("heldout-amend", "heldout-amend-b", "heldout-amend-c", "heldout-amend-d",
                                        "heldout-amend-e", "heldout-amend-f")]
SPEC = json.loads((HERE / "errors" / "expected-failures.json").read_text(encoding="utf-8"))
TITLE_WORDS = re.compile(r"^題名中「([^「」]+)」を「([^「」]+)」に改める。$", re.M)
_read = partial(read, HERE)
_names = partial(names, HERE)


def test_three_cases_each_with_current_bill_and_expected_text() -> None:
    names = _names()
    assert len(names) == 3
    for name in names:
        current, bill, expected = (_read("cases", f"{name}{s}") for s in (".current.txt", ".bill.txt", ".expected.txt"))
        assert current.strip() and bill.strip() and expected.strip(), name
        assert expected != current and expected.endswith("\n") and current.endswith("\n"), name
        # the consolidated text keeps the base date and number ...
        assert expected.split("\n", 2)[1] == current.split("\n", 2)[1], name
        # ... and the title, with the words the bill changes in it (題名中「A」を「B」に改める)
        title = current.split("\n", 1)[0]
        for old, new in TITLE_WORDS.findall(bill):
            assert title.count(old) == 1, name
            title = title.replace(old, new)
        assert expected.split("\n", 1)[0] == title, name
        # ... keeps every 附則 of the ordinance in force and adds the bill's own, verbatim, after them
        assert expected.count(SUPPL + "\n") + expected.count(SUPPL + "（") == \
            current.count(SUPPL + "\n") + current.count(SUPPL + "（") + 1, name
        if not any(s.startswith("附則") for s in _sentences(bill)):  # 附則 not amended: kept verbatim
            base_supplements = SUPPL + _without_tables(current).split(SUPPL, 1)[1]
            assert base_supplements + "\n" + SUPPL in expected, name
        assert _without_tables(expected).endswith(_bill_supplement(bill)), name


def test_no_case_has_a_table() -> None:
    # this set has no 別表: the consolidated text ends with the bill's 附則
    for name in _names():
        for suffix in (".current.txt", ".bill.txt", ".expected.txt"):
            assert "\n別表" not in _read("cases", f"{name}{suffix}"), (name, suffix)


def test_appended_supplement_heading_names_the_amending_ordinance_or_leaves_it_blank() -> None:
    for name in _names():
        bill, expected = _read("cases", f"{name}.bill.txt"), _read("cases", f"{name}.expected.txt")
        second = bill.split("\n")[1]
        heading = _without_tables(expected).rsplit(SUPPL, 1)[1].split("\n", 1)[0]
        if ENACTED.match(second):  # an enacted bill states its date and number under the title
            assert heading == f"（{second}）", name
        else:
            assert second == "" and heading == "（　年　月　日条例第　号）", name


def test_each_ordinance_has_twelve_to_twenty_two_articles() -> None:
    for name in _names():
        body = _read("cases", f"{name}.current.txt").split(SUPPL, 1)[0]
        count = len(ARTICLE.findall(body))
        assert 12 <= count <= 22, (name, count)


def test_each_clean_bill_has_six_to_ten_sentences_and_only_the_tsugi_insertion_verb_occurs() -> None:
    verbs = set()
    for name in _names():
        sentences = _sentences(_read("cases", f"{name}.bill.txt"))
        assert 6 <= len(sentences) <= 10, (name, len(sentences))
        assert all(s.endswith("。") for s in sentences)
        verbs |= {v for v in ("」の次に「", "」の下に「", "」の右に「", "」の後に「") if any(v in s for s in sentences)}
    assert verbs == {"」の次に「"}


def test_case_names_are_new() -> None:
    earlier = {p.name.split(".", 1)[0] for folder in EARLIER for p in (folder / "cases").glob("*.txt")}
    assert earlier and not earlier & set(_names())


def test_seeded_expectations_are_well_formed_and_use_only_the_earlier_codes() -> None:
    codes = {f["code"] for folder in EARLIER
             for entry in json.loads((folder / "errors" / "expected-failures.json").read_text(encoding="utf-8"))["bills"].values()
             for f in entry["failures"]}
    bills = SPEC["bills"]
    on_disk = {p.name[: -len(".bill.txt")] for p in (HERE / "errors").glob("*.bill.txt")}
    assert set(bills) == on_disk
    assert len(bills) == 4
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
            assert failure["code"] in codes, (name, failure)
            assert 1 <= failure["sentence"] <= count, (name, failure, count)


def test_each_seeded_bill_differs_from_its_clean_bill_in_one_line() -> None:
    for name, entry in SPEC["bills"].items():
        seeded = _read("errors", f"{name}.bill.txt").split("\n")
        clean = _read("cases", f"{entry['current']}.bill.txt").split("\n")
        assert len(seeded) == len(clean), name
        assert sum(a != b for a, b in zip(seeded, clean)) == 1, name

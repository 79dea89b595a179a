"""The format checks shared by the held-out amendment-bill sets tests/heldout-amend-e, -f and -g:
each case complete (current text, clean bill, consolidated text with the base's title, date,
number and 附則 and the bill's own 附則 after them), tables after every 附則, the appended 附則
heading, the size of the ordinances and of the clean bills, case names new, the seeded bills
well-formed with the earlier sets' failure codes, a seeded bill one line away from its clean bill.

Nothing here imports the application, applies a bill or runs the scorer (the files are read by
``tests/heldout_amend_reading.py``); each set is scored once, with
``bench/amend_accuracy.py --set tests/<set>``. Each set keeps its own figures in its test module.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.heldout_amend_reading import (
    ARTICLE,
    ENACTED,
    OPERATIVE,
    SUPPL,
    bill_supplement,
    names,
    read,
    sentences,
    without_tables,
)

TITLE_WORDS = re.compile(r"^題名中「([^「」]+)」を「([^「」]+)」に改める。$", re.M)
INSERTION_VERBS = ("」の次に「", "」の下に「", "」の右に「", "」の後に「")


def spec(here: Path) -> dict:
    """The set's seeded bills and the failures each must give (``errors/expected-failures.json``)."""
    return json.loads((here / "errors" / "expected-failures.json").read_text(encoding="utf-8"))


def check_cases(here: Path, count: int) -> None:
    """``count`` cases, each with a current text, a clean bill and the consolidated text."""
    case_names = names(here)
    assert len(case_names) == count
    for name in case_names:
        current, bill, expected = (read(here, "cases", f"{name}{s}") for s in (".current.txt", ".bill.txt", ".expected.txt"))
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
        if not any(s.startswith("附則") for s in sentences(bill)):  # 附則 not amended: kept verbatim
            base_supplements = SUPPL + without_tables(current).split(SUPPL, 1)[1]
            assert base_supplements + "\n" + SUPPL in expected, name
        assert without_tables(expected).endswith(bill_supplement(bill)), name


def check_tables_after_supplements(here: Path) -> None:
    seen = 0
    for name in names(here):
        current, expected = read(here, "cases", f"{name}.current.txt"), read(here, "cases", f"{name}.expected.txt")
        for text in (current, expected):
            if "\n別表" in text:
                seen += 1
                tables = text[len(without_tables(text)):]
                assert SUPPL not in tables, name
    assert seen >= 2  # at least one case has 別表 in force and in the consolidated text


def check_appended_supplement_heading(here: Path) -> None:
    """The bill's 附則 appended under the heading of the amending ordinance, or a blank one."""
    for name in names(here):
        bill, expected = read(here, "cases", f"{name}.bill.txt"), read(here, "cases", f"{name}.expected.txt")
        second = bill.split("\n")[1]
        heading = without_tables(expected).rsplit(SUPPL, 1)[1].split("\n", 1)[0]
        if ENACTED.match(second):  # an enacted bill states its date and number under the title
            assert heading == f"（{second}）", name
        else:
            assert second == "" and heading == "（　年　月　日条例第　号）", name


def check_article_count(here: Path, lo: int, hi: int) -> None:
    for name in names(here):
        body = read(here, "cases", f"{name}.current.txt").split(SUPPL, 1)[0]
        count = len(ARTICLE.findall(body))
        assert lo <= count <= hi, (name, count)


def check_clean_bills(here: Path, lo: int, hi: int, verbs_seen: set[str]) -> None:
    """Each clean bill has ``lo``–``hi`` sentences, all ending in 。, and the insertion verbs
    used over the set are exactly ``verbs_seen``."""
    verbs = set()
    for name in names(here):
        bill_sentences = sentences(read(here, "cases", f"{name}.bill.txt"))
        assert lo <= len(bill_sentences) <= hi, (name, len(bill_sentences))
        assert all(s.endswith("。") for s in bill_sentences)
        verbs |= {v for v in INSERTION_VERBS if any(v in s for s in bill_sentences)}
    assert verbs == verbs_seen


def check_case_names_new(here: Path, earlier: list[Path]) -> None:
    earlier_names = {p.name.split(".", 1)[0] for folder in earlier for p in (folder / "cases").glob("*.txt")}
    assert earlier_names and not earlier_names & set(names(here))


def check_seeded_expectations(here: Path, earlier: list[Path], lo: int, hi: int) -> None:
    """``lo``–``hi`` seeded bills, each amending its case's ordinance, differing from the clean
    bill, with failures at sentences it has and only the failure codes the earlier sets use."""
    codes = {f["code"] for folder in earlier
             for entry in json.loads((folder / "errors" / "expected-failures.json").read_text(encoding="utf-8"))["bills"].values()
             for f in entry["failures"]}
    bills = spec(here)["bills"]
    on_disk = {p.name[: -len(".bill.txt")] for p in (here / "errors").glob("*.bill.txt")}
    assert set(bills) == on_disk
    assert lo <= len(bills) <= hi
    for name, entry in bills.items():
        assert entry["current"] in names(here), name
        bill = read(here, "errors", f"{name}.bill.txt")
        clean = read(here, "cases", f"{entry['current']}.bill.txt")
        # a seeded bill amends the same ordinance as its case's clean bill, and differs from it
        assert bill.split(OPERATIVE, 1)[0].split("\n")[-1] == clean.split(OPERATIVE, 1)[0].split("\n")[-1], name
        assert bill != clean, name
        count = len(sentences(bill))
        assert entry["failures"] and entry["why"], name
        for failure in entry["failures"]:
            assert failure["code"] in codes, (name, failure)
            assert 1 <= failure["sentence"] <= count, (name, failure, count)


def check_seeded_bills_differ_in_one_line(here: Path) -> None:
    for name, entry in spec(here)["bills"].items():
        seeded = read(here, "errors", f"{name}.bill.txt").split("\n")
        clean = read(here, "cases", f"{entry['current']}.bill.txt").split("\n")
        assert len(seeded) == len(clean), name
        assert sum(a != b for a, b in zip(seeded, clean)) == 1, name

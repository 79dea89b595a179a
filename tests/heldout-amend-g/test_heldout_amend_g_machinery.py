"""The seventh held-out amendment-bill set: its files are complete and well-formed.

Nothing here imports the application, applies a bill or runs the scorer: the set is scored once,
with ``bench/amend_accuracy.py --set tests/heldout-amend-g``; no accuracy threshold is asserted.
The checks shared with the other amendment sets are in ``tests/heldout_amend_format.py``; the
figures are this set's.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_amend_format import (
    check_appended_supplement_heading,
    check_article_count,
    check_case_names_new,
    check_cases,
    check_clean_bills,
    check_seeded_bills_differ_in_one_line,
    check_seeded_expectations,
)
from tests.heldout_amend_reading import names, read

HERE = Path(__file__).resolve().parent
EARLIER = [HERE.parent / name for name in ("heldout-amend", "heldout-amend-b", "heldout-amend-c", "heldout-amend-d",
                                        "heldout-amend-e", "heldout-amend-f")]


def test_three_cases_each_with_current_bill_and_expected_text() -> None:
    check_cases(HERE, 3)


def test_no_case_has_a_table() -> None:
    # this set has no 別表: the consolidated text ends with the bill's 附則
    for name in names(HERE):
        for suffix in (".current.txt", ".bill.txt", ".expected.txt"):
            assert "\n別表" not in read(HERE, "cases", f"{name}{suffix}"), (name, suffix)


def test_appended_supplement_heading_names_the_amending_ordinance_or_leaves_it_blank() -> None:
    check_appended_supplement_heading(HERE)


def test_each_ordinance_has_twelve_to_twenty_two_articles() -> None:
    check_article_count(HERE, 12, 22)


def test_each_clean_bill_has_six_to_ten_sentences_and_only_the_tsugi_insertion_verb_occurs() -> None:
    check_clean_bills(HERE, 6, 10, {"」の次に「"})


def test_case_names_are_new() -> None:
    check_case_names_new(HERE, EARLIER)


def test_seeded_expectations_are_well_formed_and_use_only_the_earlier_codes() -> None:
    check_seeded_expectations(HERE, EARLIER, 4, 4)


def test_each_seeded_bill_differs_from_its_clean_bill_in_one_line() -> None:
    check_seeded_bills_differ_in_one_line(HERE)

"""The fifth held-out amendment-bill set: its files are complete and well-formed.

Nothing here imports the application, applies a bill or runs the scorer: the set is scored once,
with ``bench/amend_accuracy.py --set tests/heldout-amend-e``; no accuracy threshold is asserted.
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
    check_seeded_expectations,
    check_tables_after_supplements,
)

HERE = Path(__file__).resolve().parent
EARLIER = [HERE.parent / name for name in ("heldout-amend", "heldout-amend-b", "heldout-amend-c", "heldout-amend-d")]


def test_four_cases_each_with_current_bill_and_expected_text() -> None:
    check_cases(HERE, 4)


def test_tables_stand_after_every_supplement() -> None:
    check_tables_after_supplements(HERE)


def test_appended_supplement_heading_names_the_amending_ordinance_or_leaves_it_blank() -> None:
    check_appended_supplement_heading(HERE)


def test_each_ordinance_has_eighteen_to_thirty_articles() -> None:
    check_article_count(HERE, 18, 30)


def test_each_clean_bill_has_eight_to_twelve_sentences_and_four_insertion_verbs_occur() -> None:
    check_clean_bills(HERE, 8, 12, {"」の次に「", "」の下に「", "」の右に「", "」の後に「"})


def test_case_names_are_new() -> None:
    check_case_names_new(HERE, EARLIER)


def test_seeded_expectations_are_well_formed_and_use_only_the_earlier_codes() -> None:
    check_seeded_expectations(HERE, EARLIER, 5, 7)

"""The thirteenth unseen intake set (this folder): gold lists valid against their texts, the seeded
drafting defects of the one defect draft at provisions the draft has, every kind of copy of every
draft listed and present, real PDFs present.

Format only, no reading and no thresholds: the figures are measured with
``bench/intake_unseen.py --set tests/heldout-intake-thirteenth`` (structure and terms) and
``bench/intake_findings.py --set tests/heldout-intake-thirteenth --no-defects`` (findings on the copies).
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_intake_format import check_copies, check_gold_lists_against_texts, check_seeded_defects

FOLDER = Path(__file__).resolve().parent


def test_every_draft_has_a_gold_list_consistent_with_its_text() -> None:
    check_gold_lists_against_texts(FOLDER, articles=(15, 42), term_count=(5, 30))


def test_one_draft_carries_the_seeded_defects_at_provisions_it_has() -> None:
    check_seeded_defects(FOLDER)


def test_every_kind_of_copy_of_every_draft_is_listed_present_and_not_empty() -> None:
    check_copies(FOLDER)

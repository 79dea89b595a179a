"""The sixth unseen intake set (this folder): gold lists valid against their texts, every kind of
copy of every draft listed and present, real PDFs present.

Format only, no reading and no thresholds: the figures are measured with
``bench/intake_unseen.py --set tests/heldout-intake-sixth``. The checks are the ones the later
sets share (``tests/heldout_intake_format.py``, written from this module's first version).
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_intake_format import check_copies, check_gold_lists_against_texts

FOLDER = Path(__file__).resolve().parent


def test_every_draft_has_a_gold_list_consistent_with_its_text() -> None:
    check_gold_lists_against_texts(FOLDER, articles=(15, 35), term_count=(6, 18))


def test_every_kind_of_copy_of_every_draft_is_listed_present_and_not_empty() -> None:
    check_copies(FOLDER)

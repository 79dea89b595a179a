"""The fourteenth unseen intake set (this folder): gold lists valid against their texts, the
seeded drafting defects of the one defect draft at provisions the draft has, every kind of copy
of every draft listed and present, real PDFs present.

Format only, no reading and no thresholds: the figures are measured with
``bench/intake_unseen.py --set tests/heldout-intake-fourteenth`` (structure and terms) and
``bench/intake_findings.py --set tests/heldout-intake-fourteenth --no-defects`` (findings on the copies).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_intake_format import check_copies, check_gold_lists_against_texts, check_seeded_defects
from tests.heldout_reading import _norm, location_exists

FOLDER = Path(__file__).resolve().parent


def test_every_draft_has_a_gold_list_consistent_with_its_text() -> None:
    check_gold_lists_against_texts(FOLDER, articles=(15, 34), term_count=(5, 24))


def test_one_draft_carries_the_seeded_defects_at_provisions_it_has() -> None:
    check_seeded_defects(FOLDER)


def test_the_accepted_provisions_of_every_draft_are_provisions_it_has() -> None:
    for gold_path in sorted(FOLDER.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        assert gold["accepted"], gold_path.name
        for entry in gold["accepted"]:
            assert entry["note_ja"] and location_exists(text, entry["location"]), (gold_path.name, entry)


def test_the_deleted_articles_are_written_as_deletions_in_the_text() -> None:
    # each 削除 entry of a gold list is a 削除 line of its draft (a single article, an 枝番 or a
    # range), never a silent gap; one such entry in each draft
    for gold_path in sorted(FOLDER.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        lines = [_norm(line).strip() for line in text.splitlines()]
        deleted = [a for a in gold["articles"] if a.get("deleted")]
        assert len(deleted) == 1 and deleted[0]["caption"] is None, gold_path.name
        first, _, last = deleted[0]["num"].partition(":")
        number, _, branch = first.partition("_")
        head = f"第{number}条" + (f"の{branch}" if branch else "")
        tail = f"から第{last}条まで 削除" if last else " 削除"
        assert head + tail in lines, (gold_path.name, head + tail)


def test_every_kind_of_copy_of_every_draft_is_listed_present_and_not_empty() -> None:
    check_copies(FOLDER)

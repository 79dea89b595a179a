"""The seventh 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The checks shared with the other 2023 sets are in ``tests/heldout2023_gold_format.py`` (the
scorer's gold schema and location labels, the set machinery of ``bench/accuracy_2023.py``, the
small reading of ``tests/heldout_reading.py``, never ``ordreview.core.parse``): these tests do not
run any part of the engine on the drafts. No accuracy figure is asserted (that is the bench's,
once: ``python bench/accuracy_2023.py --set tests/heldout2023-g``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.heldout2023_gold_format import (
    check_bench_reads_the_set,
    check_gold_valid,
    check_locations,
    check_no_accepted_at_a_defect,
    check_set,
    draft,
    gold,
)
from tests.heldout_reading import article_count, location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))
_gold, _draft = gold, partial(draft, HERE)


def test_the_set_has_its_five_forms_one_clean_draft_and_no_overlap_with_earlier_sets() -> None:
    check_set(HERE, 5, ("市", "町", "村", "組合"), {"seiran", "sekirei", "hagoromo"})


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    check_gold_valid(gold_path, accepted=5, lo=5, hi=6)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_draft_and_the_title_is_its_first_line(gold_path: Path) -> None:
    text = check_locations(gold_path)
    # from the seven-article 村 to the 指定都市 with six chapters
    assert 7 <= article_count(text) <= 10


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_location_is_both_a_defect_and_accepted(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_reader_rejects_a_provision_the_draft_does_not_have() -> None:
    town = _draft(_gold(HERE / "tobiume-cho.gold.json"))
    # the 付則 cites 付則第4条, which the draft does not have (tobiume-5); 第3条の2 is an 枝番 article
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第3条の2") and not location_exists(town, "第3条の3")
    assert location_exists(town, "第9条") and not location_exists(town, "第10条")
    city = _draft(_gold(HERE / "sumiregaoka-shi.gold.json"))
    assert location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    union = _draft(_gold(HERE / "asatsuyu-shobo-kumiai.gold.json"))
    # kanji numbers; the fee article cites 第十条, which the draft does not have (asatsuyu-3)
    assert location_exists(union, "第4条") and location_exists(union, "第9条")
    assert not location_exists(union, "第10条")
    assert location_exists(union, "第5条第3項") and not location_exists(union, "第5条第4項")
    village = _draft(_gold(HERE / "kamishiro-mura.gold.json"))
    assert article_count(village) == 7 and not location_exists(village, "附則第3項")
    clean = _draft(_gold(HERE / "kamomegawa-shi.gold.json"))
    # blank lines between captions, articles and paragraphs do not hide a paragraph
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")
    assert location_exists(clean, "第5条第2項") and not location_exists(clean, "第5条第3項")


def test_the_2023_bench_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    check_bench_reads_the_set(HERE)

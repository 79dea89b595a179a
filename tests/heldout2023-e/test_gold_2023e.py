"""The fifth 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The checks shared with the other 2023 sets are in ``tests/heldout2023_gold_format.py`` (the
scorer's gold schema and location labels, the set machinery of ``bench/accuracy_2023.py``, the
small reading of ``tests/heldout_reading.py``, never ``ordreview.core.parse``): these tests do not
run any part of the engine on the drafts. No accuracy figure is asserted (that is the bench's,
once: ``python bench/accuracy_2023.py --set tests/heldout2023-e``).
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


def test_the_set_has_its_six_forms_one_clean_draft_and_no_overlap_with_earlier_sets() -> None:
    check_set(HERE, 6, ("市", "町", "村", "県", "組合"), {"shirasagi", "wakabadai", "hamahagi"})


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    check_gold_valid(gold_path, accepted=3, lo=5, hi=8)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_draft_and_the_title_is_its_first_line(gold_path: Path) -> None:
    text = check_locations(gold_path)
    # from the three-article 村 to the designated city's seventeen (枝番 included)
    assert 3 <= article_count(text) <= 17


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_location_is_both_a_defect_and_accepted(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_reader_rejects_a_provision_the_draft_does_not_have() -> None:
    village = _draft(_gold(HERE / "kogurumi-mura.gold.json"))
    assert location_exists(village, "第3条") and not location_exists(village, "第4条")
    assert location_exists(village, "第1条第3項") and not location_exists(village, "第1条第4項")
    city = _draft(_gold(HERE / "seiran-shi.gold.json"))
    # the penalty cites 第11条第5項, which the draft does not have (seiran-6)
    assert location_exists(city, "第11条第4項") and not location_exists(city, "第11条第5項")
    assert location_exists(city, "第7条の2") and not location_exists(city, "第7条の3")
    town = _draft(_gold(HERE / "yuzuriha-cho.gold.json"))
    assert location_exists(town, "付則第4項") and not location_exists(town, "付則第5項")
    assert location_exists(town, "附則（令和7年9月26日条例第18号）")
    assert not location_exists(town, "附則（令和6年3月26日条例第15号）")


def test_the_2023_bench_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    check_bench_reads_the_set(HERE)

"""The sixth 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The checks shared with the other 2023 sets are in ``tests/heldout2023_gold_format.py`` (the
scorer's gold schema and location labels, the set machinery of ``bench/accuracy_2023.py``, the
small reading of ``tests/heldout_reading.py``, never ``ordreview.core.parse``): these tests do not
run any part of the engine on the drafts. No accuracy figure is asserted (that is the bench's,
once: ``python bench/accuracy_2023.py --set tests/heldout2023-f``).
"""

from __future__ import annotations

import re
import unicodedata
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


def _articles_with_inline_captions(text: str) -> int:
    """Main-provision articles written 「第1条（趣旨）」, which ``article_count`` does not count."""
    count = 0
    for line in text.splitlines():
        line = unicodedata.normalize("NFKC", line).strip()
        if re.match(r"^[附付]\s*則", line):
            break
        if re.match(r"^第[0-9]+条\(", line):
            count += 1
    return count


# Sets written at the same time as this one or after it: a name may recur there (「鶺鴒」 is also a
# hospital 組合 of tests/heldout-g, written alongside); the check is about the sets before it.
WRITTEN_LATER_OR_ALONGSIDE = frozenset({"heldout-g", "heldout-h", "heldout2023-g"})


def test_the_set_has_its_six_forms_one_clean_draft_and_no_overlap_with_earlier_sets() -> None:
    check_set(HERE, 6, ("市", "町", "県", "広域連合", "区"), {"seiran", "yuzuriha", "kogurumi"},
              alongside=WRITTEN_LATER_OR_ALONGSIDE)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    check_gold_valid(gold_path, accepted=5, lo=5, hi=7)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_draft_and_the_title_is_its_first_line(gold_path: Path) -> None:
    text = check_locations(gold_path)
    # from the seven-article 町 and 広域連合 to the 県 with its own 審査会 chapter
    assert 7 <= article_count(text) + _articles_with_inline_captions(text) <= 16


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_location_is_both_a_defect_and_accepted(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_reader_rejects_a_provision_the_draft_does_not_have() -> None:
    city = _draft(_gold(HERE / "sekirei-shi.gold.json"))
    # the 委任 article cites 第4条第3項, which the draft does not have (sekirei-5)
    assert location_exists(city, "第4条第2項") and not location_exists(city, "第4条第3項")
    assert location_exists(city, "附則第5項") and not location_exists(city, "附則第6項")
    town = _draft(_gold(HERE / "hotaruno-cho.gold.json"))
    assert location_exists(town, "第7条") and not location_exists(town, "第8条")
    assert location_exists(town, "第4条第3項") and not location_exists(town, "第4条第4項")
    prefecture = _draft(_gold(HERE / "kazahaya-ken.gold.json"))
    # the 意見の陳述 article cites 第9条第3項, which the draft does not have (kazahaya-4)
    assert location_exists(prefecture, "第9条第2項") and not location_exists(prefecture, "第9条第3項")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第5章") and not location_exists(prefecture, "第6章")
    ward = _draft(_gold(HERE / "hagoromo-ku.gold.json"))
    # the fee article cites 第12条, which the draft does not have (hagoromo-2)
    assert location_exists(ward, "第10条") and not location_exists(ward, "第12条")
    # eight articles with the caption after the number, 第5条・第6条 under the 共通見出し
    assert _articles_with_inline_captions(ward) == 8 and article_count(ward) == 2


def test_the_2023_bench_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    check_bench_reads_the_set(HERE)

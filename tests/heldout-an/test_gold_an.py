"""The fresh 2016 held-out set "an"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-an``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.

The set holds a very short village ordinance (18 articles) and a long designated-city one (47) on
purpose, so the shared 20–40 article test is replaced by the exact count of each draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_gold_format import (
    acc,
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

_common = common_gold_tests(HERE, clean="shukubata-cho.txt")
del _common["test_every_draft_has_twenty_to_forty_articles"]
globals().update(_common)

ARTICLES = {
    "kosatsuno-mura": ("18条", 18),
    "honjinzaka-shi": ("47条", 47),
    "wakihonjin-cho": ("34条", 34),
    "toiyaba-shi": ("21条", 36),
    "shukubata-cho": ("37条", 37),
}


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_draft_has_the_article_count_it_was_written_with(name: str) -> None:
    found = articles(_read(name))
    last, count = ARTICLES[name]
    assert found[0] == "1条" and found[-1] == last and len(found) == count


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kosatsuno-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kosatsuno-mura.txt"]] == [("C0",)]


def test_no_two_seeded_defects_of_the_set_share_a_rule_kind_and_requirements() -> None:
    seen = [
        (d["rule"], d["kind"], acc.requirements_of(d))
        for p in GOLDS
        for d in gold(p)["defects"]
        if d["seeded"]
    ]
    assert len(seen) == 24 and len(set(seen)) == len(seen)


def test_the_counter_reads_kanji_numbers_branch_articles_and_a_deleted_article() -> None:
    town = articles(_read("wakihonjin-cho"))
    assert town[:3] == ["1条", "2条", "3条"] and "34条" in town
    city = articles(_read("toiyaba-shi"))
    assert "8条" in city and "10条の2" in city
    assert [a for a in city if a.startswith("16条の")] == [f"16条の{n}" for n in range(2, 16)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("kosatsuno-mura")
    assert location_exists(village, "第14条") and not location_exists(village, "第20条")
    assert location_exists(village, "附則第2項") and not location_exists(village, "附則第3項")
    town = _read("wakihonjin-cho")
    assert location_exists(town, "付則第1項") and location_exists(town, "第4章")
    assert location_exists(town, "第21条第2項") and not location_exists(town, "第35条")
    city = _read("toiyaba-shi")
    assert location_exists(city, "第16条の12") and not location_exists(city, "第16条の16")
    assert location_exists(city, "附則（平成30年3月23日条例第8号）第1項")
    assert not location_exists(city, "附則（令和2年3月24日条例第5号）第2項")
    big = _read("honjinzaka-shi")
    assert location_exists(big, "目次") and location_exists(big, "第39条")
    assert not location_exists(_read("shukubata-cho"), "第38条")

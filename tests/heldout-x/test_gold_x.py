"""The fresh 2016 held-out set x's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-x``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="aimi-shi.txt"))


def test_every_defect_is_seeded_since_every_draft_has_the_mechanism() -> None:
    assert all(d["seeded"] for p in GOLDS for d in gold(p)["defects"])
    assert sum(len(gold(p)["defects"]) for p in GOLDS) == 26


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_branches_gaps_and_deleted_articles() -> None:
    town = articles(_read("benizome-cho"))
    assert town[0] == "1条" and town[-1] == "22条" and len(town) == 22
    prefecture = articles(_read("sukikawa-ken"))
    assert prefecture[-1] == "30条" and len(prefecture) == 30  # the 附則's 第1条・第2条 are not counted
    union = articles(_read("kozomine-eisei"))
    assert "11条" not in union and union[-1] == "21条" and len(union) == 20
    koiki = articles(_read("someno-koiki"))
    assert "8条の2" in koiki and "20条の3" in koiki and "12条" in koiki and len(koiki) == 27
    city = articles(_read("aimi-shi"))
    assert city[-1] == "26条" and len(city) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("benizome-cho")
    assert location_exists(town, "第15条第2項") and not location_exists(town, "第24条")
    prefecture = _read("sukikawa-ken")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第7章")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    union = _read("kozomine-eisei")
    assert location_exists(union, "第12条") and not location_exists(union, "第11条")
    koiki = _read("someno-koiki")
    assert location_exists(koiki, "第20条の2") and not location_exists(koiki, "第20条の4")
    assert location_exists(koiki, "附則(令和元年9月30日条例第2号)")
    city = _read("aimi-shi")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    assert location_exists(city, "第2条第8号") and not location_exists(city, "第27条")


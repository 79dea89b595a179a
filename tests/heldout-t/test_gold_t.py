"""The fresh 2016 held-out set t's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-t``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE))


def test_the_clean_draft_is_the_city_and_the_seeded_total_is_twenty_five() -> None:
    clean = [gold(p)["draft"] for p in GOLDS if gold(p)["clean"]]
    assert clean == ["rosaka-shi.txt"]
    assert sum(d["seeded"] for p in GOLDS for d in gold(p)["defects"]) == 25


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")]
                for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["toriizawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["toriizawa-mura.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_and_deleted_articles() -> None:
    town = articles(_read("shitomihara-cho"))
    assert "15条の2" in town and "15条の3" in town and "18条の9" in town and "8条" in town
    assert "18条の10" not in town and town[-1] == "23条" and len(town) == 33
    union = articles(_read("rogaoka-koiki"))  # kanji headings; the 読替え lines are not articles
    assert union[0] == "1条" and union[-1] == "23条" and len(union) == 23
    prefecture = articles(_read("irakano-ken"))
    assert prefecture[-1] == "31条" and len(prefecture) == 31
    village = articles(_read("toriizawa-mura"))
    assert village[-1] == "24条" and len(village) == 24
    city = articles(_read("rosaka-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("shitomihara-cho")
    assert location_exists(town, "第4章の2") and location_exists(town, "第18条の7第4項")
    assert not location_exists(town, "第18条の10") and not location_exists(town, "第24条")
    assert location_exists(town, "附則(令和2年9月18日条例第21号)")
    assert not location_exists(town, "附則(令和3年3月1日条例第1号)")
    prefecture = _read("irakano-ken")
    assert location_exists(prefecture, "第4章第3節") and location_exists(prefecture, "第26条第4項")
    assert not location_exists(prefecture, "第26条第5項") and not location_exists(prefecture, "第7章")
    union = _read("rogaoka-koiki")
    assert location_exists(union, "第2条第8項") and not location_exists(union, "第2条第9項")
    assert not location_exists(union, "第44条の3")  # a row of the 読替え table, not an article
    village = _read("toriizawa-mura")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")
    assert not location_exists(village, "第26条") and not location_exists(village, "第1章")
    city = _read("rosaka-shi")
    assert location_exists(city, "第5章") and location_exists(city, "第27条第2項")
    assert not location_exists(city, "第27条第3項") and not location_exists(city, "第35条")


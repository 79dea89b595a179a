"""The fresh 2016 held-out set y: its gold lists' shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-y``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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


def test_the_clean_draft_is_the_town_and_every_family_is_seeded() -> None:
    golds = [gold(p) for p in GOLDS]
    assert [g["draft"] for g in golds if g["clean"]] == ["nadeshikono-cho.txt"]
    families = {rid[0] for g in golds for d in g["defects"] if d["seeded"] for rid in acc.requirements_of(d)}
    assert {"A", "B", "C", "O"} <= families


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hagino-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hagino-mura.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_and_gaps() -> None:
    city = articles(_read("kikyogahara-shi"))
    assert "24条の2" in city and "24条の11" in city and city[-1] == "29条" and len(city) == 39
    prefecture = articles(_read("rindono-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "34条" and len(prefecture) == 34  # not the 附則's 条
    union = articles(_read("obanagawa-shobo"))
    assert "13条" not in union and union[-1] == "28条" and len(union) == 27
    village = articles(_read("hagino-mura"))
    assert village[-1] == "24条" and len(village) == 24
    town = articles(_read("nadeshikono-cho"))
    assert town[-1] == "29条" and len(town) == 29


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("kikyogahara-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第2章第3節")
    assert location_exists(city, "附則（平成29年12月20日条例第38号）第1項")
    assert not location_exists(city, "第24条の12") and not location_exists(city, "第30条")
    prefecture = _read("rindono-ken")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第11条第3項") and not location_exists(prefecture, "第11条第4項")
    union = _read("obanagawa-shobo")
    assert location_exists(union, "第24条第4項") and not location_exists(union, "第13条")
    assert not location_exists(union, "第32条")
    village = _read("hagino-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "第1章")
    town = _read("nadeshikono-cho")
    assert location_exists(town, "第20条第7項") and not location_exists(town, "第20条第8項")


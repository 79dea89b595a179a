"""The twenty-second 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-v``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
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


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["masushiro-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["masushiro-cho.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_gaps_and_skips_supplementary_articles() -> None:
    town = articles(_read("masushiro-cho"))
    assert town[0] == "1条" and town[-1] == "22条" and len(town) == 22
    village = articles(_read("tozawa-mura"))
    assert "18条" in village and village[-1] == "24条" and len(village) == 24
    ward = articles(_read("shakuma-ku"))
    assert ward[-1] == "33条" and len(ward) == 33
    prefecture = articles(_read("tanho-ken"))
    assert "18条" not in prefecture and prefecture[-1] == "35条" and len(prefecture) == 34  # nor the 附則's
    city = articles(_read("monmehara-shi"))
    assert city[0] == "1条" and city[-1] == "39条" and len(city) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("masushiro-cho")
    assert location_exists(town, "付則第2項") and not location_exists(town, "第24条")
    village = _read("tozawa-mura")
    assert location_exists(village, "第2条第8号") and not location_exists(village, "第25条")
    ward = _read("shakuma-ku")
    assert location_exists(ward, "第19条第3項") and location_exists(ward, "第4章")
    assert not location_exists(ward, "第7章") and not location_exists(ward, "附則第3項")
    prefecture = _read("tanho-ken")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "第18条")
    city = _read("monmehara-shi")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")


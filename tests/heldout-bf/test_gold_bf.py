"""The fresh 2016 held-out set "bf"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bf``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="unkai-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_two_drafts_without_the_mechanism_carry_a_consequential_c0() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert sorted(name for name, ds in unseeded.items() if ds) == ["kasumino-kumiai.txt", "murakumo-shi.txt"]
    assert all([acc.requirements_of(d) for d in ds] == [("C0",)] for ds in unseeded.values() if ds)


def test_the_article_counter_reads_kanji_full_width_and_deleted_articles() -> None:
    town = articles(_read("muteki-cho"))
    assert town[0] == "1条" and town[-1] == "38条" and len(town) == 38
    city = articles(_read("murakumo-shi"))
    assert city[-1] == "30条" and len(city) == 30
    union = articles(_read("kasumino-kumiai"))
    assert union[-1] == "24条" and len(union) == 24
    prefecture = articles(_read("unkai-ken"))
    assert prefecture[-1] == "39条" and len(prefecture) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("murakumo-shi")
    # the dangling reference of 第二十七条 names a paragraph 第十二条 does not have
    assert location_exists(city, "第12条") and not location_exists(city, "第12条第2項")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第5項")
    town = _read("muteki-cho")
    assert location_exists(town, "第6条") and location_exists(town, "目次")
    assert location_exists(town, "附則(平成三〇年六月二〇日条例第一六号)")
    ward = _read("shigurezaka-ku")
    assert location_exists(ward, "第4章") and not location_exists(ward, "第7章")
    assert location_exists(ward, "附則第3項") and not location_exists(ward, "第38条")

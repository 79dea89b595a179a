"""The fresh 2016 held-out set "ai"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ai``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="aigame-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kagome-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kagome-cho.txt"]] == [("C0",)]


def test_no_seeded_defect_is_repeated_in_another_draft() -> None:
    """The same requirement, rule and kind never occur in two drafts (no form counted five times)."""
    seen: dict[tuple[str, str, str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d)[0], d["rule"], d["kind"])
                assert seen.setdefault(key, p.name) == p.name, key


def test_the_article_counter_reads_kanji_full_width_half_width_and_a_gap() -> None:
    city = articles(_read("sukiyabara-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    prefecture = articles(_read("makiezawa-ken"))
    assert prefecture[-1] == "32条" and len(prefecture) == 32
    core_city = articles(_read("imojidai-shi"))
    assert core_city[-1] == "34条" and len(core_city) == 34
    town = articles(_read("kagome-cho"))
    assert "12条" not in town and town[-1] == "24条" and len(town) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    core_city = _read("imojidai-shi")
    assert location_exists(core_city, "第5章第3節") and not location_exists(core_city, "第5章第4節")
    assert location_exists(core_city, "第29条第5項") and not location_exists(core_city, "第29条第6項")
    town = _read("kagome-cho")
    assert location_exists(town, "第13条") and not location_exists(town, "第12条")
    prefecture = _read("makiezawa-ken")
    assert location_exists(prefecture, "第31条") and not location_exists(prefecture, "第33条")
    city = _read("aigame-shi")
    assert location_exists(city, "附則第3条") and not location_exists(city, "附則第4条")
    assert not location_exists(city, "目次")
    kanji = _read("sukiyabara-shi")
    assert location_exists(kanji, "目次") and location_exists(kanji, "第26条第4項")
    assert not location_exists(kanji, "第26条第5項")

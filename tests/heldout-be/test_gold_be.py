"""The fresh 2016 held-out set "be"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-be``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番 articles,
paragraph numbers, chapter headings, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="yoshinuma-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["gamazutsumi-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["gamazutsumi-mura.txt"]] == [("C0",)]


def test_no_kind_of_seeded_defect_is_repeated_across_drafts() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    for p in GOLDS:
        g = gold(p)
        for d in g["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d)[0], d["rule"], d["kind"])
            assert key not in seen, (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]


def test_the_article_counter_reads_branch_articles_kanji_and_full_width() -> None:
    city = articles(_read("kamonuma-shi"))
    assert "19条の2" in city and "19条の14" in city and city[-1] == "25条" and len(city) == 38
    town = articles(_read("hishiike-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    prefecture = articles(_read("ashigata-ken"))
    assert prefecture[-1] == "32条" and len(prefecture) == 32
    assert len(articles(_read("gamazutsumi-mura"))) == 22


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("kamonuma-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第19条の13")
    assert not location_exists(city, "第19条の15") and not location_exists(city, "第26条")
    town = _read("hishiike-cho")
    assert location_exists(town, "付則第1項") and location_exists(town, "第2条第10項")
    assert not location_exists(town, "付則第3項") and not location_exists(town, "第2条第11項")
    village = _read("gamazutsumi-mura")
    assert location_exists(village, "第8条第2項") and not location_exists(village, "第8条第3項")

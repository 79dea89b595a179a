"""The fresh 2016 held-out set "ba"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ba``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="tozanguchi-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hinangoya-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hinangoya-mura.txt"]] == [("C0",)]
    assert "非識別加工情報" not in _read("hinangoya-mura")


def test_no_requirement_is_seeded_twice_with_the_same_kind_across_the_set() -> None:
    seen: list[tuple[tuple[str, ...], str]] = []
    for p in GOLDS:
        seen += [(acc.requirements_of(d), d["kind"]) for d in gold(p)["defects"] if d["seeded"]]
    assert len(seen) == len(set(seen)) == 24


def test_the_article_counter_reads_branch_articles_kanji_and_a_deleted_article() -> None:
    city = articles(_read("koyadaira-shi"))
    assert "22条の2" in city and city.index("22条の11") == city.index("23条") - 1 and len(city) == 39
    town = articles(_read("kusariba-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    village = articles(_read("hinangoya-mura"))
    assert "12条" in village and len(village) == 25
    assert len(articles(_read("onemichi-ken"))) == 33 and len(articles(_read("tozanguchi-shi"))) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("koyadaira-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第22条の9第1項")
    assert not location_exists(city, "第22条の14") and not location_exists(city, "第22条の12")
    town = _read("kusariba-cho")
    assert location_exists(town, "第5条第2項") and not location_exists(town, "第26条")
    assert not location_exists(town, "目次")
    village = _read("hinangoya-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    prefecture = _read("onemichi-ken")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")

"""The fresh 2016 held-out set "ak"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ak``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="chunichi-ku.txt"))


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["mukaebi-suido.txt"]
    assert [acc.requirements_of(d) for d in unseeded["mukaebi-suido.txt"]] == [("C0",)]


def test_no_kind_of_seeded_defect_is_repeated_across_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (tuple(sorted(acc.requirements_of(d))), d["kind"])
            assert key not in seen, (key, seen.get(key), d["id"])
            seen[key] = d["id"]
    assert len(seen) == 24


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branch_kanji_full_width_and_a_deleted_article() -> None:
    city = articles(_read("sasakazari-shi"))
    assert "12条の2" in city and "12条の15" in city and "12条の16" not in city
    assert city[-1] == "26条" and len(city) == 40
    assert articles(_read("mamemaki-cho"))[-1] == "38条"
    prefecture = articles(_read("kikunaga-ken"))
    assert prefecture[-1] == "39条" and len(prefecture) == 39
    water = articles(_read("mukaebi-suido"))
    assert "11条" in water and water[-1] == "24条" and len(water) == 24
    assert len(articles(_read("chunichi-ku"))) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("sasakazari-shi")
    assert location_exists(city, "第3章の2") and location_exists(city, "第12条の14第2項")
    assert not location_exists(city, "第12条の16") and not location_exists(city, "第12条の10第3項")
    prefecture = _read("kikunaga-ken")
    assert location_exists(prefecture, "第2条第13項") and not location_exists(prefecture, "第2条第14項")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "第40条")
    town = _read("mamemaki-cho")
    assert location_exists(town, "第4章") and location_exists(town, "附則第1項")
    assert not location_exists(town, "第39条")
    ward = _read("chunichi-ku")
    assert location_exists(ward, "第2章第1節") and location_exists(ward, "目次")
    assert not location_exists(ward, "第7章")
    assert not location_exists(_read("mukaebi-suido"), "目次")

"""The fresh 2016 held-out set "bj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bj``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and 節 headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="higatadai-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hiragama-suido.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hiragama-suido.txt"]] == [("C0",)]


def test_no_defect_is_seeded_twice_and_every_seeded_draft_touches_three_points() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    for p in GOLDS:
        g = gold(p)
        seeded = [d for d in g["defects"] if d["seeded"]]
        for d in seeded:
            key = (acc.requirements_of(d)[0], d["rule"], d["kind"])
            assert key not in seen, (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]
        if not g["clean"]:
            assert len({acc.requirements_of(d)[0][0] for d in seeded}) >= 3
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_full_width_half_width_and_a_gap() -> None:
    prefecture = articles(_read("irihama-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "31条" and len(prefecture) == 31
    village = articles(_read("agehama-mura"))
    assert "18条" not in village and village[-1] == "36条" and len(village) == 35
    ward = articles(_read("moshio-ku"))
    assert ward[-1] == "35条" and len(ward) == 35
    authority = articles(_read("hiragama-suido"))
    assert authority[-1] == "24条" and len(authority) == 24
    city = articles(_read("higatadai-shi"))
    assert city[-1] == "39条" and len(city) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("irihama-ken")
    assert location_exists(prefecture, "第2章第3節") and not location_exists(prefecture, "第2章第4節")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    village = _read("agehama-mura")
    assert location_exists(village, "第19条") and not location_exists(village, "第18条")
    ward = _read("moshio-ku")
    assert location_exists(ward, "第2条第12項") and not location_exists(ward, "第2条第13項")
    assert not location_exists(ward, "第7条第3項")
    authority = _read("hiragama-suido")
    assert location_exists(authority, "付則第2条") and not location_exists(authority, "目次")
    city = _read("higatadai-shi")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    assert not location_exists(city, "第40条")

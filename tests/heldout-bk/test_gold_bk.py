"""The fresh 2016 held-out set "bk"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bk``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 削除
articles, paragraph numbers, chapter headings, several 附則 told apart by their heading),
independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="gengetsu-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["yoimachi-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["yoimachi-mura.txt"]] == [("C0",)]


def test_the_article_counter_reads_kanji_full_width_and_deleted_articles() -> None:
    city = articles(_read("tsukiura-shi"))
    assert "8条" in city and "15条" in city and city[-1] == "38条" and len(city) == 38
    village = articles(_read("yoimachi-mura"))
    assert village[0] == "1条" and village[-1] == "25条" and len(village) == 25
    town = articles(_read("tsuitachi-cho"))
    assert town[-1] == "29条" and len(town) == 29
    prefecture = articles(_read("mochimine-ken"))
    assert prefecture[-1] == "38条" and len(prefecture) == 38


def test_no_seeded_requirement_is_repeated_across_the_drafts() -> None:
    seen: dict[tuple[str, str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d)[0], d["kind"])
                assert key not in seen, (key, seen.get(key), d["id"])
                seen[key] = d["id"]
    assert len(seen) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("tsukiura-shi")
    assert location_exists(city, "附則（令和元年9月27日条例第18号）") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第39条") and not location_exists(city, "附則（令和2年3月27日条例第5号）")
    town = _read("tsuitachi-cho")
    assert location_exists(town, "第2条第10項") and not location_exists(town, "第2条第11項")
    village = _read("yoimachi-mura")
    assert location_exists(village, "第6条第3項") and not location_exists(village, "第6条第4項")
    prefecture = _read("mochimine-ken")
    assert location_exists(prefecture, "第5章") and not location_exists(prefecture, "第8章")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    clean = _read("gengetsu-cho")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")

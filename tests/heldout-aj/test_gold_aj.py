"""The fresh 2016 held-out set "aj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-aj``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番,
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

globals().update(common_gold_tests(HERE, clean="monmeyama-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["zenizagawa-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["zenizagawa-shobo-kumiai.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    """Each seeded defect is of its own kind: no requirement checked by the same rule in two drafts."""
    seen: dict[tuple[str, str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d)[0], d["rule"])
                assert seen.setdefault(key, p.name) == p.name, key
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_branch_numbers_and_a_gap() -> None:
    town = articles(_read("hyakkanzawa-cho"))
    assert town[0] == "1条" and town[-1] == "33条" and len(town) == 33
    city = articles(_read("senryobara-shi"))
    assert "15条の2" in city and "15条の7" not in city and "15条の8" in city
    assert city[-1] == "21条" and len(city) == 36
    prefecture = articles(_read("monmeyama-ken"))
    assert prefecture[-1] == "37条" and len(prefecture) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("senryobara-shi")
    assert location_exists(city, "第15条の16") and not location_exists(city, "第15条の7")
    assert location_exists(city, "第4章の2") and not location_exists(city, "第4章の3")
    union = _read("zenizagawa-shobo-kumiai")
    assert location_exists(union, "第14条第2項") and not location_exists(union, "第24条")
    assert location_exists(union, "附則第3項") and not location_exists(union, "附則第4項")
    town = _read("hyakkanzawa-cho")
    assert location_exists(town, "付則第3項") and location_exists(town, "目次")
    ward = _read("ichimonji-ku")
    assert location_exists(ward, "第2条第10項") and not location_exists(ward, "第2条第11項")
    assert not location_exists(ward, "目次")

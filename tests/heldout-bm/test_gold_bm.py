"""The fresh 2016 held-out set "bm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bm``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_no_pair_seeded_twice,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hokakejima-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ujima-shi.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ujima-shi.txt"]] == [("C0",)]


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    assert check_no_pair_seeded_twice(GOLDS) == 24


def test_the_article_counter_reads_kanji_full_width_branch_numbers_and_a_gap() -> None:
    town = articles(_read("chidorimisaki-cho"))  # kanji 条 numbers
    assert town[0] == "1条" and town[-1] == "34条" and len(town) == 34
    prefecture = articles(_read("kamomenada-ken"))  # full-width, 枝番 of an inserted chapter
    assert prefecture[22:26] == ["22条の2", "22条の3", "22条の4", "22条の5"] and len(prefecture) == 35
    city = articles(_read("ujima-shi"))
    assert "15条" not in city and city[-1] == "27条" and len(city) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    union = _read("isose-kumiai")
    assert location_exists(union, "第14条第2項") and not location_exists(union, "第14条第3項")
    city = _read("ujima-shi")
    assert location_exists(city, "第16条") and not location_exists(city, "第15条")
    prefecture = _read("kamomenada-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第22条の5")
    assert not location_exists(prefecture, "第22条の6")
    assert location_exists(prefecture, "附則(平成29年条例第40号)第2項")
    town = _read("chidorimisaki-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert location_exists(town, "第2条第12項") and not location_exists(town, "第2条第13項")
    clean = _read("hokakejima-cho")
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")

"""The fresh 2016 held-out set "bu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bu``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="mizuaoi-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_union_without_the_mechanism_records_its_choice_so_no_draft_has_a_consequential_defect() -> None:
    assert [d["id"] for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    union = gold(HERE / "shobugawa-koiki.gold.json")
    assert "C0" not in {rid for d in union["defects"] for rid in acc.requirements_of(d)}
    assert "第21条" in [a["location"] for a in union["accepted"]]
    assert "設けないものとする" in _read("shobugawa-koiki")


def test_the_article_counter_reads_kanji_branch_articles_full_width_and_a_gap() -> None:
    prefecture = articles(_read("hasunuma-ken"))
    assert "21条の5" in prefecture and prefecture[-1] == "28条" and len(prefecture) == 32
    town = articles(_read("hishinoe-cho"))
    assert town[0] == "1条" and town[-1] == "33条" and len(town) == 33
    union = articles(_read("shobugawa-koiki"))
    assert "14条" not in union and "5条の2" in union and union[-1] == "26条" and len(union) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("hasunuma-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第21条の5")
    assert not location_exists(prefecture, "第21条の6") and not location_exists(prefecture, "第7章")
    town = _read("hishinoe-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    village = _read("kabazawa-mura")
    assert location_exists(village, "第9条") and not location_exists(village, "第9条第2項")
    assert location_exists(village, "附則第2条") and not location_exists(village, "附則第3条")
    city = _read("mizuaoi-shi")
    assert location_exists(city, "第30条") and not location_exists(city, "第37条")

"""The seventeenth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-q``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE))


def test_every_draft_has_the_mechanism_so_no_defect_is_a_consequence() -> None:
    assert all(d["seeded"] for p in GOLDS for d in gold(p)["defects"])
    assert "satsukino-shi.txt" == next(gold(p)["draft"] for p in GOLDS if gold(p)["clean"])


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_gaps_and_deleted_articles() -> None:
    prefecture = articles(_read("koyomino-ken"))
    assert "14条" in prefecture and "20条の2" in prefecture and "20条の10" in prefecture
    assert prefecture[-1] == "28条" and len(prefecture) == 37  # the 附則's 第1条・第2条 are not counted
    ward = articles(_read("uzukidai-ku"))
    assert ward[-1] == "29条" and len(ward) == 29
    city = articles(_read("satsukino-shi"))
    assert city[0] == "1条" and city[-1] == "39条" and len(city) == 39
    town = articles(_read("higanbara-cho"))
    assert "14条" not in town and town[-1] == "24条" and len(town) == 23
    union = articles(_read("kisaragi-kouiki"))
    assert union[-1] == "28条" and len(union) == 28


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("koyomino-ken")
    assert location_exists(prefecture, "第20条の10第3項") and not location_exists(prefecture, "第20条の11")
    assert location_exists(prefecture, "第8章") and not location_exists(prefecture, "第9章")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    ward = _read("uzukidai-ku")
    assert location_exists(ward, "第2条第12項") and not location_exists(ward, "第35条")
    city = _read("satsukino-shi")
    assert location_exists(city, "第31条第2項") and not location_exists(city, "第31条第3項")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    town = _read("higanbara-cho")
    assert location_exists(town, "第16条第8項") and not location_exists(town, "第14条")
    union = _read("kisaragi-kouiki")
    assert location_exists(union, "第4章") and not location_exists(union, "第6章")


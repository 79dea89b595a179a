"""The 2016 held-out set aa's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-aa``), and the drafts are not even
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


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_of_this_set_has_a_consequential_defect() -> None:
    assert all(d["seeded"] for p in GOLDS for d in gold(p)["defects"])


def test_the_article_counter_reads_kanji_branches_and_gaps() -> None:
    hospital = articles(_read("kamagaya-byoin"))
    assert "19条" not in hospital and hospital[-1] == "30条" and len(hospital) == 29
    prefecture = articles(_read("chasenzaki-ken"))
    assert "17条の2" in prefecture and len(prefecture) == 31
    city = articles(_read("natsumeyama-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30  # 附則 in 項 not counted


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("hishakuno-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert not location_exists(town, "第31条")
    union = _read("fukusa-koiki")
    assert location_exists(union, "第8条第2項") and not location_exists(union, "第8条第3項")
    prefecture = _read("chasenzaki-ken")
    assert location_exists(prefecture, "第22条第4項") and not location_exists(prefecture, "第22条第5項")
    assert location_exists(prefecture, "第7条第2項") and location_exists(prefecture, "第17条の2")


"""The fresh 2016 held-out set "bc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bc``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="hamagurisawa-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_carries_a_consequential_defect() -> None:
    # the village without the mechanism records its decision (第11条), so it is clean: no C0
    assert [d for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    assert gold(HERE / "hamagurisawa-mura.gold.json")["defects"] == []


def test_the_article_counter_reads_kanji_branch_articles_and_inline_captions() -> None:
    town = articles(_read("hamabeno-cho"))
    assert town[9] == "10条" and "17条の12" in town and town[-1] == "26条" and len(town) == 37
    union = articles(_read("higatahara-koiki"))
    assert union[0] == "1条" and union[-1] == "25条" and len(union) == 25
    city = articles(_read("asarigata-shi"))
    assert city[-1] == "32条" and len(city) == 32


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("hamabeno-cho")
    assert location_exists(town, "第17条の8第1項") and not location_exists(town, "第17条の13")
    assert location_exists(town, "第4章") and not location_exists(town, "第8章")
    city = _read("makigaisaki-shi")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    assert not location_exists(city, "目次")
    village = _read("hamagurisawa-mura")
    assert location_exists(village, "付則第4項") and not location_exists(village, "第26条")

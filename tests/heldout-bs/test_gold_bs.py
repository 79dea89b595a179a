"""The fresh 2016 held-out set "bs"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bs``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="chogin-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["zenigafuchi-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["zenigafuchi-mura.txt"]] == [("C0",)]


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    village = articles(_read("zenigafuchi-mura"))
    assert village[0] == "1条" and village[-1] == "24条" and len(village) == 24
    prefecture = articles(_read("fundodai-ken"))
    assert prefecture[-1] == "35条" and len(prefecture) == 35
    union = articles(_read("hakarigawa-kumiai"))
    assert "18条の14" in union and "16条" in union and union[-1] == "22条" and len(union) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("fundodai-ken")
    assert location_exists(prefecture, "第2章第2節") and not location_exists(prefecture, "第2章第4節")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    ward = _read("tenbinzaka-ku")
    assert location_exists(ward, "第14条第2項") and not location_exists(ward, "第8条第2項")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第26条")
    union = _read("hakarigawa-kumiai")
    assert location_exists(union, "附則（平成30年6月25日組合条例第2号）第2項")
    assert not location_exists(union, "附則（平成31年3月1日組合条例第1号）")
    assert location_exists(union, "第4章の2") and not location_exists(union, "第18条の15")

"""The heldout-z 2016 set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-z``), and the drafts are not even
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


def test_the_clean_draft_is_the_village_without_the_mechanism_and_no_defect_is_consequential() -> None:
    golds = {gold(p)["draft"]: gold(p) for p in GOLDS}
    assert [name for name, g in golds.items() if g["clean"]] == ["ukizawa-mura.txt"]
    assert "非識別加工情報" not in _read("ukizawa-mura")
    assert all(d["seeded"] for g in golds.values() for d in g["defects"])


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_gaps_and_deleted_articles() -> None:
    ward = articles(_read("rogahama-ku"))
    assert "16条の2" in ward and "16条の13" in ward and "16条の14" not in ward
    assert ward[-1] == "24条" and len(ward) == 36
    prefecture = articles(_read("hobashira-ken"))
    assert "18条" not in prefecture and prefecture[-1] == "36条" and len(prefecture) == 35
    town = articles(_read("kaizaki-cho"))
    assert "9条" in town and town[-1] == "29条"  # 第9条 削除 counts; so do three 読替え table rows
    village = articles(_read("ukizawa-mura"))
    assert village[-1] == "26条" and len(village) == 26
    city = articles(_read("ajirohama-shi"))
    assert city[0] == "1条" and city[-1] == "38条" and len(city) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = _read("rogahama-ku")
    assert location_exists(ward, "第16条の9第3項") and not location_exists(ward, "第16条の14")
    assert location_exists(ward, "附則第2項") and not location_exists(ward, "附則第3項")
    prefecture = _read("hobashira-ken")
    assert location_exists(prefecture, "第2章第4節") and location_exists(prefecture, "附則第2条")
    assert not location_exists(prefecture, "第18条") and not location_exists(prefecture, "附則第3条")
    town = _read("kaizaki-cho")
    assert location_exists(town, "第4章") and location_exists(town, "第17条第2項")
    assert not location_exists(town, "第30条") and not location_exists(town, "第7章")
    village = _read("ukizawa-mura")
    assert location_exists(village, "第2条第7項") and not location_exists(village, "第2条第8項")
    assert not location_exists(village, "第1章") and not location_exists(village, "目次")
    city = _read("ajirohama-shi")
    assert location_exists(city, "第5章") and location_exists(city, "第32条第4項")
    assert not location_exists(city, "第32条第5項") and not location_exists(city, "第39条")


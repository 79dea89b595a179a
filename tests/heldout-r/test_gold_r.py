"""The fresh 2016 held-out set r's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-r``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")]
                for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["tsujigahara-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["tsujigahara-mura.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_and_half_width_numbers() -> None:
    city = articles(_read("hatagojuku-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    town = articles(_read("kagetsuji-cho"))
    assert town[-1] == "28条" and len(town) == 28  # the 附則's 第一条–第四条 are not counted
    ward = articles(_read("nagawatashi-ku"))
    assert ward[-1] == "33条" and len(ward) == 33
    prefecture = articles(_read("kiriseki-ken"))
    assert "7条の2" in prefecture and prefecture[-1] == "35条" and len(prefecture) == 36
    village = articles(_read("tsujigahara-mura"))
    assert village[-1] == "27条" and len(village) == 27


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("hatagojuku-shi")
    assert location_exists(city, "附則第6項") and not location_exists(city, "附則第7項")
    assert location_exists(city, "第26条第4項") and not location_exists(city, "第26条第5項")
    town = _read("kagetsuji-cho")
    assert location_exists(town, "附則第4条") and not location_exists(town, "第29条")
    ward = _read("nagawatashi-ku")
    assert location_exists(ward, "第24条第4項") and not location_exists(ward, "第6章第1節")
    prefecture = _read("kiriseki-ken")
    assert location_exists(prefecture, "第4章第2節") and location_exists(prefecture, "第7条の2")
    assert not location_exists(prefecture, "第7条の3")
    village = _read("tsujigahara-mura")
    assert location_exists(village, "第4条第1項第5号") and not location_exists(village, "第28条")


"""The fresh 2016 held-out set "bz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bz``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="furutsu-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_has_a_consequential_defect_the_village_records_its_choice() -> None:
    assert [d for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    village = gold(HERE / "funatsuki-mura.gold.json")
    assert "C0" not in {r for d in village["defects"] for r in acc.requirements_of(d)}
    assert any(a["location"] == "附則第3条" for a in village["accepted"])
    text = _read("funatsuki-mura")
    assert "（検討）" in text and "個人情報ファイル簿" not in text


def test_the_article_counter_reads_kanji_full_width_and_a_gap_among_branch_articles() -> None:
    city = articles(_read("minatohama-shi"))
    assert city[0] == "1条" and city[-1] == "33条" and len(city) == 33
    town = articles(_read("funadamari-cho"))
    assert town[-1] == "30条" and len(town) == 30
    union = articles(_read("funatsu-kumiai"))
    assert "15条の8" not in union and "15条の13" in union and len(union) == 31
    clean = articles(_read("furutsu-shi"))
    assert "21条の2" in clean and clean[-1] == "32条" and len(clean) == 33


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("minatohama-shi")
    assert location_exists(city, "第4章第2節") and not location_exists(city, "第7章")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")
    town = _read("funadamari-cho")
    assert location_exists(town, "第11条第2項") and not location_exists(town, "第11条第3項")
    union = _read("funatsu-kumiai")
    assert location_exists(union, "第15条の9") and not location_exists(union, "第15条の8")
    village = _read("funatsuki-mura")
    assert location_exists(village, "附則第3条") and not location_exists(village, "附則第4条")

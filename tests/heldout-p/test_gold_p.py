"""The sixteenth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-p``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則・付則 headings), independent of ``ordreview.core.parse``.
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


def test_only_the_town_and_the_village_without_the_mechanism_have_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert sorted(name for name, ds in unseeded.items() if ds) == ["sumitsubo-mura.txt", "suzurikawa-cho.txt"]
    for name in ("sumitsubo-mura.txt", "suzurikawa-cho.txt"):
        assert [acc.requirements_of(d) for d in unseeded[name]] == [("C0",)]


def test_the_totals_of_the_readme() -> None:
    seeded = sum(1 for p in GOLDS for d in gold(p)["defects"] if d["seeded"])
    assert seeded == 25
    assert [gold(p)["draft"] for p in GOLDS if gold(p)["clean"]] == ["fudegasaki-shi.txt"]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_numbers_gaps_and_table_rows() -> None:
    village = articles(_read("sumitsubo-mura"))
    assert "14条" in village and "15条" not in village and "16条" in village
    assert village[-1] == "23条" and len(village) == 22  # the 付則's 第一条–第三条 are not counted
    union = articles(_read("urushibara-kumiai"))
    assert union[-1] == "22条" and len(union) == 22  # the 読替え table rows are not articles
    city = articles(_read("kozotani-shi"))
    assert city[0] == "1条" and city[-1] == "39条" and len(city) == 39
    assert len(articles(_read("fudegasaki-shi"))) == 24 and len(articles(_read("suzurikawa-cho"))) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    union = _read("urushibara-kumiai")
    assert location_exists(union, "第15条第2項") and not location_exists(union, "第15条第3項")
    assert location_exists(union, "附則第3項") and not location_exists(union, "附則第4項")
    city = _read("kozotani-shi")
    assert location_exists(city, "第5章") and location_exists(city, "第13条第2項")
    assert not location_exists(city, "第13条第3項") and not location_exists(city, "第40条")
    village = _read("sumitsubo-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "第15条")
    town = _read("suzurikawa-cho")
    assert location_exists(town, "付則第1項") and not location_exists(town, "第26条")
    clean = _read("fudegasaki-shi")
    assert location_exists(clean, "第10条第3項") and not location_exists(clean, "第10条第4項")
    assert location_exists(clean, "第4章") and not location_exists(clean, "第7章")


"""The fresh 2016 held-out set "bq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bq``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="kakeyuzaka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_list_has_an_unseeded_defect_and_the_village_records_its_choice() -> None:
    assert [d["id"] for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    village = gold(HERE / "izumisawa-mura.gold.json")
    assert "C0" not in {rid for d in village["defects"] for rid in acc.requirements_of(d)}
    assert "第13条" in {a["location"] for a in village["accepted"]}
    assert "非識別加工情報" in _read("izumisawa-mura") and "第５章" not in _read("izumisawa-mura")


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(_read("tojibata-cho"))
    assert town[0] == "1条" and town[-1] == "32条" and len(town) == 32
    village = articles(_read("izumisawa-mura"))
    assert "15条" not in village and village[-1] == "27条" and len(village) == 26
    prefecture = articles(_read("yubune-ken"))
    assert prefecture[-1] == "38条" and len(prefecture) == 38
    city = articles(_read("yukemuridai-shi"))
    assert city[-1] == "35条" and len(city) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("tojibata-cho")
    assert location_exists(town, "第26条第2項") and not location_exists(town, "第22条第4項")
    assert location_exists(town, "付則第1条") and location_exists(town, "付則第3条")
    assert not location_exists(town, "付則第4条")
    village = _read("izumisawa-mura")
    assert location_exists(village, "第16条") and not location_exists(village, "第15条")
    assert location_exists(village, "附則第4項") and not location_exists(village, "附則第5項")
    city = _read("yukemuridai-shi")
    assert location_exists(city, "目次") and location_exists(city, "第29条第4項")
    assert not location_exists(city, "第36条")
    clean = _read("kakeyuzaka-shi")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第5条第4項")

"""The fresh 2016 held-out set "bo"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bo``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番,
paragraph numbers, chapter and 節 headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="aizomegawa-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_has_a_consequential_defect_and_the_village_records_its_choice() -> None:
    unseeded = [d["id"] for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]]
    assert unseeded == []
    # the village without the mechanism records its decision in a 附則, so no C0 is listed for it
    village = gold(HERE / "aidama-mura.gold.json")
    assert "C0" not in {r for d in village["defects"] for r in acc.requirements_of(d)}
    assert "当面設けないこととし" in _read("aidama-mura")
    assert "附則第3項" in {a["location"] for a in village["accepted"]}


def test_no_two_seeded_drafts_share_a_defect_of_the_same_requirement_and_kind() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            key = (acc.requirements_of(d), d["kind"])
            assert key not in seen or seen[key] == gold(p)["draft"], (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_the_article_counter_reads_kanji_full_width_and_branch_numbers() -> None:
    designated = articles(_read("shikonbara-shi"))
    assert "4条の2" in designated and "14条の8" in designated and "14条の10" in designated
    assert "14条の9" not in designated and designated[-1] == "21条" and len(designated) == 35
    town = articles(_read("benibanazawa-cho"))
    assert town[0] == "1条" and "8条" in town and town[-1] == "30条" and len(town) == 30
    village = articles(_read("aidama-mura"))
    assert village[-1] == "23条" and len(village) == 23
    city = articles(_read("akanegaoka-shi"))
    assert city[-1] == "32条" and len(city) == 32


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    designated = _read("shikonbara-shi")
    assert location_exists(designated, "第4章の2") and location_exists(designated, "第14条の15")
    assert not location_exists(designated, "第14条の9") and not location_exists(designated, "第7条第3項")
    assert location_exists(designated, "附則（平成29年12月20日条例第47号）第2項")
    town = _read("benibanazawa-cho")
    assert location_exists(town, "第16条第3項") and not location_exists(town, "第31条")
    city = _read("akanegaoka-shi")
    assert location_exists(city, "第3章第4節") and location_exists(city, "附則第3条")
    assert not location_exists(city, "附則第4条") and not location_exists(city, "第2条第12項")
    clean = _read("aizomegawa-shi")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")

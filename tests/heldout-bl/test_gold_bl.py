"""The fresh 2016 held-out set "bl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bl``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and 節 headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="junreino-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_a_recorded_decision_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kechigan-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kechigan-shobo-kumiai.txt"]] == [("C0",)]
    # the city without the mechanism records its decision in a 附則, so no C0 is listed for it
    city = gold(HERE / "shukubodai-shi.gold.json")
    assert "C0" not in {r for d in city["defects"] for r in acc.requirements_of(d)}
    assert "非識別加工情報の提供に関する制度" in _read("shukubodai-shi")


def test_the_article_counter_reads_kanji_full_width_and_branch_numbers() -> None:
    city = articles(_read("shukubodai-shi"))
    assert city[0] == "1条" and city[-1] == "25条" and len(city) == 25
    town = articles(_read("nokyo-cho"))
    assert "15条の2" in town and "15条の11" in town and town[-1] == "22条" and len(town) == 32
    union = articles(_read("kechigan-shobo-kumiai"))
    assert union[-1] == "21条" and len(union) == 21
    designated = articles(_read("henrozaka-shi"))
    assert designated[-1] == "36条" and len(designated) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    designated = _read("henrozaka-shi")
    assert location_exists(designated, "目次") and location_exists(designated, "第4章第3節")
    assert location_exists(designated, "第30条第1項") and not location_exists(designated, "第37条")
    town = _read("nokyo-cho")
    assert location_exists(town, "第3章の2") and location_exists(town, "第15条の10")
    assert not location_exists(town, "第15条の12") and not location_exists(town, "第4章の2")
    assert location_exists(town, "附則（平成30年9月28日納経町条例第22号）第2項")
    city = _read("shukubodai-shi")
    assert location_exists(city, "第11条第2項") and not location_exists(city, "第11条第3項")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    union = _read("kechigan-shobo-kumiai")
    assert location_exists(union, "付則第3条") and not location_exists(union, "目次")

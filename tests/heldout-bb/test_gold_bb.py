"""The fresh 2016 held-out set "bb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bb``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="gogumi-cho.txt"))


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hiirekawa-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hiirekawa-kumiai.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(_read("mushino-cho"))
    assert "13条" not in town and town[-1] == "30条" and len(town) == 29
    ward = articles(_read("momidani-ku"))
    assert ward[0] == "1条" and ward[-1] == "36条" and len(ward) == 36
    clean = articles(_read("gogumi-cho"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("mushino-cho")
    assert location_exists(town, "付則第1項") and location_exists(town, "第14条")
    assert not location_exists(town, "第13条") and not location_exists(town, "附則第3項")
    city = _read("chabatakedai-shi")
    assert location_exists(city, "第13条第3項") and not location_exists(city, "第35条")
    assert location_exists(city, "附則第3項") and not location_exists(city, "第13条第4項")
    union = _read("hiirekawa-kumiai")
    assert location_exists(union, "附則第2項") and not location_exists(union, "目次")
    ward = _read("momidani-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第30条第2項")
    assert not location_exists(ward, "第30条第4項")

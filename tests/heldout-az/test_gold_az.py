"""The fresh 2016 held-out set "az"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-az``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 and 付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="kinnoya-ku.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["monmegawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["monmegawa-mura.txt"]] == [("C0",)]


def test_no_seeded_requirement_is_repeated_across_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = f'{acc.requirements_of(d)}/{d["kind"]}'
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name


def test_the_article_counter_reads_kanji_a_gap_and_a_branch_article() -> None:
    town = articles(_read("kenzaki-cho"))
    assert "14条" not in town and town[-1] == "30条" and len(town) == 29
    ward = articles(_read("kinnoya-ku"))
    assert "10条の2" in ward and ward[-1] == "38条" and len(ward) == 39
    city = articles(_read("sunmiya-shi"))
    assert city[0] == "1条" and city[-1] == "29条" and len(city) == 29


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("kenzaki-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert location_exists(town, "第21条第2項") and not location_exists(town, "第14条")
    village = _read("monmegawa-mura")
    assert location_exists(village, "附則第2条") and not location_exists(village, "第10条第3項")
    city = _read("shakunoura-shi")
    assert location_exists(city, "第5章") and location_exists(city, "目次")
    assert not location_exists(city, "第18条第4項")

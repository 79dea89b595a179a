"""The fresh 2016 held-out set "bp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bp``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="kuinazawa-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["uzurano-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["uzurano-shobo-kumiai.txt"]] == [("C0",)]


def test_no_kind_of_seeded_defect_is_repeated_across_the_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d), d["rule"], d["kind"])
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 25


def test_the_article_counter_reads_kanji_full_width_and_half_width_numbers() -> None:
    prefecture = articles(_read("shigino-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "39条" and len(prefecture) == 39
    town = articles(_read("yoshikiri-cho"))
    assert town[-1] == "35条" and len(town) == 35
    village = articles(_read("kuinazawa-mura"))
    assert village[-1] == "26条" and len(village) == 26
    city = articles(_read("agehibari-shi"))
    assert city[-1] == "35条" and len(city) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("shigino-ken")
    assert location_exists(prefecture, "第4章") and location_exists(prefecture, "附則第3条")
    assert not location_exists(prefecture, "第40条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第4条第2項") and not location_exists(prefecture, "第4条第3項")
    union = _read("uzurano-shobo-kumiai")
    assert location_exists(union, "附則第4項") and not location_exists(union, "附則第5項")
    assert not location_exists(union, "目次") and not location_exists(union, "第27条")
    town = _read("yoshikiri-cho")
    assert location_exists(town, "第6章") and not location_exists(town, "第7章")
    assert not location_exists(town, "目次")

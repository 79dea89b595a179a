"""The fresh 2016 held-out set "ci"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ci``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番,
paragraph numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="awahara-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["awakibi-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["awakibi-shobo-kumiai.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_twice_in_the_set() -> None:
    """Each draft was written on its own: no seeded defect (its kind at the same requirements) occurs twice."""
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (d["kind"], tuple(sorted(acc.requirements_of(d))))
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 25


def test_the_article_counter_reads_branch_numbers_kanji_and_a_supplement_in_articles() -> None:
    town = articles(_read("hiedaira-cho"))
    assert town[:11] == ["1条", "2条", "3条", "4条", "5条", "6条", "7条", "8条", "9条", "10条", "10条の2"]
    assert "10条の14" in town and town[-1] == "20条" and len(town) == 33
    union = articles(_read("awakibi-shobo-kumiai"))
    assert union[-1] == "26条" and len(union) == 26  # 付則第1条・第2条 are not counted
    city = articles(_read("kibinoura-shi"))
    assert city[-1] == "34条" and len(city) == 34  # the 別表 after the 附則 adds no article


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("hiedaira-cho")
    assert location_exists(town, "第10条の9") and not location_exists(town, "第10条の15")
    assert location_exists(town, "第2章の2") and location_exists(town, "目次")
    city = _read("kibinoura-shi")
    assert location_exists(city, "第24条第2項") and not location_exists(city, "第40条")
    village = _read("azukino-mura")
    assert location_exists(village, "附則第2項") and not location_exists(village, "附則第3項")
    assert not location_exists(village, "目次")
    union = _read("awakibi-shobo-kumiai")
    assert location_exists(union, "付則第2条") and not location_exists(union, "第16条第3項")

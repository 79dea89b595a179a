"""The fresh 2016 held-out set "ac"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ac``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番,
paragraph numbers, chapter headings such as 第4章の2, 附則 headings), independent of
``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="biwajima-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["shonomiya-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["shonomiya-cho.txt"]] == [("C0",)]


def test_no_seeded_defect_kind_is_used_in_two_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d)[0], d["kind"])
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]
    assert len(seen) == 24


def test_the_article_counter_reads_branch_numbers_kanji_and_full_width() -> None:
    prefecture = articles(_read("tsuzumigaoka-ken"))
    assert "19条の2" in prefecture and "19条の13" in prefecture and "19条の14" not in prefecture
    assert prefecture[-1] == "25条" and len(prefecture) == 37
    town = articles(_read("shonomiya-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    union = articles(_read("hichirikino-kumiai"))
    assert union[-1] == "29条" and len(union) == 29


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("tsuzumigaoka-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第2条第10項")
    assert not location_exists(prefecture, "第2条第11項") and not location_exists(prefecture, "第19条の14")
    assert location_exists(prefecture, "附則（平成29年3月24日鼓ヶ丘県条例第18号）第1項")
    city = _read("kotonoura-shi")
    assert location_exists(city, "第5章") and not location_exists(city, "第4章の2")
    town = _read("shonomiya-cho")
    assert location_exists(town, "第17条") and not location_exists(town, "第26条")
    clean = _read("biwajima-shi")
    assert location_exists(clean, "附則第1条") and not location_exists(clean, "附則第3条")

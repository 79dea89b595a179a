"""The fresh 2016 held-out set "do"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-do``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="toishi-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ishizuhara-shobo.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ishizuhara-shobo.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts_with_the_same_kind() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_the_article_counter_reads_branch_articles_full_width_a_gap_and_kanji() -> None:
    prefecture = articles(_read("iwane-ken"))
    assert "20条の2" in prefecture and "20条の9" in prefecture and prefecture[-1] == "25条" and len(prefecture) == 33
    town = articles(_read("ishikiri-cho"))
    assert "15条" not in town and town[-1] == "26条" and len(town) == 25
    clean = articles(_read("toishi-mura"))
    assert clean[0] == "1条" and clean[-1] == "35条" and len(clean) == 35
    assert len(articles(_read("tomine-shi"))) == 28 and len(articles(_read("ishizuhara-shobo"))) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("tomine-shi")
    assert location_exists(city, "第28条") and not location_exists(city, "第30条")
    town = _read("ishikiri-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "第15条")
    prefecture = _read("iwane-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert not location_exists(prefecture, "第20条の10")
    clean = _read("toishi-mura")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")

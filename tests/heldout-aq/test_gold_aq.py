"""The fresh 2016 held-out set "aq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-aq``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番
articles, paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="awanoha-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hosaki-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hosaki-mura.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (d["rule"], d["kind"], *acc.requirements_of(d))
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 25


def test_the_article_counter_reads_kanji_branch_articles_and_a_gap() -> None:
    town = articles(_read("momiyama-cho"))
    assert "19条の11" in town and town[-1] == "27条" and len(town) == 37
    prefecture = articles(_read("nukada-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "30条" and len(prefecture) == 30
    village = articles(_read("hosaki-mura"))
    assert "12条" not in village and village[-1] == "24条" and len(village) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("momiyama-cho")
    assert location_exists(town, "第4章の2") and location_exists(town, "附則（平成30年3月20日条例第7号）第1項")
    assert not location_exists(town, "附則（平成30年3月20日条例第7号）第3項")
    assert not location_exists(town, "第19条の12")
    union = _read("hazehara-koiki")
    assert location_exists(union, "第29条") and not location_exists(union, "第35条")
    village = _read("hosaki-mura")
    assert location_exists(village, "第13条") and not location_exists(village, "第12条")
    assert not location_exists(village, "目次")

"""The fresh 2016 held-out set "ad"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ad``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="suzumushino-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hotarugaike-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hotarugaike-mura.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    """One unusual form must not count several times: a requirement with the same rule is seeded once."""
    seen: dict[tuple[object, ...], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (tuple(sorted(acc.requirements_of(d))), d["rule"])
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name


def test_the_article_counter_reads_kanji_deleted_articles_and_a_gap() -> None:
    town = articles(_read("chogatake-cho"))
    assert "10条" in town and "29条" not in town and town[-1] == "35条" and len(town) == 34
    village = articles(_read("hotarugaike-mura"))
    assert village[0] == "1条" and village[-1] == "23条" and len(village) == 23
    assert len(articles(_read("suzumushino-cho"))) == 29
    assert len(articles(_read("korogino-mura"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    long_articles = _read("korogino-mura")
    assert location_exists(long_articles, "第17条第12項") and not location_exists(long_articles, "第17条第13項")
    assert location_exists(long_articles, "付則第2条") and not location_exists(long_articles, "付則第3条")
    terse = _read("chogatake-cho")
    assert location_exists(terse, "第30条") and not location_exists(terse, "第29条")
    assert not location_exists(terse, "目次") and not location_exists(terse, "第1章")
    village = _read("hotarugaike-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    town = _read("tombosawa-cho")
    assert location_exists(town, "目次") and location_exists(town, "附則第3条")

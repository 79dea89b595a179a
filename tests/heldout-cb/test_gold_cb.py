"""The fresh 2016 held-out set "cb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cb``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="shiratsuchi-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_every_defect_is_seeded_and_no_kind_of_defect_is_repeated_across_the_drafts() -> None:
    defects = [d for p in GOLDS for d in gold(p)["defects"]]
    assert defects and all(d["seeded"] for d in defects)
    # every draft adopts the 非識別 mechanism: no consequential C0
    assert all("C0" not in acc.requirements_of(d) for d in defects)
    kinds = [(acc.requirements_of(d)[0], d["rule"], d["kind"]) for d in defects]
    assert len(kinds) == len(set(kinds)) == 24
    # each Basic Policy point (A, B, C) seeded at most once in the whole set
    policy = [acc.requirements_of(d)[0] for d in defects if acc.requirements_of(d)[0][0] in "ABC"]
    assert len(policy) == len(set(policy))


def test_the_article_counter_reads_kanji_full_width_branch_numbers_and_a_gap() -> None:
    city = articles(_read("rokurozaka-shi"))
    assert "5条の2" in city and "9条の2" in city and city[-1] == "37条" and len(city) == 39
    town = articles(_read("uwagusuhara-cho"))
    assert town[0] == "1条" and town[-1] == "31条" and len(town) == 31
    village = articles(_read("hanitsuchi-mura"))
    assert "19条" not in village and village[-1] == "32条" and len(village) == 31
    assert len(articles(_read("anagama-shi"))) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("rokurozaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第9条の2")
    assert not location_exists(city, "第11条の2")  # the seeded dangling reference
    town = _read("uwagusuhara-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第2条第11項") and not location_exists(town, "第2条第12項")
    one_article = _read("anagama-shi")
    assert location_exists(one_article, "第20条第14項") and not location_exists(one_article, "第20条第15項")
    village = _read("hanitsuchi-mura")
    assert location_exists(village, "附則第3項") and not location_exists(village, "第19条")

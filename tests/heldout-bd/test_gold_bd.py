"""The fresh 2016 held-out set "bd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bd``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="ichirizuka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["namikisawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["namikisawa-mura.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_twice_in_the_set() -> None:
    seeded = [(acc.requirements_of(d)[0], d["rule"], d["kind"]) for p in GOLDS for d in gold(p)["defects"] if d["seeded"]]
    assert len(seeded) == 24
    # each seeded defect is its own (requirement, rule, kind): no defect copied from one draft into another
    assert len(set(seeded)) == len(seeded)
    # and the one requirement seeded in three drafts (O5) is there for three different kinds of fault
    assert len({req for req, _, _ in seeded}) == 22


def test_the_article_counter_reads_kanji_full_width_half_width_and_a_gap() -> None:
    town = articles(_read("sekishodai-cho"))
    assert "13条" not in town and town[-1] == "36条" and len(town) == 35
    prefecture = articles(_read("michishirube-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "31条" and len(prefecture) == 31
    city = articles(_read("oiwakegahara-shi"))
    assert city[-1] == "32条" and len(city) == 32
    village = articles(_read("namikisawa-mura"))
    assert village[-1] == "26条" and len(village) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("sekishodai-cho")
    assert location_exists(town, "第14条") and not location_exists(town, "第13条")
    assert location_exists(town, "附則") and not location_exists(town, "目次")
    city = _read("oiwakegahara-shi")
    assert location_exists(city, "第10条第2項") and not location_exists(city, "第10条第3項")
    assert location_exists(city, "第4章第2節") and not location_exists(city, "第4章第5節")
    village = _read("namikisawa-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    assert not location_exists(village, "第27条")
    clean = _read("ichirizuka-shi")
    assert location_exists(clean, "附則第2項") and not location_exists(clean, "附則第3項")

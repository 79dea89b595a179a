"""The fresh 2016 held-out set "av"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-av``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="kogarashizaka-ku.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["oroshine-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["oroshine-mura.txt"]] == [("C0",)]


def test_no_two_seeded_defects_of_the_set_share_a_requirement_and_kind() -> None:
    seen = [
        (acc.requirements_of(d)[0], d["kind"]) for p in GOLDS for d in gold(p)["defects"] if d["seeded"]
    ]
    assert len(seen) == len(set(seen)) == 24


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(_read("nowaki-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    village = articles(_read("oroshine-mura"))
    assert "14条" not in village and village[-1] == "23条" and len(village) == 22
    ward = articles(_read("kogarashizaka-ku"))
    assert ward[-1] == "31条" and len(ward) == 31
    prefecture = articles(_read("kunpu-ken"))
    assert len(prefecture) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("nowaki-cho")
    assert location_exists(town, "第2条第11項") and not location_exists(town, "第6条第3項")
    village = _read("oroshine-mura")
    assert location_exists(village, "第15条") and not location_exists(village, "第14条")
    prefecture = _read("kunpu-ken")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章")
    city = _read("kochigaoka-shi")
    assert location_exists(city, "附則第3項") and not location_exists(city, "第32条")

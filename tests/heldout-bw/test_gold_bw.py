"""The fresh 2016 held-out set "bw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bw``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="hatsushimo-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["koharubi-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["koharubi-mura.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = acc.requirements_of(d)
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 25


def test_the_article_counter_reads_kanji_full_width_and_half_width_numbers() -> None:
    ward = articles(_read("harugasumi-ku"))
    assert ward[0] == "1条" and ward[-1] == "33条" and len(ward) == 33
    village = articles(_read("koharubi-mura"))
    assert village[-1] == "24条" and len(village) == 24
    prefecture = articles(_read("samidare-ken"))
    assert prefecture[-1] == "36条" and len(prefecture) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = _read("harugasumi-ku")
    assert location_exists(ward, "第25条第3項") and not location_exists(ward, "第25条第4項")
    assert location_exists(ward, "附則第3項") and not location_exists(ward, "附則第4項")
    prefecture = _read("samidare-ken")
    assert location_exists(prefecture, "第4章第2節") and location_exists(prefecture, "目次")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    city = _read("akisame-shi")
    assert not location_exists(city, "目次") and not location_exists(city, "第34条")
    village = _read("koharubi-mura")
    assert location_exists(village, "第2条第7項") and not location_exists(village, "第2条第8項")

"""The fresh 2016 held-out set "as"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-as``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="miyamasumire-koiki.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["yukiwari-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["yukiwari-mura.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("yukiwari-mura")


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[str, str, tuple[str, ...]], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (d["rule"], d["kind"], acc.requirements_of(d))
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name
    assert len(seen) == 25


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(_read("iwagikyo-cho"))
    assert town[-1] == "36条" and len(town) == 36
    prefecture = articles(_read("takane-ken"))
    assert prefecture[-1] == "38条" and len(prefecture) == 38
    village = articles(_read("yukiwari-mura"))
    assert "13条" not in village and village[-1] == "26条" and len(village) == 25
    union = articles(_read("miyamasumire-koiki"))
    assert union[0] == "1条" and len(union) == 27


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("iwagikyo-cho")
    assert location_exists(town, "第36条") and not location_exists(town, "第37条")
    assert location_exists(town, "第5章") and not location_exists(town, "第8章")
    prefecture = _read("takane-ken")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    village = _read("yukiwari-mura")
    assert location_exists(village, "第14条") and not location_exists(village, "第13条")
    city = _read("komakusa-shi")
    assert location_exists(city, "第2条第5項") and not location_exists(city, "第2条第6項")
    union = _read("miyamasumire-koiki")
    assert location_exists(union, "附則第4項") and not location_exists(union, "附則第5項")

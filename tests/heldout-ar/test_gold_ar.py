"""The fresh 2016 held-out set "ar"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ar``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="hibara-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_every_draft_has_the_mechanism_so_no_defect_is_unseeded() -> None:
    for path in GOLDS:
        g = gold(path)
        assert all(d["seeded"] for d in g["defects"]), g["draft"]
        assert "非識別加工情報の利用に関する契約" in _read(g["draft"].removesuffix(".txt"))


def test_no_seeded_defect_is_repeated_across_drafts() -> None:
    seen: dict[tuple, str] = {}
    for path in GOLDS:
        g = gold(path)
        for d in g["defects"]:
            key = (acc.requirements_of(d), d["kind"])
            assert key not in seen, (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]
    assert len(seen) == 26


def test_the_article_counter_reads_kanji_full_width_and_arabic() -> None:
    clean = articles(_read("hibara-cho"))
    assert clean[0] == "1条" and clean[-1] == "37条" and len(clean) == 37
    town = articles(_read("sokoda-cho"))
    assert town[-1] == "31条" and len(town) == 31
    ward = articles(_read("nukisawa-ku"))
    assert ward[-1] == "31条" and len(ward) == 31
    prefecture = articles(_read("tateoka-ken"))
    assert prefecture[-1] == "34条" and len(prefecture) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("osano-shi")
    assert location_exists(city, "第4章第2節") and not location_exists(city, "第4章第4節")
    assert location_exists(city, "附則第3項") and not location_exists(city, "目次")
    town = _read("sokoda-cho")
    assert location_exists(town, "第15条第2項") and not location_exists(town, "第15条第4項")
    assert location_exists(town, "附則第3項") and not location_exists(town, "附則第4項")
    prefecture = _read("tateoka-ken")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "第35条")
    ward = _read("nukisawa-ku")
    assert location_exists(ward, "第4条第3項") and not location_exists(ward, "第4条第4項")

"""The fresh 2016 held-out set "ch"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ch``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="kanameishi-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_carries_an_unseeded_defect_and_no_defect_is_seeded_twice() -> None:
    # the village records its choice not to introduce the mechanism, so it has no consequential C0
    assert [d for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    seen = [(acc.requirements_of(d)[0], d["kind"]) for p in GOLDS for d in gold(p)["defects"]]
    assert len(seen) == len(set(seen)) == 24
    # and the seeded defects spread over every point of the profile
    assert {rid[0] for p in GOLDS for d in gold(p)["defects"] for rid in acc.requirements_of(d)} == set("ABCO")


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    ward = articles(_read("iwakurazaka-ku"))
    assert ward[0] == "1条" and ward[-1] == "30条" and len(ward) == 30
    village = articles(_read("saegahara-mura"))
    assert "15条" not in village and village[-1] == "25条" and len(village) == 24
    town = articles(_read("kanameishi-cho"))
    assert town[-1] == "38条" and len(town) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = _read("iwakurazaka-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第19条第3項")
    assert not location_exists(ward, "第31条")
    village = _read("saegahara-mura")
    assert location_exists(village, "第16条") and not location_exists(village, "第15条")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")
    union = _read("tsukanokoshi-koiki")
    assert location_exists(union, "附則第2条") and not location_exists(union, "附則第3条")
    assert location_exists(union, "第4章") and not location_exists(union, "第7章")

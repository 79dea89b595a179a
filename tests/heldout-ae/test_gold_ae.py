"""The fresh 2016 held-out set "ae"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ae``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番 articles,
paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="kaedegaoka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["mukunoki-ku.txt"]
    assert [acc.requirements_of(d) for d in unseeded["mukunoki-ku.txt"]] == [("C0",)]
    assert "非識別" not in _read("mukunoki-ku")
    assert all("非識別加工情報の提供" in _read(n) for n in ("kaedegaoka-shi", "keyakizaka-shi", "kayano-shi", "ichiihara-shi"))


def test_the_article_counter_reads_branch_numbers_full_width_and_kanji() -> None:
    city = articles(_read("kaedegaoka-shi"))
    assert city[-1] == "24条" and len(city) == 37
    assert [a for a in city if "の" in a] == [f"16条の{n}" for n in range(2, 15)]
    ward = articles(_read("mukunoki-ku"))
    assert ward[-1] == "28条" and [a for a in ward if "の" in a] == ["6条の2", "10条の2"] and len(ward) == 30
    assert len(articles(_read("keyakizaka-shi"))) == 36
    assert [a for a in articles(_read("kayano-shi")) if "の" in a] == ["9条の2", "20条の2"]
    assert [a for a in articles(_read("ichiihara-shi")) if "の" in a] == ["10条の2", "24条の2", "24条の3"]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("keyakizaka-shi")
    assert location_exists(city, "第16条") and not location_exists(city, "第8条の2")
    assert not location_exists(city, "第37条") and location_exists(city, "附則第2項")
    ichiihara = _read("ichiihara-shi")
    assert location_exists(ichiihara, "第18条") and location_exists(ichiihara, "第24条の3")
    assert not location_exists(ichiihara, "第24条の4") and location_exists(ichiihara, "附則第3項")
    kaede = _read("kaedegaoka-shi")
    assert location_exists(kaede, "附則（令和3年9月28日楓ケ丘市条例第30号）第2項")
    assert not location_exists(kaede, "附則第2項") and location_exists(kaede, "第4章の2")
    assert not location_exists(_read("kayano-shi"), "第17条第4項")

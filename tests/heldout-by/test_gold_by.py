"""The fresh 2016 held-out set "by"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-by``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import acc, articles, common_gold_tests, gold
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="okunoin-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["niomondaira-koiki.txt"]
    assert [acc.requirements_of(d) for d in unseeded["niomondaira-koiki.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("niomondaira-koiki")


def test_the_article_counter_reads_kanji_branch_articles_and_full_width_numbers() -> None:
    prefecture = articles(_read("shorodake-ken"))
    assert "18条の2" in prefecture and "18条の11" in prefecture
    assert prefecture[-1] == "26条" and len(prefecture) == 36
    village = articles(_read("okunoin-mura"))
    assert village[0] == "1条" and village[-1] == "32条" and len(village) == 32
    town = articles(_read("ishidanbara-cho"))
    assert town[-1] == "31条" and len(town) == 31


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("shorodake-ken")
    assert location_exists(prefecture, "第18条の8第1項") and not location_exists(prefecture, "第18条の12")
    city = _read("sandomae-shi")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")
    union = _read("niomondaira-koiki")
    assert location_exists(union, "附則第4項") and not location_exists(union, "附則第5項")
    assert location_exists(union, "目次") and not location_exists(union, "第25条")

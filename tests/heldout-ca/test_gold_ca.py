"""The fresh 2016 held-out set "ca"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ca``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="kakimine-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["budodani-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["budodani-shobo-kumiai.txt"]] == [("C0",)]


def test_the_article_counter_reads_kanji_full_width_deleted_articles_and_a_gap() -> None:
    city = articles(_read("kakinohara-shi"))  # kanji numbers, 第九条 and 第十六条 削除 still counted
    assert city[-1] == "39条" and len(city) == 39 and "9条" in city and "16条" in city
    ward = articles(_read("anzuzaka-ku"))  # full-width digits; the 読替え table rows are not articles
    assert ward[-1] == "32条" and len(ward) == 32
    town = articles(_read("nashimoto-cho"))  # 第16条 is missing
    assert "16条" not in town and town[-1] == "38条" and len(town) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("nashimoto-cho")
    assert location_exists(town, "附則第3条") and not location_exists(town, "附則第4条")
    assert location_exists(town, "第17条") and not location_exists(town, "第16条")
    ward = _read("anzuzaka-ku")
    assert location_exists(ward, "第18条第3項") and not location_exists(ward, "第42条")
    union = _read("budodani-shobo-kumiai")
    assert location_exists(union, "附則第3項") and not location_exists(union, "目次")
    prefecture = _read("kakimine-ken")
    assert location_exists(prefecture, "第2条第11項") and not location_exists(prefecture, "第2条第12項")

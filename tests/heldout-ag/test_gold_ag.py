"""The fresh 2016 held-out set "ag"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ag``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings with 枝番 such as 第4章の2 / 第三章の二, 附則 headings), independent of
``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="takaryo-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_no_draft_carries_a_consequential_defect_every_one_has_the_mechanism() -> None:
    assert [d for p in GOLDS for d in gold(p)["defects"] if not d["seeded"]] == []
    assert all("非識別加工情報の提供" in _read(gold(p)["draft"].removesuffix(".txt")) for p in GOLDS)


def test_the_article_counter_reads_each_numbering() -> None:
    city = articles(_read("nokogirione-shi"))
    assert city[-1] == "34条" and len(city) == 34
    town = articles(_read("kazakoshitoge-cho"))
    assert town[-1] == "33条" and len(town) == 33
    prefecture = articles(_read("takaryo-ken"))
    assert prefecture[-1] == "37条" and len(prefecture) == 37
    village = articles(_read("sasatoge-mura"))
    assert village[-1] == "24条" and len(village) == 24


def test_branch_chapters_and_supplementary_provisions_are_read_and_missing_ones_refused() -> None:
    city = _read("nokogirione-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第4章の2第3節")
    assert not location_exists(city, "第4章の3") and not location_exists(city, "第25条第4項")
    town = _read("kazakoshitoge-cho")
    assert location_exists(town, "第3章の2") and not location_exists(town, "第5章の2")
    union = _read("komakura-koiki")
    assert location_exists(union, "附則第2条") and not location_exists(union, "附則第5条")
    village = _read("sasatoge-mura")
    assert location_exists(village, "附則第4項") and not location_exists(village, "目次")

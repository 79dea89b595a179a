"""The fresh 2016 held-out set "bh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bh``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, 枝番
articles, paragraph numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="yashiromori-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_city_without_a_recorded_decision_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["yashirodai-shi.txt"]
    assert [acc.requirements_of(d) for d in unseeded["yashirodai-shi.txt"]] == [("C0",)]
    # the town and the village record their choice not to introduce the mechanism, so no C0 there
    assert "非識別加工情報の提供" in _read("toriimoto-cho") and "非識別加工情報の提供" in _read("yashiromori-mura")


def test_the_article_counter_reads_branch_numbers_kanji_and_full_width() -> None:
    prefecture = articles(_read("kanenari-ken"))
    assert "21条の2" in prefecture and "21条の5" in prefecture and "21条の6" not in prefecture
    assert prefecture[-1] == "26条" and len(prefecture) == 30
    town = articles(_read("toriimoto-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    city = articles(_read("sanmonhara-shi"))
    assert city[-1] == "22条" and len(city) == 22


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("kanenari-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第21条の4")
    assert not location_exists(prefecture, "第21条の6")
    city = _read("yashirodai-shi")
    assert location_exists(city, "第18条第1項") and not location_exists(city, "第27条")
    town = _read("toriimoto-cho")
    assert location_exists(town, "附則第5条") and not location_exists(town, "附則第6条")
    village = _read("yashiromori-mura")
    assert location_exists(village, "附則第4項") and not location_exists(village, "附則第5項")
    assert not location_exists(village, "目次")

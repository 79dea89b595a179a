"""The fresh 2016 held-out set "aw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-aw``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="yuhara-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["rakuyakigawa-suido-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["rakuyakigawa-suido-kumiai.txt"]] == [("C0",)]


def test_the_article_counter_reads_branch_numbers_kanji_full_width_and_a_gap() -> None:
    city = articles(_read("kamamoto-shi"))
    assert "22条の2" in city and "22条の12" in city and "22条の13" not in city
    town = articles(_read("suyakino-cho"))
    assert "18条の12" in town and "10条" in town and town[-1] == "23条"
    prefecture = articles(_read("noborigama-ken"))
    assert prefecture[0] == "1条" and "35条" in prefecture
    union = articles(_read("rakuyakigawa-suido-kumiai"))
    assert "13条" not in union and union[-1] == "23条" and len(union) == 22


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("kamamoto-shi")
    assert location_exists(city, "第22条の12第4項") and not location_exists(city, "第22条の13")
    assert location_exists(city, "目次") and location_exists(city, "附則")
    town = _read("suyakino-cho")
    assert location_exists(town, "第2条第10項") and not location_exists(town, "第2条第11項")
    union = _read("rakuyakigawa-suido-kumiai")
    assert location_exists(union, "第14条") and not location_exists(union, "第13条")
    clean = _read("yuhara-shi")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "第38条")

"""The fresh 2016 held-out set "bt"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bt``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="itokuri-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["itoguruma-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["itoguruma-shobo-kumiai.txt"]] == [("C0",)]


def test_no_seeded_defect_is_repeated_across_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        g = gold(p)
        for d in (d for d in g["defects"] if d["seeded"]):
            key = (acc.requirements_of(d), d["rule"], d["kind"])
            assert key not in seen, (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_full_width_deleted_articles_and_a_gap() -> None:
    union = articles(_read("itoguruma-shobo-kumiai"))
    assert "13条" not in union and union[-1] == "25条" and len(union) == 24
    city = articles(_read("hinoura-shi"))  # 第７条 and 第１１条 削除 still count as articles
    assert {"7条", "11条"} <= set(city) and city[-1] == "36条" and len(city) == 36
    assert len(articles(_read("hatayahara-shi"))) == 26
    assert len(articles(_read("kaseda-cho"))) == 36
    assert articles(_read("itokuri-mura"))[-1] == "35条"


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    long_article = _read("hatayahara-shi")
    assert location_exists(long_article, "第20条第18項") and not location_exists(long_article, "第20条第19項")
    assert not location_exists(long_article, "目次") and not location_exists(long_article, "第2章")
    city = _read("hinoura-shi")
    assert location_exists(city, "附則(平成29年12月22日条例第36号)第2項")
    assert not location_exists(city, "附則(平成29年12月22日条例第36号)第3項")
    assert location_exists(city, "第4章") and not location_exists(city, "第7章")
    town = _read("kaseda-cho")
    assert location_exists(town, "附則第2条") and not location_exists(town, "附則第3条")
    assert location_exists(town, "第3条第4項") and not location_exists(town, "第3条第5項")
    union = _read("itoguruma-shobo-kumiai")
    assert location_exists(union, "第14条") and not location_exists(union, "第13条")

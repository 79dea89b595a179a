"""The fresh 2016 held-out set "bx"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bx``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="warabuki-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["tawaragi-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["tawaragi-shobo-kumiai.txt"]] == [("C0",)]


def test_no_seeded_defect_is_repeated_across_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        g = gold(p)
        for d in (d for d in g["defects"] if d["seeded"]):
            key = (acc.requirements_of(d)[0], d["rule"], d["kind"])
            assert key not in seen, (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]
    assert len(seen) == 24


def test_the_article_counter_reads_branch_numbers_a_deleted_article_kanji_and_a_gap() -> None:
    city = articles(_read("warazuka-shi"))  # 第15条 削除 still counts; 枝番 articles count on their own
    assert "15条" in city and "11条の2" in city and "18条の12" in city and city[-1] == "26条" and len(city) == 38
    town = articles(_read("mushirogawa-cho"))
    assert "33条" not in town and town[-1] == "37条" and len(town) == 36
    union = articles(_read("tawaragi-shobo-kumiai"))
    assert union[-1] == "23条" and len(union) == 23
    assert len(articles(_read("minoyama-shi"))) == 29
    village = articles(_read("warabuki-mura"))
    assert village[-1] == "35条" and len(village) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("warazuka-shi")
    assert location_exists(city, "第18条の6") and not location_exists(city, "第18条の13")
    assert location_exists(city, "第3章の2") and location_exists(city, "附則(平成30年3月23日条例第7号)第2項")
    assert not location_exists(city, "附則(平成31年3月22日条例第5号)")
    town = _read("mushirogawa-cho")
    assert location_exists(town, "第34条") and not location_exists(town, "第33条")
    assert not location_exists(town, "目次")
    transposing = _read("minoyama-shi")  # the rows of the 読替え table are not articles
    assert location_exists(transposing, "第20条") and not location_exists(transposing, "第44条の9")
    village = _read("warabuki-mura")
    assert location_exists(village, "第21条第4項") and not location_exists(village, "第21条第5項")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")

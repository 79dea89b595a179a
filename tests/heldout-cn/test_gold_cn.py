"""The fresh 2016 held-out set "cn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cn``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_no_pair_seeded_twice,
    check_seeded_drafts_touch_every_point,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sumiyaki-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["somayama-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["somayama-cho.txt"]] == [("C0",)]
    assert "実施機関非識別加工情報" not in _read("somayama-cho")


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    check_no_pair_seeded_twice(GOLDS)


def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
    check_seeded_drafts_touch_every_point(GOLDS)


def test_the_article_counter_reads_kanji_full_width_branches_and_a_gap() -> None:
    village = articles(_read("sumiyaki-mura"))
    assert village[0] == "1条" and village[-1] == "40条" and len(village) == 40
    branch_city = articles(_read("kamanosawa-shi"))
    assert "8条の2" in branch_city and "20条の15" in branch_city and "20条の6" not in branch_city
    assert branch_city[-1] == "25条" and len(branch_city) == 39
    town = articles(_read("somayama-cho"))
    assert town[-1] == "27条" and len(town) == 27
    city = articles(_read("sumigama-shi"))
    assert city[-1] == "39条" and len(city) == 39
    fire = articles(_read("sumihara-shobo"))
    assert fire[-1] == "34条" and len(fire) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    fire = _read("sumihara-shobo")
    assert location_exists(fire, "第15条第2項") and not location_exists(fire, "第15条第3項")
    assert not location_exists(fire, "目次") and not location_exists(fire, "第1章")
    town = _read("somayama-cho")
    assert location_exists(town, "付則第4条") and not location_exists(town, "付則第5条")
    assert not location_exists(town, "第28条")
    branch_city = _read("kamanosawa-shi")
    assert location_exists(branch_city, "第3章の2") and not location_exists(branch_city, "第20条の6")
    assert location_exists(branch_city, "附則（平成29年12月22日条例第40号）第2項")
    city = _read("sumigama-shi")
    assert location_exists(city, "目次") and location_exists(city, "附則第4項")
    assert not location_exists(city, "附則第5項") and not location_exists(city, "第40条")
    village = _read("sumiyaki-mura")
    assert location_exists(village, "第6章") and location_exists(village, "第29条第3項")
    assert not location_exists(village, "第7章") and not location_exists(village, "第41条")

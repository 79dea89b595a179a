"""The fresh 2016 held-out set "dt"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dt``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_no_pair_seeded_twice,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="umenotani-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["yuzugaoka-shobo-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["yuzugaoka-shobo-kumiai.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("yuzugaoka-shobo-kumiai")


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    assert check_no_pair_seeded_twice(GOLDS) == 24


def test_the_article_counter_reads_branches_deleted_articles_kanji_and_full_width() -> None:
    city = articles(_read("mikanohara-shi"))
    assert "18条の2" in city and "18条の11" in city and "18条の12" not in city and len(city) == 33
    town = articles(_read("biwanoura-cho"))
    assert "13条" in town and "21条" in town and town[-1] == "31条" and len(town) == 31
    clean = articles(_read("umenotani-mura"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38
    assert len(articles(_read("umezono-ku"))) == 27
    assert len(articles(_read("yuzugaoka-shobo-kumiai"))) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("mikanohara-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "付則第3条")
    assert not location_exists(city, "第18条の12") and not location_exists(city, "付則第4条")
    clean = _read("umenotani-mura")
    assert location_exists(clean, "目次") and location_exists(clean, "第7章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第39条") and not location_exists(clean, "附則第5項")
    union = _read("yuzugaoka-shobo-kumiai")
    assert not location_exists(union, "目次") and location_exists(union, "附則第3項")
    ward = _read("umezono-ku")
    assert location_exists(ward, "第24条第5項") and not location_exists(ward, "第28条")


def test_the_seeded_reference_and_numbering_defects_are_where_the_gold_says() -> None:
    assert "第18条の12第１項の基準" in _read("mikanohara-shi")
    town = _read("biwanoura-cho")
    assert "第十三条　削除" in town and "第十三条第一項の規定により意見書" in town
    assert "四　個人情報の記録項目\n六　要配慮個人情報" in _read("umezono-ku")
    assert "平成15年法律第57号）第２条第３項" in _read("umezono-ku")
    assert "（平成十五年法律第五十七号）の規定により刑" in town

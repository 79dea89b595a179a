"""The fresh 2016 held-out set "ds"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ds``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="tomoshima-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["funakai-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["funakai-mura.txt"]] == [("C0",)]
    village = _read("funakai-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の提案の募集" in village


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    assert check_no_pair_seeded_twice(GOLDS) == 24


def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
    check_seeded_drafts_touch_every_point(GOLDS)


def test_the_article_counter_reads_kanji_full_width_half_width_and_a_gap() -> None:
    village = articles(_read("funakai-mura"))
    assert "14条" not in village and village[-1] == "25条" and len(village) == 24
    prefecture = articles(_read("tomoshima-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "40条" and len(prefecture) == 40
    assert len(articles(_read("hokagezaki-shi"))) == 35
    assert len(articles(_read("kaijima-shi"))) == 36
    assert len(articles(_read("homachijima-koiki"))) == 33


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("funakai-mura")
    assert location_exists(village, "第9条第2項") and not location_exists(village, "第9条第3項")
    assert not location_exists(village, "第14条") and not location_exists(village, "目次")
    prefecture = _read("tomoshima-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第3章第3節")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    assert not location_exists(prefecture, "第41条")
    union = _read("homachijima-koiki")
    assert location_exists(union, "付則第2項") and not location_exists(union, "付則第3項")
    city = _read("kaijima-shi")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")


def test_the_seeded_references_are_where_the_gold_says() -> None:
    city = _read("kaijima-shi")
    assert "第4章 市非識別加工情報の提供（第20条―第30条）" in city and "\n第31条 " in city
    assert "第5章 個人情報保護審議会（第31条）" in city and "\n第32条 " in city
    harbour = _read("hokagezaki-shi")
    assert "（２）　第２２条各号（第２６条において準用する場合を含む。）" in harbour
    assert "平成３０年６月２９日" in harbour and "平成３０年４月１日から施行する" in harbour
    union = _read("homachijima-koiki")
    assert "（以下この条において「受託者」という。）" in union and union.count("受託者") == 3
    assert union.count("広域連合非識別加工情報取扱事業者") == 1 and "契約を解除することができる" not in union

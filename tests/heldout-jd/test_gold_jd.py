"""The fresh 2016 held-out set "jd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shobugaike-ken.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hishigata-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "hishigata-mura")
    assert "非識別加工情報の提供" in read_draft(HERE, "shobugaike-ken")


def test_the_article_counter_reads_arabic_full_width_and_kanji_numbers() -> None:
    assert len(articles(read_draft(HERE, "shobuzawa-ku"))) == 37
    town = articles(read_draft(HERE, "hishinuma-cho"))
    assert town[0] == "1条" and town[-1] == "24条" and len(town) == 24
    city = articles(read_draft(HERE, "suirengaoka-shi"))
    assert city[-1] == "37条" and len(city) == 37
    village = articles(read_draft(HERE, "hishigata-mura"))
    assert "5条" in village and len(village) == 25
    clean = articles(read_draft(HERE, "shobugaike-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "shobuzawa-ku")
    assert location_exists(ward, "附則第1項") and not location_exists(ward, "第40条")
    assert not location_exists(ward, "目次") and location_exists(ward, "第4章")
    city = read_draft(HERE, "suirengaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節")
    assert not location_exists(city, "第38条")
    village = read_draft(HERE, "hishigata-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    clean = read_draft(HERE, "shobugaike-ken")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第2項")
    assert not location_exists(clean, "第7章第1節") and not location_exists(clean, "附則第3項")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    ward = read_draft(HERE, "shobuzawa-ku")
    assert "第40条の規定による規則" in ward and "平成15年法律第57号。以下「法」" in ward
    town = read_draft(HERE, "hishinuma-cho")
    assert town.index("法第２条第３項") < town.index("以下「法」という。")
    assert "（３）　人の生命" in town and "（４）" not in town.split("（利用及び提供の制限）")[1].split("２　前項")[0]
    city = read_draft(HERE, "suirengaoka-shi")
    assert city.index("第四章　市長非識別加工情報の提供\n") < city.index("第十八条　")
    assert "容易に照合" in city and "開示決定等" in city and "（以下「開示決定等」" not in city
    village = read_draft(HERE, "hishigata-mura")
    assert "第5条　削除" in village and "第5条の規定により届け出た" in village
    assert "固定資産評価審査委員会" not in village

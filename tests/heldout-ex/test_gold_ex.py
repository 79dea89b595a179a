"""The fresh 2016 held-out set "ex"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="zenizuka-shi.txt", spread=True, every_point=False))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"monmezaka-shi.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "monmezaka-shi")
    assert "非識別加工情報の提案の募集" in read_draft(HERE, "monmezaka-shi")


def test_the_article_counter_reads_each_numbering_style() -> None:
    village = articles(read_draft(HERE, "zenigaya-mura"))
    assert village[0] == "1条" and village[-1] == "30条" and len(village) == 30
    assert len(articles(read_draft(HERE, "monmezaka-shi"))) == 29
    town = articles(read_draft(HERE, "masuzawa-cho"))
    assert "7条" in town and "17条" in town and town[-1] == "31条" and len(town) == 31
    assert len(articles(read_draft(HERE, "shakuno-byoin-kumiai"))) == 27
    clean = articles(read_draft(HERE, "zenizuka-shi"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "zenigaya-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "付則第4条")
    assert not location_exists(village, "第31条") and not location_exists(village, "目次")
    city = read_draft(HERE, "monmezaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章第3節")
    assert location_exists(city, "附則第6項") and not location_exists(city, "第31条")
    authority = read_draft(HERE, "shakuno-byoin-kumiai")
    assert location_exists(authority, "第2条第5項") and location_exists(authority, "第2条第7項")
    assert not location_exists(authority, "第2条第6項")
    clean = read_draft(HERE, "zenizuka-shi")
    assert location_exists(clean, "第4章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "monmezaka-shi")
    assert "第31条第1項の決定" in city and "の全部を改正する" in city and "は、廃止する" in city
    town = read_draft(HERE, "masuzawa-cho")
    assert "第七条　削除" in town and "第五条又は第七条の規定に違反して" in town
    assert "平成十五年法律第五十九号" in town
    village = read_draft(HERE, "zenigaya-mura")
    assert "10万円以下の過料" in village and "規則で定める額の手数料" in village
    authority = read_draft(HERE, "shakuno-byoin-kumiai")
    assert "要配慮情報を取得" in authority and "\n第24条 実施機関は" in authority

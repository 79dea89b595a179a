"""The fresh 2016 held-out set "jk"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="aosaginuma-ken.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sagitobi-shi.txt": ("C0",)})
    city = read_draft(HERE, "sagitobi-shi")
    assert "非識別加工情報の提供" not in city and "「非識別加工情報」とは" in city


def test_the_article_counter_reads_arabic_kanji_and_full_width_numbers() -> None:
    assert len(articles(read_draft(HERE, "ashidanuma-shi"))) == 37
    assert len(articles(read_draft(HERE, "gamanoike-cho"))) == 31
    assert len(articles(read_draft(HERE, "sagitobi-shi"))) == 27
    assert len(articles(read_draft(HERE, "ashinezawa-suido-kigyodan"))) == 27
    clean = articles(read_draft(HERE, "aosaginuma-ken"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "ashidanuma-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5条第2項第5号")
    assert location_exists(city, "第36条") and not location_exists(city, "第38条")
    town = read_draft(HERE, "gamanoike-cho")
    assert location_exists(town, "附則第1条") and not location_exists(town, "目次")
    clean = read_draft(HERE, "aosaginuma-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")
    authority = read_draft(HERE, "ashinezawa-suido-kigyodan")
    assert location_exists(authority, "第5章") and not location_exists(authority, "第28条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "ashidanuma-shi")
    assert "第28条第3項の業務" in city and "10万円以下の過料" in city
    assert city.index("審議会の意見") < city.index("（以下「審議会」という。）")
    town = read_draft(HERE, "gamanoike-cho")
    assert "平成十五年法律第五十九号" in town and "他の情報と容易に照合" in town
    authority = read_draft(HERE, "ashinezawa-suido-kigyodan")
    assert "）第２条第２項に規定する個人識別符号" in authority and "開示決定等" in authority
    assert "「開示決定等」" not in authority
    small = read_draft(HERE, "sagitobi-shi")
    assert "(3)　他の実施機関" in small and "(4)　前3号" in small and "(5)　前各号" in small

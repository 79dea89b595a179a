"""The fresh 2016 held-out set "fe"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="oiwakejuku-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kamisekido-cho.txt": ("C0",)})
    town = read_draft(HERE, "kamisekido-cho")
    assert "実施機関非識別加工情報" not in town and "非識別加工情報の提案を募集する" in town


def test_the_article_counter_reads_kanji_full_width_arabic_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "hatagonoseki-shi"))
    assert city[0] == "1条" and city[-1] == "32条" and len(city) == 32
    town = articles(read_draft(HERE, "kamisekido-cho"))
    assert town[-1] == "25条" and len(town) == 25
    prefecture = articles(read_draft(HERE, "kumotoge-ken"))
    assert prefecture[-1] == "37条" and len(prefecture) == 37
    assert len(articles(read_draft(HERE, "nakajuku-koiki"))) == 28
    clean = articles(read_draft(HERE, "oiwakejuku-shi"))
    assert "20条の2" in clean and "20条の14" in clean and clean[-1] == "26条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hatagonoseki-shi")
    assert location_exists(city, "目次") and location_exists(city, "附則第2項")
    assert not location_exists(city, "附則第3項") and not location_exists(city, "第33条")
    town = read_draft(HERE, "kamisekido-cho")
    assert not location_exists(town, "目次") and location_exists(town, "付則第3項")
    assert not location_exists(town, "付則第4項") and not location_exists(town, "第26条")
    prefecture = read_draft(HERE, "kumotoge-ken")
    assert location_exists(prefecture, "第6章") and not location_exists(prefecture, "第7章")
    assert location_exists(prefecture, "第9条第2項") and not location_exists(prefecture, "第9条第3項")
    authority = read_draft(HERE, "nakajuku-koiki")
    assert not location_exists(authority, "目次") and location_exists(authority, "第28条第3項")
    clean = read_draft(HERE, "oiwakejuku-shi")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "第2条第11項")
    assert not location_exists(clean, "第20条の15") and not location_exists(clean, "附則第5項")


def test_the_seeded_reference_and_date_defects_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "kumotoge-ken")
    assert "第９条第３項の受託業務" in prefecture and "前条第２項の受託業務" in prefecture
    city = read_draft(HERE, "hatagonoseki-shi")
    assert "平成30年9月28日" in city and "平成30年4月1日から施行します" in city
    assert city.index("審査会に諮問") < city.index("（以下「審査会」といいます。）")
    authority = read_draft(HERE, "nakajuku-koiki")
    assert "開示決定等" in authority and "（以下「開示決定等」" not in authority

"""The fresh 2016 held-out set "im"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yukiakari-shi.txt", spread=True, every_point=True))


def test_only_the_fire_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yukigakoi-shobo-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "yukigakoi-shobo-kumiai")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "fubukino-shi"))
    assert city[0] == "1条" and city[-1] == "25条" and len(city) == 25
    authority = articles(read_draft(HERE, "yukigakoi-shobo-kumiai"))
    assert "15条" not in authority and authority[-1] == "23条" and len(authority) == 22
    assert len(articles(read_draft(HERE, "tsuraragi-shi"))) == 29
    assert len(articles(read_draft(HERE, "kamakurada-mura"))) == 22
    clean = articles(read_draft(HERE, "yukiakari-shi"))
    assert "12条" in clean and "14条" in clean and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "fubukino-shi")
    assert location_exists(city, "第2条第4号") and location_exists(city, "第12条第3項")
    assert not location_exists(city, "第26条") and not location_exists(city, "第16条第5項")
    authority = read_draft(HERE, "yukigakoi-shobo-kumiai")
    assert location_exists(authority, "附則第1項") and not location_exists(authority, "第15条")
    assert not location_exists(authority, "目次")
    full_width = read_draft(HERE, "tsuraragi-shi")
    assert location_exists(full_width, "目次") and location_exists(full_width, "第5条第2項")
    clean = read_draft(HERE, "yukiakari-shi")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条")


def test_the_dangling_reference_and_the_table_of_contents_point_where_the_gold_says() -> None:
    city = read_draft(HERE, "fubukino-shi")
    assert "第十六条第五項の受託業務" in city and "５　" not in city.split("（識別行為の禁止等）")[1].split("第三章")[0]
    full_width = read_draft(HERE, "tsuraragi-shi")
    assert "第４章　市非識別加工情報の提供（第１６条―第２４条）" in full_width
    chapter4 = full_width.split("　　　第４章")[1].split("　　　第５章")[0]
    assert "第２５条" in chapter4
    authority = read_draft(HERE, "yukigakoi-shobo-kumiai")
    assert "令和元年12月20日" in authority and "令和元年10月1日から施行" in authority

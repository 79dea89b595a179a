"""The fresh 2016 held-out set "gq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="mizusashi-shi.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"rakugan-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "rakugan-cho")
    # the leftover ファイル簿 item is the town's seeded C20, not a mechanism
    assert "非識別加工情報の提案を募集する個人情報ファイルである旨" in read_draft(HERE, "rakugan-cho")


def test_the_article_counter_reads_full_width_branches_kanji_and_arabic() -> None:
    pref = articles(read_draft(HERE, "chasendani-ken"))
    assert "12条の2" in pref and "12条の14" in pref and "12条の15" not in pref
    assert pref[-1] == "27条" and len(pref) == 40
    city = articles(read_draft(HERE, "nijiriguchi-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    assert len(articles(read_draft(HERE, "rakugan-cho"))) == 22
    assert len(articles(read_draft(HERE, "yokanzaka-saijo-kigyodan"))) == 30
    assert len(articles(read_draft(HERE, "mizusashi-shi"))) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "chasendani-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "附則第2項")
    assert not location_exists(pref, "第12条の15") and not location_exists(pref, "附則第3項")
    town = read_draft(HERE, "rakugan-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第2条第7項")
    assert not location_exists(town, "第23条") and not location_exists(town, "第2条第8項")
    authority = read_draft(HERE, "yokanzaka-saijo-kigyodan")
    assert location_exists(authority, "付則第2項") and not location_exists(authority, "附則第3項")
    clean = read_draft(HERE, "mizusashi-shi")
    assert location_exists(clean, "第12条第4項") and not location_exists(clean, "第39条")


def test_the_seeded_reference_and_numbering_defects_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "nijiriguchi-shi")
    assert "第十条第三項の受託業務" in city and "\n３　" not in city.split("第十条")[1].split("第十一条")[0]
    authority = read_draft(HERE, "yokanzaka-saijo-kigyodan")
    disq = authority.split("（欠格事由）")[1].split("（提案の審査等）")[0]
    assert "(3)" in disq and "(4)" not in disq and "(5)" in disq
    assert "「削除情報」" not in authority and "削除情報" in authority
    pref = read_draft(HERE, "chasendani-ken")
    assert "第１２条の２―第１２条の１３" in pref and "第１２条の１４　" in pref
    assert "平成１５年法律第５７号" in pref

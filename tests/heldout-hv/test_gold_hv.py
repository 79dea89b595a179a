"""The fresh 2016 held-out set "hv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="satsukibara-shi.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ayameda-shi.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "ayameda-shi")
    assert "非識別加工情報の作成に関する基準" in read_draft(HERE, "ayameda-shi")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "ayameda-shi"))
    assert "8条の2" in city and "11条の2" in city and "15条" not in city
    assert city[-1] == "28条" and len(city) == 29
    authority = articles(read_draft(HERE, "koigafuchi-byoin-kigyodan"))
    assert authority[0] == "1条" and authority[-1] == "33条" and len(authority) == 33
    clean = articles(read_draft(HERE, "satsukibara-shi"))
    assert clean[-1] == "39条" and len(clean) == 39
    assert len(articles(read_draft(HERE, "satsukinobori-ku"))) == 28
    assert len(articles(read_draft(HERE, "fukinagashi-cho"))) == 27


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "satsukibara-shi")
    assert location_exists(clean, "目次") and location_exists(clean, "第3章第3節")
    assert location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")
    assert not location_exists(clean, "第40条")
    town = read_draft(HERE, "fukinagashi-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "付則第3条")
    assert not location_exists(town, "目次")
    authority = read_draft(HERE, "koigafuchi-byoin-kigyodan")
    assert location_exists(authority, "第26条第3項") and not location_exists(authority, "第26条第4項")
    ward = read_draft(HERE, "satsukinobori-ku")
    assert location_exists(ward, "附則第3項") and not location_exists(ward, "第29条")


def test_the_seeded_dangling_reference_and_date_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "koigafuchi-byoin-kigyodan")
    assert "第二十六条第四項の受託業務" in authority
    assert "企業長が別に定める額" in authority
    town = read_draft(HERE, "fukinagashi-cho")
    assert "令和元年12月13日" in town and "令和元年12月1日から施行する" in town
    assert "3年以下の懲役" in read_draft(HERE, "satsukinobori-ku")

"""The fresh 2016 held-out set "gj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="okuyashiro-mura.txt", spread=True, pairs=24))


def test_only_the_prefecture_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sandozaka-ken.txt": ("C0",)})
    prefecture = read_draft(HERE, "sandozaka-ken")
    assert "非識別加工情報の提供" not in prefecture and "非識別加工情報の作成に用いる加工の基準" in prefecture


def test_the_article_counter_reads_arabic_kanji_full_width_a_branch_and_deleted_articles() -> None:
    town = articles(read_draft(HERE, "kasagitorii-cho"))
    assert "22条の2" in town and town[-1] == "29条" and len(town) == 30
    prefecture = articles(read_draft(HERE, "sandozaka-ken"))
    assert "9条" in prefecture and "14条" in prefecture and prefecture[-1] == "25条" and len(prefecture) == 25
    city = articles(read_draft(HERE, "yashiroguchi-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    assert len(articles(read_draft(HERE, "toriimae-shobo-kumiai"))) == 29
    clean = articles(read_draft(HERE, "okuyashiro-mura"))
    assert clean[-1] == "35条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "kasagitorii-cho")
    assert location_exists(town, "第2章第2節") and location_exists(town, "第22条の2")
    assert not location_exists(town, "目次") and not location_exists(town, "第30条")
    prefecture = read_draft(HERE, "sandozaka-ken")
    assert location_exists(prefecture, "第9条") and location_exists(prefecture, "附則第3項")
    assert not location_exists(prefecture, "目次") and not location_exists(prefecture, "第26条")
    city = read_draft(HERE, "yashiroguchi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章")
    assert not location_exists(city, "第36条") and not location_exists(city, "第8条第3項")
    authority = read_draft(HERE, "toriimae-shobo-kumiai")
    assert not location_exists(authority, "第1章") and location_exists(authority, "第2条第11項")
    assert not location_exists(authority, "第31条") and location_exists(authority, "附則第2項")
    clean = read_draft(HERE, "okuyashiro-mura")
    assert location_exists(clean, "目次") and location_exists(clean, "第7章") and not location_exists(clean, "第8章")
    assert location_exists(clean, "第25条第5項") and not location_exists(clean, "第36条")


def test_the_seeded_drafting_defects_are_in_the_text_where_the_gold_says() -> None:
    assert "平成15年法律第57号。以下「法」という。" in read_draft(HERE, "kasagitorii-cho")
    authority = read_draft(HERE, "toriimae-shobo-kumiai")
    assert "第31条第3項の委託" in authority and "10万円以下の過料" in authority
    city = read_draft(HERE, "yashiroguchi-shi")
    assert "第５章　市非識別加工情報の提供（第２０条―第２８条）" in city and "第２９条　市非識別" in city
    prefecture = read_draft(HERE, "sandozaka-ken")
    assert "第九条　削除" in prefecture and "第九条の規定に違反して提供" in prefecture
    assert "平成二十九年十月十三日" in prefecture and "平成二十九年五月三十日から施行" in prefecture

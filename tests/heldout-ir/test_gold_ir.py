"""The fresh 2016 held-out set "ir"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="isaribi-mura.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"toumyo-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "toumyo-cho")


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "toumyo-cho"))
    assert town[0] == "1条" and town[-1] == "26条" and len(town) == 26
    city = articles(read_draft(HERE, "misakibi-shi"))
    assert "15条の5" not in city and "15条の6" in city and city[-1] == "21条" and len(city) == 31
    assert len(articles(read_draft(HERE, "isaribi-mura"))) == 39
    assert len(articles(read_draft(HERE, "shiosaiura-shi"))) == 30
    assert len(articles(read_draft(HERE, "hinomisaki-byoin-kumiai"))) == 30


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "toumyo-cho")
    assert location_exists(town, "附則第3項") and not location_exists(town, "第27条")
    assert not location_exists(town, "目次")
    metro = read_draft(HERE, "shiosaiura-shi")
    assert location_exists(metro, "目次") and location_exists(metro, "第4章")
    clean = read_draft(HERE, "isaribi-mura")
    assert not location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第5項")
    authority = read_draft(HERE, "hinomisaki-byoin-kumiai")
    assert location_exists(authority, "第26条第3項") and not location_exists(authority, "第31条")


def test_the_seeded_slips_are_in_the_text_where_the_gold_says() -> None:
    town = read_draft(HERE, "toumyo-cho")
    assert "第二十七条の規定によりされた開示請求" in town and "十万円以下の過料" in town
    metro = read_draft(HERE, "shiosaiura-shi")
    assert "第4章　非識別加工情報の提供（第18条―第25条）" in metro and "第4章　実施機関非識別加工情報の提供\n" in metro
    assert "「開示決定等」" not in metro and "開示決定等、訂正決定等" in metro
    authority = read_draft(HERE, "hinomisaki-byoin-kumiai")
    assert "\n第21条　実施機関は" in authority and "（作成" not in authority.split("第20条")[1].split("第21条")[0]

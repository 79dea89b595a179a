"""The fresh 2016 held-out set "fn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kamabayashi-ku.txt", spread=True, every_point=True))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sueyama-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "sueyama-cho")
    assert "非識別加工情報の提案の募集" in read_draft(HERE, "sueyama-cho")  # the leftover of C20


def test_the_article_counter_reads_kanji_full_width_deleted_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "kamaishizaka-shi"))
    assert "4条" in city and "11条" in city and len(city) == 32
    town = articles(read_draft(HERE, "sueyama-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    prefecture = articles(read_draft(HERE, "akatsuchi-ken"))
    assert "17条の3" in prefecture and "17条の4" not in prefecture and "17条の14" in prefecture
    assert len(prefecture) == 38
    assert len(articles(read_draft(HERE, "donabedani-kouiki"))) == 25
    clean = articles(read_draft(HERE, "kamabayashi-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "akatsuchi-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第17条の5")
    assert not location_exists(prefecture, "第17条の4") and not location_exists(prefecture, "第27条")
    authority = read_draft(HERE, "donabedani-kouiki")
    assert not location_exists(authority, "目次") and location_exists(authority, "付則")
    assert location_exists(authority, "第15条第2項") and not location_exists(authority, "第26条")
    clean = read_draft(HERE, "kamabayashi-ku")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_defects_are_in_the_text() -> None:
    city = read_draft(HERE, "kamaishizaka-shi")
    assert "第4条 削除" in city and "第4条の規定により公表された" in city
    assert "10万円以下の過料" in city and city.index("審議会の意見") < city.index("(以下「審議会」という。)")
    assert "平成十五年法律第五十七号）の趣旨" in read_draft(HERE, "sueyama-cho")
    assert "第２条第２項に規定する個人識別符号" in read_draft(HERE, "donabedani-kouiki")
    assert "５万円以下の過料" in read_draft(HERE, "akatsuchi-ken")
    assert "5万円以下の過料" in read_draft(HERE, "kamabayashi-ku")

"""The fresh 2016 held-out set "el"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="natsumeura-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"chashakuzawa-mura.txt": ("C0",)})
    village = read_draft(HERE, "chashakuzawa-mura")
    assert "非識別加工情報の提供" not in village and "第２７条第１項の規定による提案の募集" in village


def test_the_article_counter_reads_kanji_half_width_full_width_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "natsumegamine-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "33条" and len(prefecture) == 33
    town = articles(read_draft(HERE, "chasenbara-cho"))
    assert town[-1] == "27条" and len(town) == 27
    city = articles(read_draft(HERE, "hishakuda-shi"))
    assert "10条の2" in city and "15条の11" in city and city[-1] == "21条" and len(city) == 32
    assert len(articles(read_draft(HERE, "chashakuzawa-mura"))) == 22
    clean = articles(read_draft(HERE, "natsumeura-cho"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "natsumegamine-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第2章第2節")
    assert location_exists(prefecture, "第33条") and not location_exists(prefecture, "第34条")
    town = read_draft(HERE, "chasenbara-cho")
    assert location_exists(town, "付則第2項") and not location_exists(town, "付則第3項")
    city = read_draft(HERE, "hishakuda-shi")
    assert location_exists(city, "第3章の2") and not location_exists(city, "第15条の12")
    assert not location_exists(city, "目次")
    village = read_draft(HERE, "chashakuzawa-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第27条")
    clean = read_draft(HERE, "natsumeura-cho")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "natsumegamine-ken")
    assert "第四章　実施機関非識別加工情報の提供（第十七条―第二十七条）" in prefecture
    assert "（欠格事由）" not in prefecture and "平成十五年法律第五十九号" in prefecture
    town = read_draft(HERE, "chasenbara-cho")
    assert "10万円以下の過料" in town and "契約の解除" not in town
    assert town.index("法第2条第3項") < town.index("以下「法」という")
    city = read_draft(HERE, "hishakuda-shi")
    assert "第１５条の１３各号" in city and "社会的身分" not in city and "意見書" not in city
    village = read_draft(HERE, "chashakuzawa-mura")
    assert "固定資産評価審査委員会" not in village and "（３）　人の生命" in village and "（４）" not in village.split("第６条")[1].split("第７条")[0]

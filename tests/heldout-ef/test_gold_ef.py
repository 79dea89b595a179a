"""The fresh 2016 held-out set "ef"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sumie-ken.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"suzuriishi-mura.txt": ("C0",)})
    village = read_draft(HERE, "suzuriishi-mura")
    assert "非識別加工情報の提供" not in village and "登録簿" in village


def test_the_article_counter_reads_kanji_full_width_and_a_branch_article() -> None:
    city = articles(read_draft(HERE, "bokuchi-shi"))
    assert city[0] == "1条" and city[-1] == "28条" and len(city) == 28
    town = articles(read_draft(HERE, "fudegasaki-cho"))
    assert town[-1] == "27条" and len(town) == 27
    assert len(articles(read_draft(HERE, "suzuriishi-mura"))) == 23
    authority = articles(read_draft(HERE, "shuboku-byoin-kigyodan"))
    assert "15条の2" in authority and authority[-1] == "28条" and len(authority) == 29
    clean = articles(read_draft(HERE, "sumie-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "bokuchi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第29条")
    town = read_draft(HERE, "fudegasaki-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    assert not location_exists(town, "第7条第3項") and not location_exists(town, "第28条")
    village = read_draft(HERE, "suzuriishi-mura")
    assert location_exists(village, "付則第1項") and not location_exists(village, "附則第4項")
    assert location_exists(village, "第8条") and not location_exists(village, "第24条")
    clean = read_draft(HERE, "sumie-ken")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    assert "第七条第三項の規定に違反して" in read_draft(HERE, "fudegasaki-cho")
    assert "十万円以下の過料" in read_draft(HERE, "fudegasaki-cho")
    authority = read_draft(HERE, "shuboku-byoin-kigyodan")
    assert "第16条第1項の提案を募集する" in authority and "意見書を提出する機会" not in authority
    assert "法律第57号" in read_draft(HERE, "bokuchi-shi")
    village = read_draft(HERE, "suzuriishi-mura")
    assert "三　人の生命" in village and "\n四　" in village.split("（利用及び提供の制限）")[0]
    assert "\n四　" not in village.split("（利用及び提供の制限）")[1].split("（職員等の義務）")[0]

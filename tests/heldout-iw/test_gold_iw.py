"""The fresh 2016 held-out set "iw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kinuhata-shi.txt", spread=True, pairs=24))


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hatasuji-suido-kumiai.txt": ("C0",)})
    authority = read_draft(HERE, "hatasuji-suido-kumiai")
    assert "非識別加工情報の提供" not in authority and "非識別加工情報の提案の募集" in authority


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "kinugasaki-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    prefecture = articles(read_draft(HERE, "mayuzumi-ken"))
    assert prefecture[-1] == "29条" and len(prefecture) == 29
    clean = articles(read_draft(HERE, "kinuhata-shi"))
    assert "24条の2" in clean and "24条の11" in clean and clean[-1] == "30条" and len(clean) == 40
    assert len(articles(read_draft(HERE, "kuwanoe-cho"))) == 28
    assert len(articles(read_draft(HERE, "hatasuji-suido-kumiai"))) == 22


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kinugasaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章") and not location_exists(city, "第31条")
    town = read_draft(HERE, "kuwanoe-cho")
    assert location_exists(town, "付則第1項") and not location_exists(town, "目次")
    prefecture = read_draft(HERE, "mayuzumi-ken")
    assert location_exists(prefecture, "第5章") and not location_exists(prefecture, "第10条の2")
    clean = read_draft(HERE, "kinuhata-shi")
    assert location_exists(clean, "第24条の11") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第24条の12") and not location_exists(clean, "第31条")


def test_the_seeded_toc_and_reference_defects_are_in_the_text() -> None:
    city = read_draft(HERE, "kinugasaki-shi")
    assert "第四章　実施機関非識別加工情報の提供（第十八条―第二十四条）" in city and "第二十五条　実施機関は" in city
    assert "第１０条の２の規定に違反した者" in read_draft(HERE, "mayuzumi-ken")
    assert "令和元年6月14日" in read_draft(HERE, "kuwanoe-cho")

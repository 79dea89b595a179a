"""The fresh 2016 held-out set "do"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="toishi-mura.txt", spread=True, every_point=False))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ishizuhara-shobo.txt": ("C0",)})


def test_the_article_counter_reads_branch_articles_full_width_a_gap_and_kanji() -> None:
    prefecture = articles(read_draft(HERE, "iwane-ken"))
    assert "20条の2" in prefecture and "20条の9" in prefecture and prefecture[-1] == "25条" and len(prefecture) == 33
    town = articles(read_draft(HERE, "ishikiri-cho"))
    assert "15条" not in town and town[-1] == "26条" and len(town) == 25
    clean = articles(read_draft(HERE, "toishi-mura"))
    assert clean[0] == "1条" and clean[-1] == "35条" and len(clean) == 35
    assert len(articles(read_draft(HERE, "tomine-shi"))) == 28 and len(articles(read_draft(HERE, "ishizuhara-shobo"))) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tomine-shi")
    assert location_exists(city, "第28条") and not location_exists(city, "第30条")
    town = read_draft(HERE, "ishikiri-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "第15条")
    prefecture = read_draft(HERE, "iwane-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert not location_exists(prefecture, "第20条の10")
    clean = read_draft(HERE, "toishi-mura")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")

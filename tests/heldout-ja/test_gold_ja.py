"""The fresh 2016 held-out set "ja"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="suzurisawa-mura.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"fudenomiya-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "fudenomiya-cho")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_a_branch_article() -> None:
    town = articles(read_draft(HERE, "fudenomiya-cho"))
    assert town[0] == "1条" and town[-1] == "22条" and len(town) == 22
    prefecture = articles(read_draft(HERE, "suzurioka-ken"))
    assert prefecture[-1] == "31条" and len(prefecture) == 31
    union = articles(read_draft(HERE, "kamisukino-saijo-kumiai"))
    assert "16条" not in union and union[-1] == "30条" and len(union) == 29
    assert len(articles(read_draft(HERE, "sumisaka-shi"))) == 31
    clean = articles(read_draft(HERE, "suzurisawa-mura"))
    assert "9条の2" in clean and clean[-1] == "37条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "suzurioka-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "目次")
    assert not location_exists(prefecture, "第32条")
    union = read_draft(HERE, "kamisukino-saijo-kumiai")
    assert not location_exists(union, "第16条") and not location_exists(union, "目次")
    town = read_draft(HERE, "fudenomiya-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    clean = read_draft(HERE, "suzurisawa-mura")
    assert location_exists(clean, "第9条の2") and not location_exists(clean, "第38条")


def test_the_seeded_drafting_slips_are_in_the_text_where_the_gold_says() -> None:
    city = read_draft(HERE, "sumisaka-shi")
    assert "平成15年法律第59号" in city and "第4章　非識別加工情報の提供（第16条―第26条）" in city
    assert "\n第27条" in city
    assert "第２４条第２項において準用する" in read_draft(HERE, "suzurioka-ken")
    assert "行政機関非識別加工情報" in read_draft(HERE, "kamisukino-saijo-kumiai")
    assert "百五十万円以下の罰金" in read_draft(HERE, "fudenomiya-cho")
    assert "行政機関非識別加工情報" not in read_draft(HERE, "suzurisawa-mura")

"""The fresh 2016 held-out set "jg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="budodana-shi.txt", spread=True, pairs=24))


def test_only_the_school_lunch_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tanamine-kyushoku-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "tanamine-kyushoku-kumiai")
    assert "非識別加工情報の作成に係る提案の募集" in read_draft(HERE, "tanamine-kyushoku-kumiai")


def test_the_article_counter_reads_arabic_kanji_full_width_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "budodana-shi"))
    assert "20条の2" in clean and "20条の15" in clean and clean[-1] == "26条" and len(clean) == 40
    assert len(articles(read_draft(HERE, "budozaka-shi"))) == 35
    assert len(articles(read_draft(HERE, "nashiura-cho"))) == 30
    ken = articles(read_draft(HERE, "kajuoka-ken"))
    assert ken[-1] == "36条" and len(ken) == 36
    union = articles(read_draft(HERE, "tanamine-kyushoku-kumiai"))
    assert "12条" in union and len(union) == 24


def test_the_location_reader_finds_and_refuses_provisions() -> None:
    city = read_draft(HERE, "budozaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節")
    assert location_exists(city, "附則第2項") and not location_exists(city, "第40条")
    clean = read_draft(HERE, "budodana-shi")
    assert location_exists(clean, "第20条の15") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "附則第5項")
    union = read_draft(HERE, "tanamine-kyushoku-kumiai")
    assert location_exists(union, "第16条第2項") and not location_exists(union, "第25条")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    assert "第40条の規定" in read_draft(HERE, "budozaka-shi")
    assert "第１２条　削除" in read_draft(HERE, "tanamine-kyushoku-kumiai")
    ken = read_draft(HERE, "kajuoka-ken")
    assert "七　記録情報を当該実施機関以外" in ken and "\n八　記録情報" not in ken
    town = read_draft(HERE, "nashiura-cho")
    assert "平成30年12月14日" in town and "平成30年10月1日から施行します" in town

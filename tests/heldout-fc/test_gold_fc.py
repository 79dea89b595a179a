"""The fresh 2016 held-out set "fc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="andobashi-shi.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shokudai-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "shokudai-mura")


def test_the_article_counter_reads_kanji_full_width_and_deleted_articles() -> None:
    prefecture = articles(read_draft(HERE, "andohira-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "32条" and len(prefecture) == 32
    city = articles(read_draft(HERE, "chochingawa-shi"))
    assert "7条" in city and "10条" in city and len(city) == 26
    assert len(articles(read_draft(HERE, "shokudai-mura"))) == 24
    assert len(articles(read_draft(HERE, "teshoku-shobo-kumiai"))) == 21
    clean = articles(read_draft(HERE, "andobashi-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "andohira-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第2章第2節")
    assert not location_exists(prefecture, "第40条") and location_exists(prefecture, "附則第2項")
    village = read_draft(HERE, "shokudai-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "目次")
    assert not location_exists(village, "第25条")
    clean = read_draft(HERE, "andobashi-shi")
    assert location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")
    assert not location_exists(clean, "第40条")


def test_the_dangling_and_the_deleted_references_point_where_the_gold_says() -> None:
    assert "第四十条第一項の提案" in read_draft(HERE, "andohira-ken")
    city = read_draft(HERE, "chochingawa-shi")
    assert "第7条　削除" in city and "第10条　削除" in city and "又は第10条の規定に違反して" in city

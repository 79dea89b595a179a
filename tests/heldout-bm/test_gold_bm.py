"""The fresh 2016 held-out set "bm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hokakejima-cho.txt", spread=True, every_point=False, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ujima-shi.txt": ("C0",)}, strict=True)


def test_the_article_counter_reads_kanji_full_width_branch_numbers_and_a_gap() -> None:
    town = articles(read_draft(HERE, "chidorimisaki-cho"))  # kanji 条 numbers
    assert town[0] == "1条" and town[-1] == "34条" and len(town) == 34
    prefecture = articles(read_draft(HERE, "kamomenada-ken"))  # full-width, 枝番 of an inserted chapter
    assert prefecture[22:26] == ["22条の2", "22条の3", "22条の4", "22条の5"] and len(prefecture) == 35
    city = articles(read_draft(HERE, "ujima-shi"))
    assert "15条" not in city and city[-1] == "27条" and len(city) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    union = read_draft(HERE, "isose-kumiai")
    assert location_exists(union, "第14条第2項") and not location_exists(union, "第14条第3項")
    city = read_draft(HERE, "ujima-shi")
    assert location_exists(city, "第16条") and not location_exists(city, "第15条")
    prefecture = read_draft(HERE, "kamomenada-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第22条の5")
    assert not location_exists(prefecture, "第22条の6")
    assert location_exists(prefecture, "附則(平成29年条例第40号)第2項")
    town = read_draft(HERE, "chidorimisaki-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert location_exists(town, "第2条第12項") and not location_exists(town, "第2条第13項")
    clean = read_draft(HERE, "hokakejima-cho")
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")

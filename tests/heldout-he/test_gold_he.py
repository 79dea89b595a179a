"""The fresh 2016 held-out set "he"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="senmaida-mura.txt", spread=True, pairs=24))


def test_only_the_tax_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"minakuchi-zeimu-kumiai.txt": ("C0",)})
    union = read_draft(HERE, "minakuchi-zeimu-kumiai")
    assert "非識別加工情報の提供" not in union and "非識別加工情報の作成に用いる" in union


def test_the_article_counter_reads_arabic_kanji_full_width_a_gap_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "azekura-cho"))
    assert town[-1] == "32条" and len(town) == 32
    prefecture = articles(read_draft(HERE, "inamoto-ken"))
    assert prefecture[-1] == "34条" and len(prefecture) == 34
    union = articles(read_draft(HERE, "minakuchi-zeimu-kumiai"))
    assert "11条" not in union and union[-1] == "28条" and len(union) == 27
    city = articles(read_draft(HERE, "tanahara-shi"))
    assert "7条の2" in city and "20条の11" in city and len(city) == 37
    village = articles(read_draft(HERE, "senmaida-mura"))
    assert village[-1] == "38条" and len(village) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "azekura-cho")
    assert location_exists(town, "附則第3項") and not location_exists(town, "目次")
    assert not location_exists(town, "第33条")
    prefecture = read_draft(HERE, "inamoto-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "附則第3項")
    assert not location_exists(prefecture, "第35条")
    union = read_draft(HERE, "minakuchi-zeimu-kumiai")
    assert not location_exists(union, "第11条") and location_exists(union, "第9条第1項第8号")
    city = read_draft(HERE, "tanahara-shi")
    assert location_exists(city, "第20条の11") and not location_exists(city, "第20条の12")
    village = read_draft(HERE, "senmaida-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第4条")


def test_the_seeded_reference_and_toc_defects_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "tanahara-shi")
    assert "第9条 削除" in city and "又は第9条の規定に違反して" in city
    union = read_draft(HERE, "minakuchi-zeimu-kumiai")
    assert "第２８条に規定する" in union and "第２８条　偽り" in union
    prefecture = read_draft(HERE, "inamoto-ken")
    assert "第四章　非識別加工情報の提供（第二十条―第二十八条）" in prefecture and "第二十九条　実施機関は" in prefecture
    assert "平成二十九年五月三十日から施行" in prefecture

"""The fresh 2016 held-out set "ep"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="nowakibara-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"naginose-cho.txt": ("C0",)})
    town = read_draft(HERE, "naginose-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報の提案の募集" in town


def test_the_article_counter_reads_branches_deletions_kanji_and_full_width() -> None:
    town = articles(read_draft(HERE, "naginose-cho"))
    assert "18条" not in town and {"5条の2", "9条の2", "15条の2", "12条", "16条"} <= set(town)
    assert town[-1] == "26条" and len(town) == 28
    city = articles(read_draft(HERE, "oroshikawa-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    assert len(articles(read_draft(HERE, "shigurehara-koiki"))) == 39
    assert len(articles(read_draft(HERE, "kochinosawa-mura"))) == 32
    clean = articles(read_draft(HERE, "nowakibara-shi"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "naginose-cho")
    assert location_exists(town, "第15条の2") and not location_exists(town, "第18条")
    assert not location_exists(town, "目次") and location_exists(town, "附則(平成29年12月15日条例第24号)第2項")
    city = read_draft(HERE, "oroshikawa-shi")
    assert location_exists(city, "第2条第12項") and not location_exists(city, "第2条第13項")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    union = read_draft(HERE, "shigurehara-koiki")
    assert location_exists(union, "目次") and location_exists(union, "第4章第3節")
    assert location_exists(union, "第7章") and not location_exists(union, "第8章")
    village = read_draft(HERE, "kochinosawa-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    assert not location_exists(village, "目次") and not location_exists(village, "第33条")
    clean = read_draft(HERE, "nowakibara-shi")
    assert not location_exists(clean, "目次") and location_exists(clean, "第7章")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "第41条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    union = read_draft(HERE, "shigurehara-koiki")
    assert "第9条第2項の委託" in union and not location_exists(union, "第9条第2項")
    assert "第5章　非識別加工情報の提供(第18条―第31条)" in union and "第32条　実施機関非識別加工情報等" in union
    town = read_draft(HERE, "naginose-cho")
    assert "第12条第2項の規定により" in town and "第12条　削除" in town
    city = read_draft(HERE, "oroshikawa-shi")
    assert "「政令」とあるのは「規則」と" in city and "第二条第二項に規定する個人識別符号" in city
    village = read_draft(HERE, "kochinosawa-mura")
    assert "平成15年法律第57号" in village and "「実施機関非識別加工情報等」" not in village
    assert "契約の解除" not in village

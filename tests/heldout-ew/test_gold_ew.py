"""The fresh 2016 held-out set "ew"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sagihama-ku.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sagiyachi-cho.txt": ("C0",)}, strict=True)
    town = read_draft(HERE, "sagiyachi-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報の提案の募集" in town


def test_the_article_counter_reads_branch_articles_kanji_and_full_width_numbers() -> None:
    city = articles(read_draft(HERE, "kamomeoki-shi"))
    assert "24条の2" in city and city[-1] == "29条" and len(city) == 40
    assert "24条の12" in city and "24条の13" not in city
    assert len(articles(read_draft(HERE, "sagiyachi-cho"))) == 23
    assert len(articles(read_draft(HERE, "chidorihara-ken"))) == 38
    union = articles(read_draft(HERE, "kamomesu-kouiki"))
    assert union == [f"{n}条" for n in range(1, 24)]
    clean = articles(read_draft(HERE, "sagihama-ku"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kamomeoki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章の2") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第30条") and not location_exists(city, "附則第4項")
    assert location_exists(city, "第11条第2項") and not location_exists(city, "第11条第3項")
    town = read_draft(HERE, "sagiyachi-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第23条第3項")
    prefecture = read_draft(HERE, "chidorihara-ken")
    assert location_exists(prefecture, "第2章第2節") and location_exists(prefecture, "第3章第3節")
    assert not location_exists(prefecture, "第7章") and not location_exists(prefecture, "第39条")
    union = read_draft(HERE, "kamomesu-kouiki")
    assert not location_exists(union, "目次") and not location_exists(union, "第24条")
    clean = read_draft(HERE, "sagihama-ku")
    assert location_exists(clean, "目次") and location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "kamomeoki-shi")
    assert "第11条第3項の指定管理者" in city and "（第13条―第21条）" in city and "平成15年法律第57号。以下「法」" in city
    prefecture = read_draft(HERE, "chidorihara-ken")
    assert "法」という。）第二条第九項に規定する非識別加工情報" in prefecture
    assert "四　個人の生命" in prefecture and "\n五　" not in prefecture.split("（収集の制限）")[1].split("（利用目的の明示）")[0]
    union = read_draft(HERE, "kamomesu-kouiki")
    assert "第６条第１項及び第２項の規定に違反して利用され" in union and "開示決定等（" not in union
    assert "契約の解除" not in union

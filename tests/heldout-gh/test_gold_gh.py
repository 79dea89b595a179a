"""The fresh 2016 held-out set "gh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tateitohara-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ayahata-cho.txt": ("C0",)})
    town = read_draft(HERE, "ayahata-cho")
    assert "非識別加工情報の提供" not in town and "提案の募集" not in town


def test_the_article_counter_reads_arabic_kanji_full_width_and_deleted_articles() -> None:
    ward = articles(read_draft(HERE, "hiokuri-ku"))
    assert ward[0] == "1条" and ward[-1] == "33条" and len(ward) == 33
    town = articles(read_draft(HERE, "ayahata-cho"))
    assert "9条" in town and "15条" in town and town[-1] == "24条" and len(town) == 24
    city = articles(read_draft(HERE, "kasurida-shi"))
    assert city[-1] == "33条" and len(city) == 33
    assert len(articles(read_draft(HERE, "osahama-zeimu-koiki"))) == 23
    clean = articles(read_draft(HERE, "tateitohara-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "hiokuri-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "附則第3項")
    assert not location_exists(ward, "第34条") and not location_exists(ward, "附則第4項")
    city = read_draft(HERE, "kasurida-shi")
    assert location_exists(city, "第2章第2節") and location_exists(city, "第24条第5項")
    assert not location_exists(city, "目次") and not location_exists(city, "第2章第3節")
    authority = read_draft(HERE, "osahama-zeimu-koiki")
    assert location_exists(authority, "第23条第3項") and not location_exists(authority, "第24条")
    clean = read_draft(HERE, "tateitohara-shi")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    ward = read_draft(HERE, "hiokuri-ku")
    assert "第5章 実施機関非識別加工情報の提供（第19条―第27条）" in ward and "\n第28条 " in ward
    assert ward.index("審議会の意見") < ward.index("（以下「審議会」という。）")
    town = read_draft(HERE, "ayahata-cho")
    assert "第九条　削除" in town and "第九条の規定に違反して利用" in town and "百五十万円" in town
    city = read_draft(HERE, "kasurida-shi")
    assert "平成１５年法律第５９号" in city and "（３）　出版" in city and "（４）" not in city.split("第６条")[0].split("第５条")[1]
    authority = read_draft(HERE, "osahama-zeimu-koiki")
    assert "平成三十年十月五日" in authority and "平成三十年十月一日から施行" in authority
    assert "以下「法」という。）第二条第九項に規定する非識別加工情報" in authority and "解除" not in authority

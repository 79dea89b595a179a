"""The fresh 2016 held-out set "fa"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="makigaiwan-ken.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"makigaino-mura.txt": ("C0",)})
    village = read_draft(HERE, "makigaino-mura")
    assert "非識別加工情報" not in village and "です。" in village


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "horagaoka-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    town = articles(read_draft(HERE, "hamagurijima-cho"))
    assert "8条の2" in town and "22条の10" in town and town[-1] == "27条" and len(town) == 37
    assert len(articles(read_draft(HERE, "makigaino-mura"))) == 23
    assert len(articles(read_draft(HERE, "sazaehama-kaigo-rengo"))) == 28
    clean = articles(read_draft(HERE, "makigaiwan-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "horagaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    assert not location_exists(city, "第2条第12項") and location_exists(city, "第2条第11項")
    clean = read_draft(HERE, "makigaiwan-ken")
    assert location_exists(clean, "第2章第4節") and not location_exists(clean, "第2章第5節")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "第41条")
    authority = read_draft(HERE, "sazaehama-kaigo-rengo")
    assert not location_exists(authority, "目次") and location_exists(authority, "附則第3条")
    town = read_draft(HERE, "hamagurijima-cho")
    assert location_exists(town, "第3章の2") and location_exists(town, "付則第4項")
    assert not location_exists(town, "第22条の11")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "horagaoka-shi")
    assert "第五章　実施機関非識別加工情報の提供（第二十一条―第三十条）" in city and "第三十一条　実施機関非識別加工情報等" in city
    assert "第二十八条　第二十五条第三項の規定による通知" in city
    town = read_draft(HERE, "hamagurijima-cho")
    assert "（４）　個人情報ファイルに記録される項目" in town and "（５）" not in town.split("（個人情報ファイル簿の作成及び公表）")[1].split("２　前項")[0]
    assert "平成１５年法律第５９号" in town
    authority = read_draft(HERE, "sazaehama-kaigo-rengo")
    assert "令和元年6月28日" in authority and "令和元年4月1日から施行" in authority
    assert "要配慮情報を収集" in authority
    village = read_draft(HERE, "makigaino-mura")
    assert "3年以下の懲役" in village and village.index("審議会の意見") < village.index("（以下「審議会」")

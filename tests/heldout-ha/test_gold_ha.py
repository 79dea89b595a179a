"""The fresh 2016 held-out set "ha"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="isomisaki-ku.txt", spread=True, pairs=24))


def test_only_the_care_insurance_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shionada-kouikirengo.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "shionada-kouikirengo")
    for name in ("hinomisaki-ken", "isoakari-cho", "akarizaki-shi", "isomisaki-ku"):
        assert "実施機関非識別加工情報の利用に関する契約" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_half_width_deleted_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "hinomisaki-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "33条" and len(prefecture) == 33
    town = articles(read_draft(HERE, "isoakari-cho"))
    assert town[-1] == "26条" and len(town) == 26
    assert len(articles(read_draft(HERE, "shionada-kouikirengo"))) == 25
    assert len(articles(read_draft(HERE, "akarizaki-shi"))) == 30
    ward = articles(read_draft(HERE, "isomisaki-ku"))
    assert "7条" in ward and "13条" in ward and "20条の2" in ward and "20条の12" in ward
    assert ward[-1] == "28条" and len(ward) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "hinomisaki-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章第2節")
    assert location_exists(prefecture, "付則第4項") and not location_exists(prefecture, "付則第5項")
    assert not location_exists(prefecture, "第34条")
    town = read_draft(HERE, "isoakari-cho")
    assert not location_exists(town, "目次") and not location_exists(town, "第1章")
    assert location_exists(town, "第2条第11項") and not location_exists(town, "第2条第12項")
    union = read_draft(HERE, "shionada-kouikirengo")
    assert location_exists(union, "第16条第2項") and not location_exists(union, "第16条第3項")
    ward = read_draft(HERE, "isomisaki-ku")
    assert location_exists(ward, "第4章の2") and location_exists(ward, "第20条の12第4項")
    assert not location_exists(ward, "第20条の13") and location_exists(ward, "附則第4項")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    union = read_draft(HERE, "shionada-kouikirengo")
    assert "第１６条第３項の規定により写しの交付" in union
    assert "個人情報の保護に関する法律（平成１５年法律第５８号）" in union
    assert "開示決定等" in union and "「開示決定等」" not in union
    town = read_draft(HERE, "isoakari-cho")
    assert "　四　禁錮" in town and "　五　" not in town.split("（欠格事由）")[1].split("（提案の審査等）")[0]
    assert "十万円以下の過料" in town
    prefecture = read_draft(HERE, "hinomisaki-ken")
    assert prefecture.index("審議会の意見を聴かなければ") < prefecture.index("（以下「審議会」という。）")
    city = read_draft(HERE, "akarizaki-shi")
    assert "平成30年6月29日" in city and "平成30年4月1日から施行する" in city
    assert "(契約の解除)" not in city and "契約を解除され" in city


def test_the_clean_ward_cites_no_deleted_article_and_keeps_its_table_of_contents() -> None:
    ward = read_draft(HERE, "isomisaki-ku")
    assert "第七条　削除" in ward and "第十三条　削除" in ward
    body = ward.partition("（目的）")[2].replace("情報公開条例第十三条", "")
    assert body.count("第七条") == 1 and body.count("第十三条") == 1  # the 削除 headings only
    assert "第四章の二　非識別加工情報の提供（第二十条の二―第二十条の十二）" in ward
    assert gold(HERE / "isomisaki-ku.gold.json")["defects"] == []

"""The fresh 2016 held-out set "ev"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kerokuro-mura.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yuyakuno-cho.txt": ("C0",)})
    town = read_draft(HERE, "yuyakuno-cho")
    assert "非識別加工情報の提供" not in town and "実施機関非識別加工情報" not in town
    # the leftover definition the town's C20 defect is about is there
    assert "「非識別加工情報」とは" in town


def test_the_article_counter_reads_kanji_full_width_arabic_branches_and_deleted_articles() -> None:
    ward = articles(read_draft(HERE, "kamaguchi-ku"))
    assert ward[0] == "1条" and ward[-1] == "37条" and len(ward) == 37
    city = articles(read_draft(HERE, "rokurodai-shi"))
    assert "19条の2" in city and "19条の12" in city and city[-1] == "26条" and len(city) == 37
    town = articles(read_draft(HERE, "yuyakuno-cho"))
    assert "12条" in town and "20条" in town and town[-1] == "27条" and len(town) == 27
    assert len(articles(read_draft(HERE, "kamadaki-shobo-kumiai"))) == 33
    clean = articles(read_draft(HERE, "kerokuro-mura"))
    assert clean[-1] == "35条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "kamaguchi-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章") and location_exists(ward, "附則第4項")
    assert not location_exists(ward, "第38条") and not location_exists(ward, "附則第5項")
    city = read_draft(HERE, "rokurodai-shi")
    assert not location_exists(city, "目次") and not location_exists(city, "第1章")
    assert location_exists(city, "第19条の9") and not location_exists(city, "第19条の13")
    assert location_exists(city, "第10条第2項") and not location_exists(city, "第10条第3項")
    town = read_draft(HERE, "yuyakuno-cho")
    assert location_exists(town, "付則第1条") and location_exists(town, "付則第4条") and not location_exists(town, "付則第5条")
    authority = read_draft(HERE, "kamadaki-shobo-kumiai")
    assert location_exists(authority, "第3章第3節") and not location_exists(authority, "第3章第4節")
    clean = read_draft(HERE, "kerokuro-mura")
    assert location_exists(clean, "第6章") and not location_exists(clean, "第7章") and not location_exists(clean, "目次")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")


def test_the_seeded_drafting_defects_are_in_the_text_where_the_gold_says() -> None:
    ward = read_draft(HERE, "kamaguchi-ku")
    assert "第四章　非識別加工情報の提供（第二十二条―第三十条）" in ward and "\n第三十一条　" in ward
    assert "平成十五年法律第五十九号。以下「法」という。" in ward
    assert ward.index("審議会の意見を聴いて") < ward.index("（以下「審議会」という。）")
    city = read_draft(HERE, "rokurodai-shi")
    assert "第１０条第３項の委託" in city and "１０万円以下の過料" in city
    town = read_draft(HERE, "yuyakuno-cho")
    assert "第十二条　削除" in town and "若しくは第十二条の規定に違反して提供" in town
    assert "平成三十年六月二十二日" in town and "この条例は、平成三十年四月一日から施行する。" in town
    authority = read_draft(HERE, "kamadaki-shobo-kumiai")
    assert "(3)　開示請求をした者以外の個人" in authority and "\n(4)　" not in authority.split("(保有個人情報の開示義務)")[1].split("(開示請求に対する決定)")[0]
    assert "開示決定等" in authority and "（以下「開示決定等」という。）" not in authority
    assert "第2条第2項に規定する個人識別符号" in authority


def test_the_clean_draft_has_the_whole_mechanism_and_no_gold_defect() -> None:
    g = gold(HERE / "kerokuro-mura.gold.json")
    assert g["clean"] is True and g["defects"] == []
    clean = read_draft(HERE, "kerokuro-mura")
    for phrase in ("（契約の解除）", "（手数料）", "（作成の基準）", "（欠格事由）", "第四章の規定に従い実施機関非識別加工情報を作成し",
                   "記録情報に要配慮個人情報が含まれるときは、その旨", "平成十五年法律第五十八号", "五万円以下の過料"):
        assert phrase in clean, phrase

"""The fresh 2016 held-out set "dk"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="osabe-cho.txt", spread=True, every_point=False))


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hataori-cho.txt": ("C0",), "tsumugigawa-shobo.txt": ("C0",)}, strict=True)
    for name in ("hataori-cho", "tsumugigawa-shobo"):
        assert "非識別" not in read_draft(HERE, name)
    for name in ("kinugahara-shi", "mayuyama-shi", "osabe-cho"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_article_counts_over_kanji_full_width_half_width_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "kinugahara-shi"))
    assert city[0] == "1条" and city[-1] == "39条" and len(city) == 39
    deleted = articles(read_draft(HERE, "mayuyama-shi"))
    assert "8条" in deleted and "12条" in deleted and deleted[-1] == "40条" and len(deleted) == 40
    assert "第8条　削除" in read_draft(HERE, "mayuyama-shi") and "第12条　削除" in read_draft(HERE, "mayuyama-shi")
    town = articles(read_draft(HERE, "hataori-cho"))
    assert town[-1] == "24条" and len(town) == 24
    union = articles(read_draft(HERE, "tsumugigawa-shobo"))
    assert union[-1] == "24条" and len(union) == 24
    clean = articles(read_draft(HERE, "osabe-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kinugahara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    deleted = read_draft(HERE, "mayuyama-shi")
    assert not location_exists(deleted, "目次") and location_exists(deleted, "第2条第11項")
    assert not location_exists(deleted, "第2条第12項") and not location_exists(deleted, "第41条")
    town = read_draft(HERE, "hataori-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第5条第3項")
    assert not location_exists(town, "第5条第4項") and location_exists(town, "附則第3項")
    union = read_draft(HERE, "tsumugigawa-shobo")
    assert location_exists(union, "附則第3条") and not location_exists(union, "附則第4条")
    assert not location_exists(union, "第25条") and not location_exists(union, "第1章")
    clean = read_draft(HERE, "osabe-cho")
    assert location_exists(clean, "第4章") and location_exists(clean, "第9条第3項")
    assert not location_exists(clean, "第9条第4項") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = read_draft(HERE, "kinugahara-shi")
    assert "他の情報と容易に照合" in city and "法律第五十七号。以下「法」" in city
    assert "第三章　開示、訂正及び利用停止（第十二条―第二十条）" in city and "（契約の解除）" not in city
    deleted = read_draft(HERE, "mayuyama-shi")
    assert "犯罪により害を被った事実" not in deleted and "規則で定める額の手数料" in deleted
    assert "又は第12条の委託を受けた事務" in deleted and "(1)　ファイル簿に掲載" in deleted
    town = read_draft(HERE, "hataori-cho")
    assert "個人識別符号　" not in town and "（４）　個人情報の対象者の範囲\n（６）" in town
    assert "思想、信条及び信教" in town and "平成３０年１０月１日から施行" in town
    union = read_draft(HERE, "tsumugigawa-shobo")
    assert "生存する" not in union and "百五十万円以下の罰金" in union and "要配慮情報を" in union
    assert "法第二条第三項に規定する要配慮個人情報" in union and "法律（以下「法」" in union
    clean = read_draft(HERE, "osabe-cho")
    assert "法律第五十八号。以下「法」" in clean and "犯罪により害を被った事実" in clean
    assert "（実施機関非識別加工情報の利用に関する契約の解除）" in clean and "別表（第三十一条関係）" in clean
    assert "容易に照合" not in clean and "規則で定める額" not in clean and "要配慮情報" not in clean
    assert "百五十万円" not in clean and "生存する個人に関する情報" in clean

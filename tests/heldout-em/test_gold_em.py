"""The fresh 2016 held-out set "em"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="amibiki-shi.txt", spread=True, pairs=24))


def test_only_the_kouiki_rengo_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ukihama-kouiki.txt": ("C0",)})
    rengo = read_draft(HERE, "ukihama-kouiki")
    assert "実施機関非識別加工情報" not in rengo and "非識別加工情報の提供" not in rengo
    # the leftover definition is there, and used nowhere
    assert rengo.count("非識別加工情報") == 1


def test_the_article_counter_reads_kanji_full_width_branch_and_deleted_articles() -> None:
    clean = articles(read_draft(HERE, "amibiki-shi"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39
    city = articles(read_draft(HERE, "saozaki-shi"))
    assert "18条の2" in city and "18条の12" in city and "19条" in city and len(city) == 35
    assert not any(a.startswith("21条の") for a in city)
    town = articles(read_draft(HERE, "morizawa-machi"))
    assert "8条" in town and "15条" in town and len(town) == 34
    assert len(articles(read_draft(HERE, "amiyama-ku"))) == 36
    assert len(articles(read_draft(HERE, "ukihama-kouiki"))) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "amiyama-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第6条第3項") and location_exists(ward, "附則第3項")
    assert not location_exists(ward, "第37条") and not location_exists(ward, "第6条第4項")
    rengo = read_draft(HERE, "ukihama-kouiki")
    assert not location_exists(rengo, "目次") and location_exists(rengo, "第2条第10項")
    assert not location_exists(rengo, "第27条") and not location_exists(rengo, "附則第4項")
    city = read_draft(HERE, "saozaki-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第18条の5") and location_exists(city, "附則第5項")
    assert not location_exists(city, "第18条の13") and not location_exists(city, "第25条")
    town = read_draft(HERE, "morizawa-machi")
    assert location_exists(town, "付則") and location_exists(town, "第32条") and not location_exists(town, "目次")
    clean = read_draft(HERE, "amibiki-shi")
    assert location_exists(clean, "第2章第3節") and location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")


def test_the_seeded_reference_and_drafting_defects_are_where_the_gold_says() -> None:
    rengo = read_draft(HERE, "ukihama-kouiki")
    assert "第二十七条に規定する者" in rengo and "法第二条第三項に規定する要配慮個人情報" in rengo
    town = read_draft(HERE, "morizawa-machi")
    assert "第8条 削除" in town and "第6条又は第8条の規定に違反して" in town
    assert "3年以下の懲役" in town and "第11条 実施機関は" in town
    city = read_draft(HERE, "saozaki-shi")
    assert "全部を改正する" in city and "は、廃止する。" in city and "平成１５年法律第５９号" in city
    assert "六　記録情報に要配慮個人情報が含まれるときは、その旨\n八　" in city
    ward = read_draft(HERE, "amiyama-ku")
    assert "第2章 個人情報の取扱い（第6条―第11条）" in ward and "第12条 実施機関は" in ward
    assert ward.index("審議会の意見を聴いて公益上") < ward.index("（以下「審議会」という。）")


def test_the_clean_draft_has_no_seeded_defect_and_a_table_of_contents_matching_its_chapters() -> None:
    g = gold(HERE / "amibiki-shi.gold.json")
    assert g["clean"] and g["defects"] == []
    clean = read_draft(HERE, "amibiki-shi")
    for head in ("第二章　個人情報の取扱い", "第三節　審査請求", "第四章　実施機関非識別加工情報の提供", "第六章　罰則"):
        assert clean.count(head) == 2, head

"""The fresh 2016 held-out set "dw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="umaoi-cho.txt", spread=True, pairs=24))


def test_only_the_water_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kuragase-suido-kigyodan.txt": ("C0",)})
    authority = read_draft(HERE, "kuragase-suido-kigyodan")
    assert "非識別加工情報の提供" not in authority and "提案の募集" not in authority


def test_the_article_counter_reads_half_width_full_width_and_kanji_numbers() -> None:
    assert len(articles(read_draft(HERE, "komanosato-shi"))) == 38
    assert len(articles(read_draft(HERE, "makigaoka-shi"))) == 36
    village = articles(read_draft(HERE, "kurakake-mura"))
    assert village[-1] == "39条" and len(village) == 39
    assert len(articles(read_draft(HERE, "kuragase-suido-kigyodan"))) == 26
    clean = articles(read_draft(HERE, "umaoi-cho"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_read_across_table_does_not_read_as_articles() -> None:
    city = read_draft(HERE, "makigaoka-shi")
    assert "｜第25条第1項第3号｜" in city
    assert articles(city).count("25条") == 1


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward_city = read_draft(HERE, "komanosato-shi")
    assert location_exists(ward_city, "目次") and location_exists(ward_city, "第2章第2節")
    assert location_exists(ward_city, "附則第3項") and not location_exists(ward_city, "附則第4項")
    village = read_draft(HERE, "kurakake-mura")
    assert location_exists(village, "第7条第2項") and not location_exists(village, "第7条第3項")
    assert not location_exists(village, "目次") and not location_exists(village, "第40条")
    clean = read_draft(HERE, "umaoi-cho")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")
    assert location_exists(clean, "第7章") and not location_exists(clean, "第8章")
    authority = read_draft(HERE, "kuragase-suido-kigyodan")
    assert location_exists(authority, "第8条第3項") and not location_exists(authority, "第27条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "kurakake-mura")
    assert "第７条第３項の受託した業務" in village
    assert "平成３０年３月２２日" in village and "平成３０年３月１日から施行" in village
    ward_city = read_draft(HERE, "komanosato-shi")
    assert "第3章　開示、訂正及び利用停止（第13条―第20条）" in ward_city and "\n第21条　実施機関は、個人情報" in ward_city
    assert "以下「法」という。）第2条第2項に規定する個人識別符号" in ward_city
    city = read_draft(HERE, "makigaoka-shi")
    assert "(3)　提案に係る実施機関非識別加工情報の本人の数\n(5)" in city
    assert "平成15年法律第119号" in city and "契約の解除" not in city
    authority = read_draft(HERE, "kuragase-suido-kigyodan")
    assert "3年以下の懲役" in authority and "以下「訂正決定等」" not in authority

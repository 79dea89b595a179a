"""The fresh 2016 held-out set "hd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="momijibayashi-shi.txt", spread=True, pairs=24))


def test_only_the_hospital_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"nishikigawa-byoin-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "nishikigawa-byoin-kumiai")
    for name in ("kouyoukei-shi", "kaedebashi-ku", "keikokuzawa-cho", "momijibayashi-shi"):
        assert "非識別加工情報の提供" in read_draft(HERE, name) or "実施機関非識別加工情報を作成し、及び提供する" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_arabic_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "kouyoukei-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    ward = articles(read_draft(HERE, "kaedebashi-ku"))
    assert ward[-1] == "34条" and len(ward) == 34
    authority = articles(read_draft(HERE, "nishikigawa-byoin-kumiai"))
    assert authority[-1] == "26条" and len(authority) == 26
    town = articles(read_draft(HERE, "keikokuzawa-cho"))
    assert "9条" in town and "15条" in town and len(town) == 35
    clean = articles(read_draft(HERE, "momijibayashi-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kouyoukei-shi")
    assert location_exists(city, "目次") and location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    assert location_exists(city, "第6章") and not location_exists(city, "第31条")
    ward = read_draft(HERE, "kaedebashi-ku")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第1章") and location_exists(ward, "附則第4項")
    authority = read_draft(HERE, "nishikigawa-byoin-kumiai")
    assert location_exists(authority, "第2条第7項") and not location_exists(authority, "第27条")
    town = read_draft(HERE, "keikokuzawa-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条") and not location_exists(town, "目次")
    clean = read_draft(HERE, "momijibayashi-shi")
    assert location_exists(clean, "第7章") and location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第2条第12項")


def test_the_seeded_reference_slips_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "nishikigawa-byoin-kumiai")
    assert "第２７条第１項に規定する審査会" in authority and "（４）" not in authority.split("（保有個人情報の開示義務）")[1].split("（部分開示）")[0]
    town = read_draft(HERE, "keikokuzawa-cho")
    assert "第9条　削除" in town and "第9条第2項の規定による実施機関の諮問" in town
    assert "平成30年3月22日" in town and "平成30年3月1日から施行する" in town
    city = read_draft(HERE, "kouyoukei-shi")
    assert "平成十五年法律第五十九号。以下「法」という。" in city and "第四章　非識別加工情報の提供（第十七条―第二十四条）" in city
    ward = read_draft(HERE, "kaedebashi-ku")
    assert ward.index("審議会の意見を聴いて") < ward.index("（以下「審議会」という。）") and "3年以下の懲役" in ward


def test_the_clean_draft_keeps_its_table_of_contents_and_the_fee_in_the_article() -> None:
    clean = read_draft(HERE, "momijibayashi-shi")
    assert "第５章　実施機関非識別加工情報の提供（第２２条―第３４条）" in clean
    assert "２１，０００円" in clean and "規則で定める額の手数料" not in clean
    assert "容易に照合" not in clean and "平成１５年法律第５８号" in clean

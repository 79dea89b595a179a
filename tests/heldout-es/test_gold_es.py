"""The fresh 2016 held-out set "es"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yodomi-shi.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"fuchinoue-mura.txt": ("C0",)})
    village = read_draft(HERE, "fuchinoue-mura")
    assert "非識別加工情報の提供" not in village and "提案" not in village
    for name in ("yodogawara-shi", "mioura-cho", "seyodo-suido-kigyodan", "yodomi-shi"):
        assert "実施機関非識別加工情報の利用に関する契約" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_and_arabic_headings() -> None:
    city = articles(read_draft(HERE, "yodogawara-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    assert len(articles(read_draft(HERE, "mioura-cho"))) == 33
    assert len(articles(read_draft(HERE, "fuchinoue-mura"))) == 26
    authority = articles(read_draft(HERE, "seyodo-suido-kigyodan"))
    assert authority[-1] == "34条" and len(authority) == 34
    clean = articles(read_draft(HERE, "yodomi-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "yodogawara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第38条") and not location_exists(city, "附則第4項")
    town = read_draft(HERE, "mioura-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第28条第5項")
    assert location_exists(town, "第9条第2項") and not location_exists(town, "第9条第3項")
    village = read_draft(HERE, "fuchinoue-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "第27条")
    authority = read_draft(HERE, "seyodo-suido-kigyodan")
    assert location_exists(authority, "第2条第11項") and not location_exists(authority, "第2条第12項")
    clean = read_draft(HERE, "yodomi-shi")
    assert not location_exists(clean, "目次") and location_exists(clean, "第4章") and location_exists(clean, "第6章")
    assert not location_exists(clean, "第7章") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_slips_are_in_the_text_where_the_gold_says() -> None:
    city = read_draft(HERE, "yodogawara-shi")
    assert "平成十五年法律第五十七号" in city and "第五十八号" not in city
    assert "第四章　非識別加工情報の提供（" in city and "第四章　実施機関非識別加工情報の提供\n" in city
    assert city.index("審議会") < city.index("（以下「審議会」という。）")
    town = read_draft(HERE, "mioura-cho")
    assert "第九条第三項" in town and "「実施機関非識別加工情報等」" not in town
    village = read_draft(HERE, "fuchinoue-mura")
    assert "(3)　他の実施機関" in village and "(4)　" not in village.split("(利用及び提供の制限)")[1].split("(安全確保の措置)")[0]
    assert "第2条第3項に規定する要配慮個人情報" in village
    authority = read_draft(HERE, "seyodo-suido-kigyodan")
    assert "１０万円以下の過料" in authority and "平成３０年６月２９日" in authority
    assert "企業長が別に定める額の手数料" in authority


def test_the_clean_draft_puts_its_fees_in_a_table_and_each_penalty_under_a_caption() -> None:
    clean = read_draft(HERE, "yodomi-shi")
    assert "別表(第31条関係)" in clean and "3,950円" in clean
    for caption in ("(個人情報ファイルの不正提供)\n第37条", "(保有個人情報の不正提供等)\n第38条", "(不正な手段による開示)\n第39条"):
        assert caption in clean
    assert gold(HERE / "yodomi-shi.gold.json")["defects"] == []

"""The fresh 2016 held-out set "gn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="mashimizu-cho.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"izutsu-shi.txt": ("C0",)})
    city = read_draft(HERE, "izutsu-shi")
    assert "非識別加工情報の提供" not in city and "提案" not in city


def test_the_article_counter_reads_kanji_full_width_deleted_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "wakii-ken"))
    assert "6条" in prefecture and "18条" in prefecture and prefecture[-1] == "40条" and len(prefecture) == 40
    authority = articles(read_draft(HERE, "seisen-koiki-rengo"))
    assert "18条の2" in authority and "18条の15" in authority and authority[-1] == "23条" and len(authority) == 37
    village = articles(read_draft(HERE, "ideno-mura"))
    assert village[0] == "1条" and village[-1] == "36条" and len(village) == 36
    assert len(articles(read_draft(HERE, "izutsu-shi"))) == 26
    clean = articles(read_draft(HERE, "mashimizu-cho"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "wakii-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第8章")
    assert not location_exists(prefecture, "第9章") and not location_exists(prefecture, "第41条")
    clean = read_draft(HERE, "mashimizu-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第2条第11項")
    assert not location_exists(clean, "第2条第12項") and not location_exists(clean, "第40条")
    city = read_draft(HERE, "izutsu-shi")
    assert not location_exists(city, "目次") and location_exists(city, "附則第3項")
    assert not location_exists(city, "附則第4項")
    authority = read_draft(HERE, "seisen-koiki-rengo")
    assert location_exists(authority, "第18条の14") and not location_exists(authority, "第18条の16")


def test_the_seeded_text_is_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "wakii-ken")
    assert "第6条　削除" in prefecture and "第4条第2項若しくは第6条の規定に違反して" in prefecture
    assert "（第三者に対する意見書" not in prefecture
    village = read_draft(HERE, "ideno-mura")
    assert "（３）　法人その他の団体" in village and "（４）　村の機関" not in village
    assert village.index("（以下「審議会」という。）") > village.index("（５）　審議会の意見を聴いて")
    assert "規則で定める額の手数料" in village
    authority = read_draft(HERE, "seisen-koiki-rengo")
    assert "第2条第3項に規定する要配慮個人情報" in authority and "平成31年3月1日から施行" in authority
    city = read_draft(HERE, "izutsu-shi")
    assert "十万円以下の過料" in city and "他の情報と容易に照合することができ" in city
    clean = read_draft(HERE, "mashimizu-cho")
    assert "別表（第三十一条関係）" in clean and "容易に照合することができ、それにより特定の個人を識別することができることとなるものを除く" in clean

"""The fresh 2016 held-out set "gf"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sasanoha-cho.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"takebue-shi.txt": ("C0",)})
    assert "実施機関非識別加工情報" not in read_draft(HERE, "takebue-shi")


def test_the_article_counter_reads_kanji_full_width_branch_and_deleted_articles() -> None:
    prefecture = articles(read_draft(HERE, "sasayabu-ken"))
    assert "17条の14" in prefecture and "17条の15" not in prefecture and len(prefecture) == 36
    city = articles(read_draft(HERE, "takebue-shi"))
    assert "9条" in city and "17条" in city and city[-1] == "28条" and len(city) == 28
    assert len(articles(read_draft(HERE, "kagoyama-mura"))) == 28
    assert len(articles(read_draft(HERE, "takegaki-gesuido"))) == 32
    clean = articles(read_draft(HERE, "sasanoha-cho"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "sasayabu-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert not location_exists(prefecture, "第17条の15") and not location_exists(prefecture, "第8条第3項")
    clean = read_draft(HERE, "sasanoha-cho")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章")
    assert location_exists(clean, "付則第4項") and not location_exists(clean, "付則第5項")
    authority = read_draft(HERE, "takegaki-gesuido")
    assert not location_exists(authority, "目次") and not location_exists(authority, "第10条第2項")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "sasayabu-ken")
    assert "第八条第三項の受託業務" in prefecture and "（第十七条の二―第十七条の十五）" in prefecture
    city = read_draft(HERE, "takebue-shi")
    assert "第9条 削除" in city and "第9条の規定に違反して保有" in city
    village = read_draft(HERE, "kagoyama-mura")
    assert "（４）　禁錮" in village and "（５）" not in village.split("（欠格事由）")[1].split("（提案の審査")[0]
    assert "平成３１年３月２２日" in village and "平成３１年３月１日から施行" in village
    authority = read_draft(HERE, "takegaki-gesuido")
    assert "という。)第2条第4項に規定する個人識別符号" in authority and "開示請求者」という" not in authority


def test_the_clean_town_has_no_chapter_and_fixes_its_fees_in_the_article() -> None:
    clean = read_draft(HERE, "sasanoha-cho")
    assert "第一章" not in clean and "付　則" in clean and "附" not in clean
    assert "二万千円" in clean and "三千九百五十円" in clean and "一万二千六百円" in clean
    assert "平成十五年法律第五十八号" in clean

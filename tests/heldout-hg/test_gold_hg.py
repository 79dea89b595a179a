"""The fresh 2016 held-out set "hg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shiotakibe-cho.txt", spread=True, every_point=True))


def test_only_the_prefecture_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shiokumioka-ken.txt": ("C0",)})
    prefecture = read_draft(HERE, "shiokumioka-ken")
    assert "非識別加工情報の提供" not in prefecture and "非識別加工情報の提案の募集" in prefecture


def test_the_article_counter_reads_full_width_kanji_and_arabic_numbers_and_deleted_articles() -> None:
    village = articles(read_draft(HERE, "nigarigawa-mura"))
    assert village[0] == "1条" and village[-1] == "30条" and len(village) == 30
    city = articles(read_draft(HERE, "endenbara-shi"))
    assert city[-1] == "31条" and len(city) == 31
    assert len(articles(read_draft(HERE, "kamaniwa-suido-kigyodan"))) == 27
    assert len(articles(read_draft(HERE, "shiokumioka-ken"))) == 25
    clean = articles(read_draft(HERE, "shiotakibe-cho"))
    assert "8条" in clean and "16条" in clean and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "nigarigawa-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    assert not location_exists(village, "目次") and not location_exists(village, "第31条")
    city = read_draft(HERE, "endenbara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第7章") and location_exists(city, "附則第5項")
    assert not location_exists(city, "第32条") and not location_exists(city, "附則第6項")
    authority = read_draft(HERE, "kamaniwa-suido-kigyodan")
    assert not location_exists(authority, "目次") and location_exists(authority, "第21条第4項")
    assert not location_exists(authority, "第21条第5項")
    clean = read_draft(HERE, "shiotakibe-cho")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "kamaniwa-suido-kigyodan")
    assert "第21条第5項の受託業務" in authority and "平成15年法律第59号" in authority
    city = read_draft(HERE, "endenbara-shi")
    assert "第五章　非識別加工情報の提供（第十六条―第二十五条）" in city and "の全部を改正する" in city
    assert "は、廃止する。" in city.split("附　則")[1]
    prefecture = read_draft(HERE, "shiokumioka-ken")
    assert "平成30年3月20日" in prefecture and "平成30年3月1日から施行する" in prefecture
    assert "（以下「訂正決定等」という。）" not in prefecture and "訂正決定等" in prefecture
    clean = read_draft(HERE, "shiotakibe-cho")
    assert "第八条　削除" in clean and "第十六条　削除" in clean

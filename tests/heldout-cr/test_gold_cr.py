"""The fresh 2016 held-out set "cr"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hoshikage-shi.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"akatsuki-mura.txt": ("C0",)})
    village = read_draft(HERE, "akatsuki-mura")
    assert "実施機関非識別加工情報" not in village and "非識別加工情報を作るための提案" in village


def test_the_article_counter_reads_full_width_kanji_half_width_and_deleted_articles() -> None:
    prefecture = articles(read_draft(HERE, "hoshimi-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "35条" and len(prefecture) == 35
    town = articles(read_draft(HERE, "subaru-cho"))
    assert town[-1] == "37条" and len(town) == 37
    city = articles(read_draft(HERE, "yoizuki-shi"))
    assert "9条" in city and "17条" in city and city[-1] == "38条" and len(city) == 38
    village = articles(read_draft(HERE, "akatsuki-mura"))
    assert village[-1] == "28条" and len(village) == 28
    clean = articles(read_draft(HERE, "hoshikage-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "hoshimi-ken")
    assert location_exists(prefecture, "第6条第3項") and not location_exists(prefecture, "第6条第4項")
    assert not location_exists(prefecture, "目次") and not location_exists(prefecture, "第36条")
    assert location_exists(prefecture, "附則第2項") and not location_exists(prefecture, "附則第3項")
    town = read_draft(HERE, "subaru-cho")
    assert location_exists(town, "目次") and location_exists(town, "第6章") and not location_exists(town, "第7章")
    assert location_exists(town, "第32条") and not location_exists(town, "第38条")
    city = read_draft(HERE, "yoizuki-shi")
    assert location_exists(city, "附則(平成30年3月26日条例第8号)第1項")
    assert location_exists(city, "附則(平成28年3月25日条例第12号)第2項")
    assert not location_exists(city, "附則(平成30年3月26日条例第8号)第4項")
    assert not location_exists(city, "目次") and not location_exists(city, "第1章")
    village = read_draft(HERE, "akatsuki-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert not location_exists(village, "第30条") and not location_exists(village, "第29条")
    clean = read_draft(HERE, "hoshikage-shi")
    assert location_exists(clean, "第3章第2節") and location_exists(clean, "第2条第12項")
    assert not location_exists(clean, "第2条第13項") and not location_exists(clean, "第40条")


def test_the_seeded_wrong_citations_are_in_the_text_and_the_clean_draft_cites_right() -> None:
    assert "以下「法」という。)第2条第4項に規定する個人識別符号" in read_draft(HERE, "yoizuki-shi")
    assert "平成15年法律第57号)第2条第3項" in read_draft(HERE, "akatsuki-mura").replace("）", ")")
    assert "第17条　削除" in read_draft(HERE, "yoizuki-shi") and "第17条の規定により" in read_draft(HERE, "yoizuki-shi")
    clean = read_draft(HERE, "hoshikage-shi")
    assert "(平成15年法律第58号。以下「法」という。)第2条第3項" in clean.replace("（", "(").replace("）", ")")
    assert "２００万円" in read_draft(HERE, "hoshimi-ken") and "200万円" not in clean

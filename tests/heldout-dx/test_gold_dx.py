"""The fresh 2016 held-out set "dx"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="takamura-ken.txt", spread=True, pairs=24))


def test_only_the_plain_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kagohara-mura.txt": ("C0",)})
    village = read_draft(HERE, "kagohara-mura")
    assert "非識別加工情報の提供" not in village and "実施機関非識別加工情報" not in village
    # the leftover ファイル簿 item the gold marks (kagohara-3) is still there
    assert "非識別加工情報の提案を募集する" in village


def test_the_article_counter_reads_kanji_full_width_half_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "takenozawa-shi"))
    assert "20条の3" in city and "20条の4" not in city and "20条の5" in city
    assert city[-1] == "26条" and len(city) == 37
    assert len(articles(read_draft(HERE, "sasaba-cho"))) == 32
    assert len(articles(read_draft(HERE, "kagohara-mura"))) == 25
    assert len(articles(read_draft(HERE, "chikurin-byoin-kigyodan"))) == 34
    clean = articles(read_draft(HERE, "takamura-ken"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "takenozawa-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第20条の13第4項")
    assert not location_exists(city, "第20条の4") and not location_exists(city, "目次")
    town = read_draft(HERE, "sasaba-cho")
    assert location_exists(town, "附則第2項") and not location_exists(town, "附則第3項")
    assert location_exists(town, "第2条第12項") and not location_exists(town, "第33条")
    authority = read_draft(HERE, "chikurin-byoin-kigyodan")
    assert location_exists(authority, "目次") and location_exists(authority, "第28条第4項")
    assert not location_exists(authority, "第28条第5項") and not location_exists(authority, "第35条")
    clean = read_draft(HERE, "takamura-ken")
    assert location_exists(clean, "第7章") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第8章") and not location_exists(clean, "第41条")


def test_the_dangling_reference_and_the_table_of_contents_point_where_the_gold_says() -> None:
    authority = read_draft(HERE, "chikurin-byoin-kigyodan")
    assert "前条第5項の受託業務" in authority
    assert "第5章　雑則（第31条・第32条）" in authority and "第5章　雑則\n" in authority
    town = read_draft(HERE, "sasaba-cho")
    assert "平成三十年三月二十二日" in town and "平成三十年三月一日から施行する" in town
    assert "番号の利用等に関する法律第二条第八項" in town

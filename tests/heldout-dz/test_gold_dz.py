"""The fresh 2016 held-out set "dz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kaedenomine-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"nishikiura-cho.txt": ("C0",)})
    town = read_draft(HERE, "nishikiura-cho")
    assert "非識別加工情報の提供" not in town and "登録簿" in town and "個人情報ファイル簿" not in town


def test_the_article_counter_reads_kanji_full_width_a_gap_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "kaedezaka-shi"))
    assert "12条" in city and "20条" in city and city[-1] == "36条" and len(city) == 36
    village = articles(read_draft(HERE, "momijisawa-mura"))
    assert village[0] == "1条" and village[-1] == "27条" and len(village) == 27
    town = articles(read_draft(HERE, "nishikiura-cho"))
    assert "16条" not in town and town[-1] == "23条" and len(town) == 22
    assert len(articles(read_draft(HERE, "tochigase-kigyodan"))) == 28
    clean = articles(read_draft(HERE, "kaedenomine-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "nishikiura-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "第16条") and not location_exists(town, "目次")
    clean = read_draft(HERE, "kaedenomine-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")
    authority = read_draft(HERE, "tochigase-kigyodan")
    assert not location_exists(authority, "目次") and location_exists(authority, "附則第3項")
    city = read_draft(HERE, "kaedezaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第18条第2項")


def test_the_deleted_reference_and_the_missing_caption_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "kaedezaka-shi")
    assert "第１２条　削除" in city and "第１２条第２項の規定により開示を受けたもの" in city
    authority = read_draft(HERE, "tochigase-kigyodan")
    assert "利用停止請求権）\n第13条" in authority and "）\n第14条" not in authority
    assert "削除情報（" not in authority

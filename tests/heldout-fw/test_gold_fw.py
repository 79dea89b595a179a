"""The fresh 2016 held-out set "fw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sumiishi-cho.txt", spread=True, pairs=24))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"karamete-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "karamete-cho")


def test_the_article_counter_reads_branch_articles_a_gap_full_width_and_kanji() -> None:
    city = articles(read_draft(HERE, "nozurazumi-shi"))
    assert "17条の2" in city and "17条の14" in city and city[-1] == "25条" and len(city) == 38
    town = articles(read_draft(HERE, "karamete-cho"))
    assert "13条" not in town and town[-1] == "27条" and len(town) == 26
    assert len(articles(read_draft(HERE, "sotoguruwa-ken"))) == 36
    assert len(articles(read_draft(HERE, "karabori-kigyodan"))) == 32
    clean = articles(read_draft(HERE, "sumiishi-cho"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "nozurazumi-shi")
    assert location_exists(city, "第17条の9") and location_exists(city, "第9条第2項")
    assert not location_exists(city, "第9条第3項") and not location_exists(city, "目次")
    town = read_draft(HERE, "karamete-cho")
    assert location_exists(town, "附則第2項") and not location_exists(town, "第13条")
    prefecture = read_draft(HERE, "sotoguruwa-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert not location_exists(prefecture, "第37条")
    clean = read_draft(HERE, "sumiishi-cho")
    assert location_exists(clean, "付則第3項") and location_exists(clean, "第2条第11項")
    assert not location_exists(clean, "付則第4項") and not location_exists(clean, "第41条")


def test_the_dangling_and_the_wrong_reference_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "nozurazumi-shi")
    assert "第9条第3項の受託業務" in city and "\n3　" not in city.split("（委託に伴う措置等）")[1].split("（従事者の義務）")[0]
    authority = read_draft(HERE, "karabori-kigyodan")
    assert "又は第七条の規定に違反して利用され" in authority
    assert "（安全確保の措置）\n第七条" in authority and "（利用及び提供の制限）\n第六条" in authority
    assert "企業団非識別加工情報等」という" not in authority

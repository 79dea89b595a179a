"""The fresh 2016 held-out set "gp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kuguiyachi-ken.txt", spread=True, every_point=False, pairs=24))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"karizutsumi-ku.txt": ("C0",)})
    ward = read_draft(HERE, "karizutsumi-ku")
    assert "非識別加工情報の提供" not in ward and "実施機関非識別加工情報" not in ward


def test_the_article_counter_reads_kanji_full_width_and_arabic_and_sees_the_gap() -> None:
    city = articles(read_draft(HERE, "ashinobe-shi"))
    assert city[0] == "1条" and city[-1] == "28条" and len(city) == 28
    village = articles(read_draft(HERE, "shigisawa-mura"))
    assert "15条" not in village and village[-1] == "30条" and len(village) == 29
    assert len(articles(read_draft(HERE, "karizutsumi-ku"))) == 25
    assert len(articles(read_draft(HERE, "saginuma-kyukyu-rengo"))) == 25
    prefecture = articles(read_draft(HERE, "kuguiyachi-ken"))
    assert prefecture[-1] == "39条" and len(prefecture) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "ashinobe-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第29条") and not location_exists(city, "附則第4項")
    village = read_draft(HERE, "shigisawa-mura")
    assert location_exists(village, "第16条") and not location_exists(village, "第15条")
    assert not location_exists(village, "目次")
    ward = read_draft(HERE, "karizutsumi-ku")
    assert location_exists(ward, "付則第1条") and location_exists(ward, "付則第2条")
    assert not location_exists(ward, "付則第3条") and not location_exists(ward, "目次")
    authority = read_draft(HERE, "saginuma-kyukyu-rengo")
    assert location_exists(authority, "第2条第11項") and not location_exists(authority, "第2条第12項")
    assert not location_exists(authority, "第29条") and not location_exists(authority, "第1章")
    prefecture = read_draft(HERE, "kuguiyachi-ken")
    assert location_exists(prefecture, "第2章第2節") and location_exists(prefecture, "第3章第4節")
    assert location_exists(prefecture, "第8章") and not location_exists(prefecture, "第9章")
    assert location_exists(prefecture, "第2条第11項") and not location_exists(prefecture, "第40条")


def test_the_seeded_reference_and_table_of_contents_defects_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "saginuma-kyukyu-rengo")
    assert "第29条第2項の受託業務" in authority and "（罰則）" in authority
    city = read_draft(HERE, "ashinobe-shi")
    toc = city.split("第一章　総則\n\n")[0]
    assert "第五章　実施機関非識別加工情報の提供（第十八条―第二十二条）" in toc
    assert "（安全確保の措置等）\n第二十三条" in city and "第六章　雑則（第二十四条" in toc
    assert "平成十五年法律第五十七号。以下「法」という。" in city


def test_one_draft_only_is_in_plain_wording() -> None:
    plain = [p.stem for p in HERE.glob("*.txt") if "当てはめない" in p.read_text("utf-8")]
    assert plain == ["shigisawa-mura"]

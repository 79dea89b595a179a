"""The fresh 2016 held-out set "ge"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="matsuriakari-ken.txt", spread=True, every_point=False))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yoimatsuri-ku.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "yoimatsuri-ku")


def test_the_article_counter_reads_full_width_kanji_and_a_duplicated_number() -> None:
    town = articles(read_draft(HERE, "chochinbori-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    city = articles(read_draft(HERE, "dashimaki-shi"))
    assert city[-1] == "29条" and len(city) == 29
    authority = articles(read_draft(HERE, "mandodai-shobo-kumiai"))
    assert authority.count("10条") == 2 and "11条" not in authority and len(authority) == 27
    assert len(articles(read_draft(HERE, "yoimatsuri-ku"))) == 25
    clean = articles(read_draft(HERE, "matsuriakari-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "chochinbori-cho")
    assert location_exists(town, "目次") and location_exists(town, "第7条第2項")
    assert not location_exists(town, "第7条第3項") and not location_exists(town, "第31条")
    ward = read_draft(HERE, "yoimatsuri-ku")
    assert not location_exists(ward, "目次") and location_exists(ward, "附則第3項")
    clean = read_draft(HERE, "matsuriakari-ken")
    assert location_exists(clean, "第7章") and not location_exists(clean, "第8章")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")
    authority = read_draft(HERE, "mandodai-shobo-kumiai")
    assert not location_exists(authority, "第11条") and location_exists(authority, "第20条第4項")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "chochinbori-cho")
    assert "第７条第３項の受託した業務" in town and "第３章　個人情報取扱事務の登録" in town
    assert "第３章　個人情報ファイル簿" in town
    city = read_draft(HERE, "dashimaki-shi")
    assert "の全部を改正する" in city and "は、廃止する。" in city
    authority = read_draft(HERE, "mandodai-shobo-kumiai")
    assert "。以下「法」という。）第二条第二項に規定する個人識別符号" in authority
    assert "令和元年十二月二十五日" in authority and "令和元年十二月一日から施行" in authority
    assert "10万円以下の過料" in read_draft(HERE, "yoimatsuri-ku")

"""The fresh 2016 held-out set "je"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hanabigawa-shi.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yusuzumi-cho.txt": ("C0",)})
    town = read_draft(HERE, "yusuzumi-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報" in town  # the leftover definition (C20)


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "hanabigawa-shi"))
    assert clean[0] == "1条" and clean[-1] == "37条" and len(clean) == 37
    prefecture = articles(read_draft(HERE, "uchiwano-ken"))
    assert "20条の2" in prefecture and "20条の11" in prefecture and prefecture[-1] == "23条"
    assert len(prefecture) == 33
    assert len(articles(read_draft(HERE, "furinzaka-shi"))) == 32
    assert len(articles(read_draft(HERE, "yusuzumi-cho"))) == 24
    assert len(articles(read_draft(HERE, "hanabidai-eisei-kumiai"))) == 31


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "hanabigawa-shi")
    assert location_exists(clean, "第2章第2節") and location_exists(clean, "第4章") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項") and not location_exists(clean, "第38条")
    prefecture = read_draft(HERE, "uchiwano-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第20条の7第2項")
    assert not location_exists(prefecture, "第20条の12")
    town = read_draft(HERE, "yusuzumi-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    authority = read_draft(HERE, "hanabidai-eisei-kumiai")
    assert not location_exists(authority, "目次") and not location_exists(authority, "第32条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "furinzaka-shi")
    assert "第11条第1項第7号及び第8号" in city and "(8)" not in city.split("（個人情報ファイル簿）")[1].split("（審議会）")[0]
    assert "平成15年法律第57号。以下「法」" in city
    prefecture = read_draft(HERE, "uchiwano-ken")
    assert prefecture.index("審議会の意見を聴いて") < prefecture.index("（以下「審議会」という。）")
    assert "（３）　破産" in prefecture and "（４）" not in prefecture.split("（欠格事由）")[1].split("（提案の審査等）")[0]
    authority = read_draft(HERE, "hanabidai-eisei-kumiai")
    assert "(契約の解除)" not in authority and "という。)第2条第2項に規定する個人識別符号" in authority
    assert "三年以下の懲役" in read_draft(HERE, "yusuzumi-cho")

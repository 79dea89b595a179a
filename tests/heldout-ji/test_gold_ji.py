"""The fresh 2016 held-out set "ji"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="moshioura-mura.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shiohiura-cho.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "shiohiura-cho")


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "shiohiura-cho"))
    assert town[0] == "1条" and town[-1] == "24条" and len(town) == 24
    prefecture = articles(read_draft(HERE, "shioirihama-ken"))
    assert "20条の2" in prefecture and "20条の12" in prefecture and "20条の13" not in prefecture
    assert prefecture[-1] == "26条" and len(prefecture) == 37
    assert len(articles(read_draft(HERE, "moshiogama-shi"))) == 34
    assert len(articles(read_draft(HERE, "shiodamari-gesuido-kumiai"))) == 31
    clean = articles(read_draft(HERE, "moshioura-mura"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "moshiogama-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節") and location_exists(city, "第4章")
    assert not location_exists(city, "第35条") and not location_exists(city, "第2章第3節")
    prefecture = read_draft(HERE, "shioirihama-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第2条第11項")
    assert not location_exists(prefecture, "第20条の13") and not location_exists(prefecture, "第2条第12項")
    town = read_draft(HERE, "shiohiura-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert not location_exists(town, "目次") and not location_exists(town, "第25条")
    authority = read_draft(HERE, "shiodamari-gesuido-kumiai")
    assert not location_exists(authority, "目次") and location_exists(authority, "第18条第2項第8号")
    assert not location_exists(authority, "第32条") and location_exists(authority, "第6条第1項")
    clean = read_draft(HERE, "moshioura-mura")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "第40条")


def test_the_seeded_slips_are_in_the_text_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "shioirihama-ken")
    assert "第二十条の十三の規定により" in prefecture and "平成十五年法律第五十七号。以下「行政機関個人情報保護法」" in prefecture
    city = read_draft(HERE, "moshiogama-shi")
    assert "第3章　開示、訂正及び利用停止の請求（" in city and "\n第3章　開示、訂正及び利用停止\n" in city
    assert "（契約の解除）" not in city and "3年以下の懲役" in city
    town = read_draft(HERE, "shiohiura-cho")
    assert town.index("審議会の意見") < town.index("（以下「審議会」という。）")
    authority = read_draft(HERE, "shiodamari-gesuido-kumiai")
    assert "「削除情報」" not in authority and "削除情報（" not in authority

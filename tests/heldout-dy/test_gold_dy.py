"""The fresh 2016 held-out set "dy"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ashiumi-ku.txt", spread=True, every_point=True))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hishiura-cho.txt": ("C0",)})
    town = read_draft(HERE, "hishiura-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報　" in town
    assert "ます。" in town and "をいう。" not in town


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "ashikari-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "24条" and len(prefecture) == 24
    city = articles(read_draft(HERE, "hasumidai-shi"))
    assert "20条の5" in city and "20条の6" not in city and "20条の7" in city
    assert city[-1] == "26条" and len(city) == 40
    assert len(articles(read_draft(HERE, "hishiura-cho"))) == 23
    assert len(articles(read_draft(HERE, "hasugako-koiki"))) == 30
    clean = articles(read_draft(HERE, "ashiumi-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "ashiumi-ku")
    assert location_exists(clean, "目次") and location_exists(clean, "第4章第3節") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")
    city = read_draft(HERE, "hasumidai-shi")
    assert location_exists(city, "第20条の7") and not location_exists(city, "第20条の6")
    assert not location_exists(city, "目次") and location_exists(city, "第17条第1項")
    authority = read_draft(HERE, "hasugako-koiki")
    assert location_exists(authority, "付則第1項") and not location_exists(authority, "附則第3項")
    assert location_exists(authority, "第3章第2節") and not location_exists(authority, "第31条")
    prefecture = read_draft(HERE, "ashikari-ken")
    assert location_exists(prefecture, "第2条第8号") and not location_exists(prefecture, "第25条")


def test_the_seeded_references_and_the_table_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "hasumidai-shi")
    assert "第６条第１項から第４項まで" in city and "\n４　" not in city.split("第６条")[1].split("（利用目的の明示）")[0]
    assert "平成30年6月28日" in city and "平成30年４月１日から施行" in city
    authority = read_draft(HERE, "hasugako-koiki")
    assert "前条に規定する通知を受けた者" in authority and "契約の解除" in authority
    prefecture = read_draft(HERE, "ashikari-ken")
    assert prefecture.count("｜第四十四条の") >= 8 and "実費を勘案して規則で定める額" in prefecture
    assert "法律第五十九号" in prefecture and "第二条第二項に規定する個人識別符号" in prefecture
    clean = read_draft(HERE, "ashiumi-ku")
    assert "別表（第３１条関係）" in clean and "規則で定める額" not in clean

"""The fresh 2016 held-out set "et"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="fuurodake-cho.txt", spread=True, pairs=24))


def test_only_the_town_and_the_sanitation_authority_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"komakusadani-eisei-kumiai.txt": ("C0",), "rindozawa-cho.txt": ("C0",)})
    for name in ("komakusadani-eisei-kumiai", "rindozawa-cho"):
        assert "非識別加工情報の提供" not in read_draft(HERE, name)
        assert "第4章" not in [d["location"] for d in gold(HERE / f"{name}.gold.json")["defects"]]


def test_the_article_counter_reads_kanji_branch_articles_deleted_articles_and_full_width() -> None:
    prefecture = articles(read_draft(HERE, "kikyodai-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "38条" and len(prefecture) == 38
    town = articles(read_draft(HERE, "rindozawa-cho"))
    assert {"8条の2", "9条の2", "11条の2", "9条", "10条"} <= set(town) and town[-1] == "26条" and len(town) == 29
    assert len(articles(read_draft(HERE, "komakusadani-eisei-kumiai"))) == 23
    city = articles(read_draft(HERE, "azaminoura-shi"))
    assert city[-1] == "39条" and len(city) == 39
    clean = articles(read_draft(HERE, "fuurodake-cho"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "kikyodai-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第7章")
    assert location_exists(prefecture, "附則第4項") and not location_exists(prefecture, "附則第5項")
    assert not location_exists(prefecture, "第8章") and not location_exists(prefecture, "第39条")
    town = read_draft(HERE, "rindozawa-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第11条の2")
    assert not location_exists(town, "第11条の3") and not location_exists(town, "第27条")
    authority = read_draft(HERE, "komakusadani-eisei-kumiai")
    assert location_exists(authority, "第10条第2項") and not location_exists(authority, "第10条第3項")
    assert location_exists(authority, "第5章") and not location_exists(authority, "目次")
    city = read_draft(HERE, "azaminoura-shi")
    assert location_exists(city, "附則第4条") and not location_exists(city, "附則第5条")
    assert location_exists(city, "第2条第12項") and not location_exists(city, "第2条第13項")
    clean = read_draft(HERE, "fuurodake-cho")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")
    assert location_exists(clean, "第6章") and not location_exists(clean, "第7章")


def test_the_seeded_references_and_dates_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "rindozawa-cho")
    assert "第十条　削除" in town and "第十条の委託を受けた" in town
    authority = read_draft(HERE, "komakusadani-eisei-kumiai")
    assert "第10条第3項の規定により開示を受けた" in authority and "(6) " not in authority.split("(組合の責務)")[0]
    city = read_draft(HERE, "azaminoura-shi")
    assert "平成30年3月26日" in city and "平成30年3月1日から施行する" in city
    assert city.index("審議会の意見を聴いて") < city.index("（以下「審議会」という。）")
    prefecture = read_draft(HERE, "kikyodai-ken")
    assert "第五章　実施機関非識別加工情報の提供（第十九条―第三十一条）" in prefecture
    assert "（従事者の義務）\n第三十二条" in prefecture and "平成十五年法律第五十九号" in prefecture

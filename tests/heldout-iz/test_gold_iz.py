"""The fresh 2016 held-out set "iz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kotakabashi-ku.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hayabusadani-mura.txt": ("C0",)})
    village = read_draft(HERE, "hayabusadani-mura")
    assert "非識別加工情報の提供" not in village and "付　則" in village


def test_the_article_counter_reads_full_width_kanji_a_gap_branches_and_deleted_articles() -> None:
    village = articles(read_draft(HERE, "hayabusadani-mura"))
    assert "16条" not in village and village[-1] == "23条" and len(village) == 22
    prefecture = articles(read_draft(HERE, "washiomine-ken"))
    assert "19条の2" in prefecture and "19条の13" in prefecture and prefecture[-1] == "25条"
    assert len(prefecture) == 37
    town = articles(read_draft(HERE, "fukuroda-cho"))
    assert {"7条", "12条", "19条"} <= set(town) and len(town) == 28
    assert len(articles(read_draft(HERE, "takanokura-shi"))) == 35
    clean = articles(read_draft(HERE, "kotakabashi-ku"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "hayabusadani-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "第16条")
    prefecture = read_draft(HERE, "washiomine-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert location_exists(prefecture, "第19条の10") and not location_exists(prefecture, "第19条の14")
    clean = read_draft(HERE, "kotakabashi-ku")
    assert location_exists(clean, "第4章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第39条")
    city = read_draft(HERE, "takanokura-shi")
    assert not location_exists(city, "目次") and location_exists(city, "第35条")


def test_the_seeded_drafting_points_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "fukuroda-cho")
    assert "第7条 削除" in town and "第12条 削除" in town and "第12条の規定による通知" in town
    prefecture = read_draft(HERE, "washiomine-ken")
    assert "第六章　補則" in prefecture and "第六章　雑則" in prefecture
    assert "（契約の解除）" not in prefecture and "平成十五年法律第五十九号" in prefecture
    city = read_draft(HERE, "takanokura-shi")
    assert city.index("審議会の意見を聴いて") < city.index("（以下「審議会」という。）")
    assert "150万円以下の罰金" in city and "規則で定める額の手数料" in city

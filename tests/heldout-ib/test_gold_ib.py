"""The fresh 2016 held-out set "ib"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tanaike-shi.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sekiage-mura.txt": ("C0",)})
    village = read_draft(HERE, "sekiage-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の提案" in village


def test_the_article_counter_reads_kanji_full_width_branch_and_deleted_articles() -> None:
    town = articles(read_draft(HERE, "tanase-cho"))
    assert town[0] == "1条" and town[-1] == "33条" and len(town) == 33
    city = articles(read_draft(HERE, "suishabara-shi"))
    assert city[-1] == "33条" and len(city) == 33
    prefecture = articles(read_draft(HERE, "yosuizaka-ken"))
    assert "22条の2" in prefecture and "22条の11" in prefecture and "22条の12" not in prefecture
    assert prefecture[-1] == "28条" and len(prefecture) == 38
    assert len(articles(read_draft(HERE, "sekiage-mura"))) == 25
    clean = articles(read_draft(HERE, "tanaike-shi"))
    assert "11条" in clean and "14条" in clean and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "sekiage-mura")
    assert location_exists(village, "付則第1条") and location_exists(village, "第25条")
    assert not location_exists(village, "第26条") and not location_exists(village, "目次")
    town = read_draft(HERE, "tanase-cho")
    assert location_exists(town, "目次") and location_exists(town, "附則第2項")
    assert not location_exists(town, "第34条") and not location_exists(town, "附則第3項")
    prefecture = read_draft(HERE, "yosuizaka-ken")
    assert location_exists(prefecture, "第22条の2第3項") and not location_exists(prefecture, "第22条の12")
    assert not location_exists(prefecture, "目次")
    clean = read_draft(HERE, "tanaike-shi")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第41条")


def test_the_seeded_references_and_figures_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "tanase-cho")
    assert "平成十五年法律第五十九号" in town and "十万円以下の過料" in town
    assert "第二十六条の規定により非識別加工情報の利用に関する契約を解除され" in town
    assert "（契約の解除）" not in town
    prefecture = read_draft(HERE, "yosuizaka-ken")
    assert "第22条の12の規定により" in prefecture and "容易に照合" in prefecture
    assert "犯罪により害を被った事実" not in prefecture
    city = read_draft(HERE, "suishabara-shi")
    assert "⑸　提案に係る実施機関非識別加工情報の利用の目的" in city and "⑹　提案に係る" not in city
    village = read_draft(HERE, "sekiage-mura")
    assert "平成30年6月20日" in village and "平成30年4月1日から施行" in village
    clean = read_draft(HERE, "tanaike-shi")
    assert clean.count("削除\n") == 2 and "五万円以下の過料" in clean

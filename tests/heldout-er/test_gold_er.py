"""The fresh 2016 held-out set "er"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ishidatami-cho.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tsugitate-cho.txt": ("C0",)}, strict=True)
    town = read_draft(HERE, "tsugitate-cho")
    assert "非識別加工情報の提供" not in town and "提案" not in town
    for name in ("tatebahara-shi", "kidoguchi-mura", "banshodai-shi", "ishidatami-cho"):
        assert "非識別加工情報の提供" in read_draft(HERE, name) or "非識別加工情報の作成と提供" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_deleted_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "tatebahara-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    town = articles(read_draft(HERE, "tsugitate-cho"))
    assert "12条" in town and "22条" in town and town[-1] == "28条" and len(town) == 28
    assert len(articles(read_draft(HERE, "kidoguchi-mura"))) == 33
    branch = articles(read_draft(HERE, "banshodai-shi"))
    assert "13条の2" in branch and "20条の13" in branch and branch[-1] == "26条" and len(branch) == 39
    clean = articles(read_draft(HERE, "ishidatami-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "tsugitate-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第12条")
    assert location_exists(town, "第2条第8項") and not location_exists(town, "第2条第9項")
    village = read_draft(HERE, "kidoguchi-mura")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")
    assert not location_exists(village, "第34条")
    branch = read_draft(HERE, "banshodai-shi")
    assert location_exists(branch, "目次") and location_exists(branch, "第4章の2") and location_exists(branch, "第2章第3節")
    assert location_exists(branch, "附則（平成29年12月22日条例第38号）第2項") and not location_exists(branch, "第20条の14")
    clean = read_draft(HERE, "ishidatami-cho")
    assert location_exists(clean, "付則第5項") and not location_exists(clean, "付則第6項")
    assert location_exists(clean, "第7章") and not location_exists(clean, "第8章") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "kidoguchi-mura")
    proposal = village.split("\n第19条")[1].split("\n3　")[0]
    assert "(3)" in proposal and "(4)" not in proposal and "(5)" in proposal
    assert "削除情報" in village and "「削除情報」" not in village
    branch = read_draft(HERE, "banshodai-shi")
    assert "（第20条の2―第20条の12）" in branch and "\n第20条の13" in branch
    assert "\n第20条の9　" in branch and "）\n第20条の9" not in branch
    town = read_draft(HERE, "tsugitate-cho")
    assert "第十二条　削除" in town and "同項若しくは第十二条の規定に違反して" in town
    assert town.index("審議会の意見を聴いて") < town.index("（以下「審議会」という。）")
    city = read_draft(HERE, "tatebahara-shi")
    assert "それぞれこの条例第１５条第１項、第１５条第１項又は第１６条第１項" in city


def test_exactly_one_draft_is_in_everyday_wording() -> None:
    plain = [g["draft"] for g in map(gold, GOLDS) if read_draft(HERE, g["draft"][:-4]).count("ます。") > 20]
    assert plain == ["kidoguchi-mura.txt"]

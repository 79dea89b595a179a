"""The fresh 2016 held-out set "eg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="seppo-shi.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yukiyu-mura.txt": ("C0",)})
    village = read_draft(HERE, "yukiyu-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の作成及び提供" in village


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "yumine-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    village = articles(read_draft(HERE, "yukiyu-mura"))
    assert village[-1] == "22条" and len(village) == 22
    authority = articles(read_draft(HERE, "minesawa-rengo"))
    assert "10条の2" in authority and len(authority) == 25
    city = articles(read_draft(HERE, "mineyu-shi"))
    assert city[-1] == "26条" and len(city) == 26
    clean = articles(read_draft(HERE, "seppo-shi"))
    assert "21条の2" in clean and clean[-1] == "34条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "mineyu-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節")
    assert not location_exists(city, "第27条")
    town = read_draft(HERE, "yumine-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "付則第3条")
    assert not location_exists(town, "目次")
    village = read_draft(HERE, "yukiyu-mura")
    assert location_exists(village, "第9条第2項") and not location_exists(village, "第9条第3項")
    clean = read_draft(HERE, "seppo-shi")
    assert location_exists(clean, "第2条第12項") and not location_exists(clean, "第2条第13項")
    assert location_exists(clean, "附則第2項") and not location_exists(clean, "附則第3項")


def test_the_seeded_references_and_the_table_of_contents_point_where_the_gold_says() -> None:
    city = read_draft(HERE, "mineyu-shi")
    assert "第3章　非識別加工情報の提供（第16条―第20条）" in city and "（手数料）\n第21条" in city
    assert "10万円以下の過料" in city
    assert "第９条第３項の規定により委託" in read_draft(HERE, "yukiyu-mura")
    town = read_draft(HERE, "yumine-cho")
    assert town.index("法第二条第三項") < town.index("「法」とは")
    assert "平成十五年法律第五十九号" in town
    assert "（契約の解除）" not in town and "（契約の解除）" in read_draft(HERE, "minesawa-rengo")

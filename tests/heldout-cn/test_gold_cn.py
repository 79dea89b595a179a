"""The fresh 2016 held-out set "cn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sumiyaki-mura.txt", spread=True))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"somayama-cho.txt": ("C0",)}, strict=True)
    assert "実施機関非識別加工情報" not in read_draft(HERE, "somayama-cho")


def test_the_article_counter_reads_kanji_full_width_branches_and_a_gap() -> None:
    village = articles(read_draft(HERE, "sumiyaki-mura"))
    assert village[0] == "1条" and village[-1] == "40条" and len(village) == 40
    branch_city = articles(read_draft(HERE, "kamanosawa-shi"))
    assert "8条の2" in branch_city and "20条の15" in branch_city and "20条の6" not in branch_city
    assert branch_city[-1] == "25条" and len(branch_city) == 39
    town = articles(read_draft(HERE, "somayama-cho"))
    assert town[-1] == "27条" and len(town) == 27
    city = articles(read_draft(HERE, "sumigama-shi"))
    assert city[-1] == "39条" and len(city) == 39
    fire = articles(read_draft(HERE, "sumihara-shobo"))
    assert fire[-1] == "34条" and len(fire) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    fire = read_draft(HERE, "sumihara-shobo")
    assert location_exists(fire, "第15条第2項") and not location_exists(fire, "第15条第3項")
    assert not location_exists(fire, "目次") and not location_exists(fire, "第1章")
    town = read_draft(HERE, "somayama-cho")
    assert location_exists(town, "付則第4条") and not location_exists(town, "付則第5条")
    assert not location_exists(town, "第28条")
    branch_city = read_draft(HERE, "kamanosawa-shi")
    assert location_exists(branch_city, "第3章の2") and not location_exists(branch_city, "第20条の6")
    assert location_exists(branch_city, "附則（平成29年12月22日条例第40号）第2項")
    city = read_draft(HERE, "sumigama-shi")
    assert location_exists(city, "目次") and location_exists(city, "附則第4項")
    assert not location_exists(city, "附則第5項") and not location_exists(city, "第40条")
    village = read_draft(HERE, "sumiyaki-mura")
    assert location_exists(village, "第6章") and location_exists(village, "第29条第3項")
    assert not location_exists(village, "第7章") and not location_exists(village, "第41条")

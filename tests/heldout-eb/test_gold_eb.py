"""The fresh 2016 held-out set "eb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="uraami-cho.txt", spread=True))


def test_only_the_waste_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ajirowan-rengo.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "ajirowan-rengo")
    # the leftover the gold seeds as C20
    assert "非識別加工情報の作成の基準" in read_draft(HERE, "ajirowan-rengo")


def test_the_article_counter_reads_branch_articles_kanji_and_full_width() -> None:
    city = articles(read_draft(HERE, "amikura-shi"))
    assert "19条の5" in city and "19条の6" not in city and "19条の7" in city
    assert city[-1] == "26条" and len(city) == 36
    town = articles(read_draft(HERE, "isaura-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    clean = articles(read_draft(HERE, "uraami-cho"))
    assert clean[-1] == "38条" and len(clean) == 38
    assert len(articles(read_draft(HERE, "rokaura-mura"))) == 24
    assert len(articles(read_draft(HERE, "ajirowan-rengo"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "amikura-shi")
    assert location_exists(city, "第19条の7") and not location_exists(city, "第19条の6")
    assert location_exists(city, "第4章の2") and not location_exists(city, "目次")
    town = read_draft(HERE, "isaura-cho")
    assert location_exists(town, "第2条第9項") and not location_exists(town, "第2条第10項")
    assert location_exists(town, "附則第2項") and not location_exists(town, "第26条")
    assert not location_exists(town, "第25条第2項")
    clean = read_draft(HERE, "uraami-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第39条")
    village = read_draft(HERE, "rokaura-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "第25条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    town = read_draft(HERE, "isaura-cho")
    assert "第二十五条第二項の規定の例による" in town
    assert "第四十四条の十二まで、第四十四条の十五及び第四十四条の十六" in town
    village = read_draft(HERE, "rokaura-mura")
    assert "第9条の仕事を任された者" in village and "（平成15年法律第57号）" in village
    city = read_draft(HERE, "amikura-shi")
    assert "150万円以下の罰金" in city and "規則で定める額の手数料" in city

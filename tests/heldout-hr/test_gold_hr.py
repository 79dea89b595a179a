"""The fresh 2016 held-out set "hr"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="iriai-cho.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yugurehara-mura.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "yugurehara-mura")


def test_the_article_counter_reads_full_width_kanji_a_gap_and_branch_articles() -> None:
    village = articles(read_draft(HERE, "yugurehara-mura"))
    assert "14条" not in village and village[-1] == "24条" and len(village) == 23
    city = articles(read_draft(HERE, "teramachi-shi"))
    assert "10条の2" in city and "25条の2" in city and city[-1] == "34条" and len(city) == 36
    clean = articles(read_draft(HERE, "iriai-cho"))
    assert clean[0] == "1条" and clean[-1] == "36条" and len(clean) == 36
    assert len(articles(read_draft(HERE, "shoro-shi"))) == 28
    assert len(articles(read_draft(HERE, "torodo-byoin-kumiai"))) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "yugurehara-mura")
    assert location_exists(village, "付則第1項") and not location_exists(village, "第14条")
    assert not location_exists(village, "目次")
    city = read_draft(HERE, "teramachi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第10条の2")
    assert not location_exists(city, "第35条")
    shoro = read_draft(HERE, "shoro-shi")
    assert location_exists(shoro, "第24条第4項") and not location_exists(shoro, "第24条第5項")
    clean = read_draft(HERE, "iriai-cho")
    assert not location_exists(clean, "目次") and location_exists(clean, "附則第4項")


def test_the_dangling_reference_and_the_toc_mismatch_are_where_the_gold_says() -> None:
    assert "第24条第5項の基準" in read_draft(HERE, "shoro-shi")
    city = read_draft(HERE, "teramachi-shi")
    assert "第三章　個人情報の開示、訂正及び利用停止（第十一条―第十九条）" in city
    assert "第十二条　何人も" in city
    assert "平成15年法律第57号。以下「法」" in read_draft(HERE, "torodo-byoin-kumiai").split("第3条")[0]

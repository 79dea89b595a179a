"""The fresh 2016 held-out set "id"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shiohigata-cho.txt", spread=True, pairs=24))


def test_only_the_care_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"isobe-kaigo-rengo.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "isobe-kaigo-rengo")


def test_the_article_counter_reads_full_width_kanji_a_gap_and_branch_articles() -> None:
    village = articles(read_draft(HERE, "shiokumi-mura"))
    assert "15条" not in village and village[-1] == "27条" and len(village) == 26
    city = articles(read_draft(HERE, "hamaenden-shi"))
    assert "8条" in city and "15条" in city and "11条の12" in city and len(city) == 33
    clean = articles(read_draft(HERE, "shiohigata-cho"))
    assert "24条の2" in clean and "24条の11" in clean and clean[-1] == "30条" and len(clean) == 40
    assert len(articles(read_draft(HERE, "shiohama-shi"))) == 33
    assert len(articles(read_draft(HERE, "isobe-kaigo-rengo"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "shiokumi-mura")
    assert location_exists(village, "第16条") and not location_exists(village, "第15条")
    assert not location_exists(village, "目次")
    city = read_draft(HERE, "shiohama-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節")
    assert location_exists(city, "附則第3項") and not location_exists(city, "第34条")
    union = read_draft(HERE, "isobe-kaigo-rengo")
    assert location_exists(union, "第19条第2項") and not location_exists(union, "第28条")
    clean = read_draft(HERE, "shiohigata-cho")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第31条")


def test_the_dangling_and_the_deleted_reference_point_where_the_gold_says() -> None:
    union = read_draft(HERE, "isobe-kaigo-rengo")
    assert "第二十八条に規定する審査会" in union and "第二十八条　" not in union
    city = read_draft(HERE, "hamaenden-shi")
    assert "第8条　削除" in city and "並びに第8条の規定によりその権限" in city
    assert "第11条の7" in city and "契約を解除" not in city

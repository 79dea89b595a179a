"""The fresh 2016 held-out set "ip"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ishizumi-shi.txt", spread=True, every_point=False))


def test_only_the_flood_control_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ishikiri-suibo-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "ishikiri-suibo-kumiai")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "ishizuegaoka-shi"))
    assert city[0] == "1条" and city[-1] == "27条" and len(city) == 27
    town = articles(read_draft(HERE, "tamaishi-cho"))
    assert "16条" not in town and town[-1] == "25条" and len(town) == 24
    assert len(articles(read_draft(HERE, "ishigaki-koiki"))) == 30
    assert len(articles(read_draft(HERE, "ishikiri-suibo-kumiai"))) == 21
    clean = articles(read_draft(HERE, "ishizumi-shi"))
    assert "11条" in clean and "20条" in clean and clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "ishizuegaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第28条") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "tamaishi-cho")
    assert not location_exists(town, "第16条") and not location_exists(town, "目次")
    union = read_draft(HERE, "ishigaki-koiki")
    assert location_exists(union, "第5章") and location_exists(union, "付則第2条")
    assert not location_exists(union, "第7条第3項") and not location_exists(union, "第40条")
    clean = read_draft(HERE, "ishizumi-shi")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")


def test_the_dangling_reference_and_the_leftover_point_where_the_gold_says() -> None:
    assert "第7条第3項に規定する者" in read_draft(HERE, "ishigaki-koiki")
    assert "非識別加工情報の作成に関する基準" in read_draft(HERE, "ishikiri-suibo-kumiai")
    assert "平成十五年法律第五十七号" in read_draft(HERE, "ishizuegaoka-shi")

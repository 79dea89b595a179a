"""The fresh 2016 held-out set "ei"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="nashiyama-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sumomozawa-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "sumomozawa-mura")


def test_the_article_counter_reads_branches_deleted_articles_and_kanji() -> None:
    city = articles(read_draft(HERE, "nashihana-shi"))
    assert "10条" in city and "20条の2" in city and "20条の13" in city and city[-1] == "25条" and len(city) == 37
    assert len(articles(read_draft(HERE, "momoguchi-shi"))) == 26
    assert len(articles(read_draft(HERE, "sumomozawa-mura"))) == 22
    hospital = articles(read_draft(HERE, "anzubara-byoin-kumiai"))
    assert "15条の2" in hospital and len(hospital) == 26
    clean = articles(read_draft(HERE, "nashiyama-cho"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    hospital = read_draft(HERE, "anzubara-byoin-kumiai")
    assert location_exists(hospital, "第10条第2項") and not location_exists(hospital, "第10条第3項")
    assert not location_exists(hospital, "目次")
    clean = read_draft(HERE, "nashiyama-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第2章第2節") and location_exists(clean, "付則第4項")
    assert not location_exists(clean, "付則第5項") and not location_exists(clean, "第41条")
    town = read_draft(HERE, "momoguchi-shi")
    assert location_exists(town, "附則第1項") and not location_exists(town, "第27条")
    village = read_draft(HERE, "sumomozawa-mura")
    assert location_exists(village, "第22条") and not location_exists(village, "第23条")


def test_the_deleted_and_the_dangling_reference_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "nashihana-shi")
    assert "第10条 削除" in city and "第10条に規定する個人情報ファイル" in city
    assert "第10条第3項の規定により" not in read_draft(HERE, "anzubara-byoin-kumiai")  # full-width digits there
    assert "第１０条第３項の規定により" in read_draft(HERE, "anzubara-byoin-kumiai")
    assert "（以下「審議会」という。）" in read_draft(HERE, "momoguchi-shi").split("第8条")[1]

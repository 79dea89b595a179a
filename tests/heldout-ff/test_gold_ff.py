"""The fresh 2016 held-out set "ff"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="koshiwatari-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shimotsuse-mura.txt": ("C0",)})
    village = read_draft(HERE, "shimotsuse-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の提案の募集" in village


def test_the_article_counter_reads_full_width_kanji_arabic_and_a_gap() -> None:
    village = articles(read_draft(HERE, "shimotsuse-mura"))
    assert village[0] == "1条" and village[-1] == "28条" and len(village) == 28
    ward = articles(read_draft(HERE, "funawatari-ku"))
    assert ward[-1] == "36条" and len(ward) == 36
    city = articles(read_draft(HERE, "ichinofuchi-shi"))
    assert "12条" not in city and city[-1] == "35条" and len(city) == 34
    assert len(articles(read_draft(HERE, "uwase-byoin-kigyodan"))) == 26
    clean = articles(read_draft(HERE, "koshiwatari-cho"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "shimotsuse-mura")
    assert location_exists(village, "第28条") and not location_exists(village, "第29条")
    assert not location_exists(village, "目次") and location_exists(village, "附則第3項")
    assert not location_exists(village, "第16条第2項")
    ward = read_draft(HERE, "funawatari-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第7章")
    city = read_draft(HERE, "ichinofuchi-shi")
    assert not location_exists(city, "第12条") and location_exists(city, "附則第5条")
    assert not location_exists(city, "目次")
    authority = read_draft(HERE, "uwase-byoin-kigyodan")
    assert location_exists(authority, "第2条第8項") and not location_exists(authority, "第2条第9項")
    clean = read_draft(HERE, "koshiwatari-cho")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第5項")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    assert "第１６条第２項の規定により写しの交付" in read_draft(HERE, "shimotsuse-mura")
    authority = read_draft(HERE, "uwase-byoin-kigyodan")
    assert "第6条第2項の受託業務" in authority and "200万円以下の罰金" in authority
    assert "二条第二項に規定する個人識別符号" in read_draft(HERE, "ichinofuchi-shi")
    ward = read_draft(HERE, "funawatari-ku")
    assert "「訂正決定等」" not in ward and "訂正決定等" in ward

"""The fresh 2016 held-out set "gy"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yukimurobe-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sorinosawa-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "sorinosawa-mura")


def test_the_article_counter_reads_kanji_half_width_full_width_branches_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "yukihashi-shi"))
    assert "20条の2" in city and "20条の11" in city and city[-1] == "26条" and len(city) == 36
    assert len(articles(read_draft(HERE, "sorinosawa-mura"))) == 22
    assert len(articles(read_draft(HERE, "tsuraragawa-kigyodan"))) == 26
    ward = articles(read_draft(HERE, "yukiwatari-ku"))
    assert "9条" in ward and "16条" in ward and len(ward) == 33
    clean = articles(read_draft(HERE, "yukimurobe-cho"))
    assert clean[0] == "1条" and clean[-1] == "35条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "yukihashi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第20条の10")
    assert not location_exists(city, "第20条の12") and not location_exists(city, "第27条")
    village = read_draft(HERE, "sorinosawa-mura")
    assert location_exists(village, "付則第1項") and not location_exists(village, "目次")
    assert not location_exists(village, "第23条")
    ward = read_draft(HERE, "yukiwatari-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章")
    clean = read_draft(HERE, "yukimurobe-cho")
    assert not location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第36条")


def test_the_dangling_reference_and_the_gap_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "yukihashi-shi")
    assert "第二十条の十二の規定により" in city and "\n第二十条の十二" not in city
    village = read_draft(HERE, "sorinosawa-mura")
    item_2 = village.split("(2)　法令等")[1]
    assert item_2.split("\n")[1].startswith("(4)")
    authority = read_draft(HERE, "tsuraragawa-kigyodan")
    assert "（契約の解除）" not in authority and authority.index("審議会の意見") < authority.index("（以下「審議会」という。）")

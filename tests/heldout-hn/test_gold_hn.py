"""The fresh 2016 held-out set "hn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hotarubi-cho.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"natsukoshi-mura.txt": ("C0",)})
    village = read_draft(HERE, "natsukoshi-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の作成" in village


def test_the_article_counter_reads_kanji_full_width_a_deleted_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "hotarubi-cho"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39
    village = articles(read_draft(HERE, "natsukoshi-mura"))
    assert "10条" in village and len(village) == 24
    authority = articles(read_draft(HERE, "uchiwabara-byoin-kigyodan"))
    assert authority[-1] == "27条" and len(authority) == 27
    city = articles(read_draft(HERE, "yoikawabe-shi"))
    assert "20条の7" in city and "20条の8" not in city and "20条の9" in city and len(city) == 37
    assert len(articles(read_draft(HERE, "hotaruzaka-shi"))) == 28


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "hotarubi-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第4章") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")
    city = read_draft(HERE, "yoikawabe-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第3章第4節")
    assert not location_exists(city, "第20条の8") and not location_exists(city, "第20条の13")
    village = read_draft(HERE, "natsukoshi-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    assert not location_exists(village, "目次")
    authority = read_draft(HERE, "uchiwabara-byoin-kigyodan")
    assert not location_exists(authority, "第30条") and location_exists(authority, "附則第1項")
    assert not location_exists(read_draft(HERE, "hotaruzaka-shi"), "第1章")


def test_the_seeded_references_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "uchiwabara-byoin-kigyodan")
    assert "第３０条の規定により契約を解除され" in authority and "法第２条第９項に規定する非識別加工情報" in authority
    village = read_draft(HERE, "natsukoshi-mura")
    assert "第十条　削除" in village and "第十条の規定により登録した" in village
    assert "平成十五年法律第五十七号。以下「法」" in village
    city = read_draft(HERE, "yoikawabe-shi")
    assert "個人情報の保護に関する法律（以下「法」という。）" in city and "契約の解除" not in city
    assert "10万円以下の過料" in read_draft(HERE, "hotaruzaka-shi")

"""The fresh 2016 held-out set "fy"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="irifune-ken.txt", spread=True, pairs=24))


def test_only_the_plain_worded_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"mioakari-cho.txt": ("C0",)})
    town = read_draft(HERE, "mioakari-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報を第三者に提供" in town
    assert "ます。" in town and "ます。" not in read_draft(HERE, "irifune-ken")


def test_the_article_counter_reads_kanji_full_width_and_half_width_numbers() -> None:
    city = articles(read_draft(HERE, "noroshimisaki-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    assert len(articles(read_draft(HERE, "mioakari-cho"))) == 22
    assert len(articles(read_draft(HERE, "tomarizaki-ku"))) == 27
    assert len(articles(read_draft(HERE, "tohyowan-eisei-kumiai"))) == 28
    clean = articles(read_draft(HERE, "irifune-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "noroshimisaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第11条第4項") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "mioakari-cho")
    assert location_exists(town, "第22条第3項") and not location_exists(town, "第23条")
    assert not location_exists(town, "目次")
    ward = read_draft(HERE, "tomarizaki-ku")
    assert location_exists(ward, "第18条第2項") and not location_exists(ward, "第28条")
    clean = read_draft(HERE, "irifune-ken")
    assert location_exists(clean, "第2条第11項") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "noroshimisaki-shi")
    assert "第十一条第四項の請求書" in city and "容易に照合することができ、それにより" in city
    ward = read_draft(HERE, "tomarizaki-ku")
    assert "（４）　提案に係る区非識別加工情報の作成" in ward and "（５）　提案" not in ward
    authority = read_draft(HERE, "tohyowan-eisei-kumiai")
    assert "第6条第2項の委託" in authority and "規則で定める額の手数料" in authority
    assert "犯罪により害を被った事実" not in authority

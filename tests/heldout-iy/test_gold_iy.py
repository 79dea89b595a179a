"""The fresh 2016 held-out set "iy"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="saotome-ken.txt", spread=True, every_point=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"segashira-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "segashira-cho")
    for name in ("suirobara-shi", "sanaeda-shi", "tanadago-byoin-kumiai", "saotome-ken"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_arabic_kanji_full_width_and_a_gap() -> None:
    town = articles(read_draft(HERE, "segashira-cho"))
    assert "15条" not in town and town[-1] == "27条" and len(town) == 26
    city = articles(read_draft(HERE, "sanaeda-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    clean = articles(read_draft(HERE, "saotome-ken"))
    assert clean[-1] == "40条" and len(clean) == 40
    assert len(articles(read_draft(HERE, "suirobara-shi"))) == 29
    assert len(articles(read_draft(HERE, "tanadago-byoin-kumiai"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    metro = read_draft(HERE, "suirobara-shi")
    assert location_exists(metro, "第2章第3節") and not location_exists(metro, "目次")
    assert location_exists(metro, "第11条第2項") and not location_exists(metro, "第11条第3項")
    town = read_draft(HERE, "segashira-cho")
    assert not location_exists(town, "第15条") and location_exists(town, "附則第2項")
    city = read_draft(HERE, "sanaeda-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章") and not location_exists(city, "第38条")
    clean = read_draft(HERE, "saotome-ken")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第2項")
    assert not location_exists(clean, "附則第3項") and not location_exists(clean, "第41条")
    authority = read_draft(HERE, "tanadago-byoin-kumiai")
    assert not location_exists(authority, "目次") and location_exists(authority, "第17条第4項")


def test_the_seeded_reference_and_date_defects_are_where_the_gold_says() -> None:
    metro = read_draft(HERE, "suirobara-shi")
    assert "前条第3項の記載" in metro.split("(提案の募集)")[1].split("(提案)")[0]
    assert "平成15年法律第57号。以下「法」" in metro
    authority = read_draft(HERE, "tanadago-byoin-kumiai")
    assert "平成30年3月23日" in authority and "平成30年3月1日から施行" in authority
    assert "開示決定等" in authority and "「開示決定等」" not in authority
    city = read_draft(HERE, "sanaeda-shi")
    assert "第５章　雑則（第３２条―第３４条）" in city and "第３１条　個人情報の保護" in city
    clean = read_draft(HERE, "saotome-ken")
    assert "別表（第三十条関係）" in clean and "規則で定める額" not in clean

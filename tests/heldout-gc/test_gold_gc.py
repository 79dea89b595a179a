"""The fresh 2016 held-out set "gc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ganpi-ku.txt", spread=True, pairs=24))


def test_only_the_prefecture_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sumizome-ken.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "sumizome-ken")
    for name in ("kamisuki-shi", "fudeo-cho", "kozoyama-byoin-kumiai", "ganpi-ku"):
        assert "実施機関非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_arabic_full_width_kanji_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "kamisuki-shi"))
    assert "9条" in city and "28条の3" in city and city[-1] == "37条" and len(city) == 39
    assert "第9条　削除" in read_draft(HERE, "kamisuki-shi")
    town = articles(read_draft(HERE, "fudeo-cho"))
    assert town[-1] == "33条" and len(town) == 33
    assert len(articles(read_draft(HERE, "sumizome-ken"))) == 26
    assert len(articles(read_draft(HERE, "kozoyama-byoin-kumiai"))) == 28
    clean = articles(read_draft(HERE, "ganpi-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kamisuki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第38条") and not location_exists(city, "附則第4項")
    ken = read_draft(HERE, "sumizome-ken")
    assert location_exists(ken, "付則第1項") and not location_exists(ken, "目次") and not location_exists(ken, "第27条")
    clean = read_draft(HERE, "ganpi-ku")
    assert location_exists(clean, "第2章第2節") and location_exists(clean, "第3章第3節")
    assert not location_exists(clean, "第7章") and not location_exists(clean, "第40条")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")
    town = read_draft(HERE, "fudeo-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第33条")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "kamisuki-shi")
    assert "平成15年法律第57号。以下「行政機関個人情報保護法」" in city and "第10条各号に掲げる個人情報ファイル" in city
    ken = read_draft(HERE, "sumizome-ken")
    assert "第２条第４項に規定する個人識別符号" in ken and "第１０条第２項に規定する事務に従事" in ken
    assert "平成３０年３月２６日" in ken and "平成３０年１月１日から施行" in ken
    assert "十万円以下の過料" in read_draft(HERE, "fudeo-cho")
    authority = read_draft(HERE, "kozoyama-byoin-kumiai")
    assert "\n第13条　" in authority and "開示決定等" in authority and "（以下「開示決定等」" not in authority

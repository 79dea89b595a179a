"""The fresh 2016 held-out set "cm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="komyo-ken.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tomoshibi-mura.txt": ("C0",)}, strict=True)
    assert "非識別加工情報の提供" not in read_draft(HERE, "tomoshibi-mura")


def test_the_article_counter_reads_kanji_full_width_branch_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "torobara-shi"))
    assert "8条" in city and "12条" in city and "24条の11" in city and "24条の12" not in city
    assert city[-1] == "30条" and len(city) == 40
    town = articles(read_draft(HERE, "akarino-cho"))
    assert town[0] == "1条" and town[-1] == "32条" and len(town) == 32
    designated = articles(read_draft(HERE, "hikarigaura-shi"))
    assert designated[-1] == "40条" and len(designated) == 40
    village = articles(read_draft(HERE, "tomoshibi-mura"))
    assert village[-1] == "25条" and len(village) == 25
    clean = articles(read_draft(HERE, "komyo-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "torobara-shi")
    assert location_exists(city, "第24条の5") and not location_exists(city, "第24条の12")
    assert location_exists(city, "第10条第2項") and not location_exists(city, "第10条第3項")
    assert not location_exists(city, "第31条")
    town = read_draft(HERE, "akarino-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert not location_exists(town, "目次") and not location_exists(town, "第33条")
    designated = read_draft(HERE, "hikarigaura-shi")
    assert location_exists(designated, "目次") and location_exists(designated, "第4章")
    assert location_exists(designated, "第2章第2節") and not location_exists(designated, "第9章")
    clean = read_draft(HERE, "komyo-ken")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第2条第12項")


def test_the_designated_city_table_of_contents_is_the_seeded_mismatch() -> None:
    text = read_draft(HERE, "hikarigaura-shi")
    assert "第4章　実施機関非識別加工情報の提供(第23条―第35条)" in text
    assert "第5章　光ヶ浦市個人情報保護審査会(第35条・第36条)" in text
    assert "(第三十五条" not in text


def test_the_clean_prefecture_cites_each_law_with_its_number() -> None:
    text = read_draft(HERE, "komyo-ken")
    assert "行政機関の保有する個人情報の保護に関する法律（平成１５年法律第５８号。以下「法」という。）" in text
    assert "１５０万円" not in text and "１０万円以下の過料" not in text

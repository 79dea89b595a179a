"""The fresh 2016 held-out set "iv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="noborigamahara-ken.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"nendozawa-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "nendozawa-mura")


def test_the_article_counter_reads_arabic_kanji_and_full_width_numbers_and_a_gap() -> None:
    city = articles(read_draft(HERE, "todono-shi"))
    assert city[0] == "1条" and city[-1] == "40条" and len(city) == 40
    town = articles(read_draft(HERE, "yugake-cho"))
    assert town[-1] == "35条" and len(town) == 35
    gap = articles(read_draft(HERE, "kamaato-shi"))
    assert "16条" not in gap and gap[-1] == "34条" and len(gap) == 33
    assert len(articles(read_draft(HERE, "nendozawa-mura"))) == 27
    clean = articles(read_draft(HERE, "noborigamahara-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "todono-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章第4節") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第41条") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "yugake-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "付則第3条")
    assert not location_exists(town, "第36条") and not location_exists(town, "目次")
    gap = read_draft(HERE, "kamaato-shi")
    assert not location_exists(gap, "第16条") and location_exists(gap, "第7条第4項")
    clean = read_draft(HERE, "noborigamahara-ken")
    assert location_exists(clean, "第6章") and location_exists(clean, "附則第3項") and not location_exists(clean, "第41条")


def test_the_dangling_reference_and_the_toc_range_are_where_the_gold_says() -> None:
    assert "第三十六条に規定する釉掛町個人情報保護審査会" in read_draft(HERE, "yugake-cho")
    city = read_draft(HERE, "todono-shi")
    assert "第4章 実施機関非識別加工情報の提供(第23条―第35条)" in city and "\n第36条 " in city
    assert "（訂正請求）\n第１７条" in read_draft(HERE, "kamaato-shi")

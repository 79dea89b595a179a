"""The fresh 2016 held-out set "jc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="bonshozaka-shi.txt", spread=True, every_point=True))


def test_only_the_care_certification_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shorozaka-kaigo-kumiai.txt": ("C0",)})
    union = read_draft(HERE, "shorozaka-kaigo-kumiai")
    assert "非識別加工情報の提供" not in union and "非識別加工情報の提案の募集" in union


def test_the_article_counter_reads_full_width_kanji_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "hanshogawa-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    town = articles(read_draft(HERE, "niomon-cho"))
    assert "9条の5" not in town and "9条の6" in town and town[-1] == "22条" and len(town) == 35
    assert len(articles(read_draft(HERE, "kyozosan-ken"))) == 35
    assert len(articles(read_draft(HERE, "shorozaka-kaigo-kumiai"))) == 24
    clean = articles(read_draft(HERE, "bonshozaka-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hanshogawa-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第38条") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "niomon-cho")
    assert location_exists(town, "付則第1項") and not location_exists(town, "第9条の5")
    assert not location_exists(town, "目次")
    prefecture = read_draft(HERE, "kyozosan-ken")
    assert location_exists(prefecture, "第2条第10項") and not location_exists(prefecture, "第40条")
    clean = read_draft(HERE, "bonshozaka-shi")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第40条")


def test_the_dangling_reference_and_the_wrong_law_number_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "kyozosan-ken")
    assert "第四十条の規定により実施機関非識別加工情報の利用に関する契約を解除され" in prefecture
    assert "平成十五年法律第五十八号" in prefecture
    assert "平成１５年法律第５７号。以下「法」という。" in read_draft(HERE, "hanshogawa-shi")
    assert "平成十五年法律第五十八号。以下「法」という。" in read_draft(HERE, "bonshozaka-shi")

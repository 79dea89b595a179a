"""The fresh 2016 held-out set "hm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="rojiguchi-ku.txt", spread=True, pairs=24))


def test_only_the_sanitation_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"chashitsuhara-eisei-kumiai.txt": ("C0",)})
    union = read_draft(HERE, "chashitsuhara-eisei-kumiai")
    assert "非識別加工情報の提供" not in union and "非識別加工情報　法第２条第８項" in union


def test_the_article_counter_reads_arabic_kanji_full_width_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "rojinoe-cho"))
    assert town[0] == "1条" and town[-1] == "28条" and len(town) == 28
    city = articles(read_draft(HERE, "kamashiki-shi"))
    assert city[-1] == "28条" and len(city) == 28
    assert len(articles(read_draft(HERE, "chashitsuhara-eisei-kumiai"))) == 23
    assert len(articles(read_draft(HERE, "chashakuyama-ken"))) == 34
    ward = articles(read_draft(HERE, "rojiguchi-ku"))
    assert "11条" in ward and "21条の13" in ward and ward[-1] == "27条" and len(ward) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "rojinoe-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第2項")
    assert not location_exists(town, "第29条") and not location_exists(town, "附則第3項")
    city = read_draft(HERE, "kamashiki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    prefecture = read_draft(HERE, "chashakuyama-ken")
    assert location_exists(prefecture, "第2章第2節") and location_exists(prefecture, "第25条第4項")
    assert not location_exists(prefecture, "第25条第5項")
    ward = read_draft(HERE, "rojiguchi-ku")
    assert location_exists(ward, "第4章の2") and location_exists(ward, "附則第3項")
    assert not location_exists(ward, "第21条の14") and not location_exists(ward, "第28条")


def test_the_seeded_references_and_dates_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "chashakuyama-ken")
    assert "第25条第5項の受託業務" in prefecture and "\n(4) " not in prefecture.split("第22条 ")[1].split("3 前項")[0]
    city = read_draft(HERE, "kamashiki-shi")
    assert "平成三十年六月二十八日" in city and "平成三十年四月一日から施行" in city
    town = read_draft(HERE, "rojinoe-cho")
    assert "第20条の規定により解除" in town and "(契約の解除)" not in town
    assert "10万円以下の過料" in town

"""The fresh 2016 held-out set "ij"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="nagisawatari-cho.txt", spread=True, every_point=False, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"funatomari-cho.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "funatomari-cho")


def test_the_article_counter_reads_kanji_full_width_deleted_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "tomoshibizaki-shi"))
    assert city[0] == "1条" and city[-1] == "33条" and len(city) == 33
    town = articles(read_draft(HERE, "funatomari-cho"))
    assert town[-1] == "24条" and len(town) == 24
    union = articles(read_draft(HERE, "kazashima-saijo-kumiai"))
    assert union[-1] == "30条" and len(union) == 30
    pref = articles(read_draft(HERE, "shiowatari-ken"))
    assert "9条" in pref and "19条" in pref and pref.count("17条の9") == 2 and len(pref) == 37
    clean = articles(read_draft(HERE, "nagisawatari-cho"))
    assert clean[-1] == "35条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tomoshibizaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節") and location_exists(city, "附則第2項")
    assert not location_exists(city, "附則第3項") and not location_exists(city, "第34条")
    town = read_draft(HERE, "funatomari-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "目次") and not location_exists(town, "第25条")
    union = read_draft(HERE, "kazashima-saijo-kumiai")
    assert location_exists(union, "第23条第2項") and not location_exists(union, "第31条")
    pref = read_draft(HERE, "shiowatari-ken")
    assert location_exists(pref, "第3章の2") and location_exists(pref, "第17条の13")
    assert not location_exists(pref, "第17条の14")
    clean = read_draft(HERE, "nagisawatari-cho")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章")
    assert location_exists(clean, "附則第2項") and not location_exists(clean, "附則第3項")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    town = read_draft(HERE, "funatomari-cho")
    assert "第二十五条第二項" in town and "第二十五条　" not in town
    pref = read_draft(HERE, "shiowatari-ken")
    assert "第9条 削除" in pref and "第9条の委託を受けた業務" in pref
    union = read_draft(HERE, "kazashima-saijo-kumiai")
    assert "「削除情報」" not in union and "削除情報" in union

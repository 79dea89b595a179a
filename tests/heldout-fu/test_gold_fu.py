"""The fresh 2016 held-out set "fu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="chatsubo-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"chayagashira-cho.txt": ("C0",)})
    town = read_draft(HERE, "chayagashira-cho")
    assert "提案" not in town and "非識別加工情報" in town.split("（実施機関の責務）")[0]


def test_the_article_counter_reads_arabic_kanji_full_width_branches_and_a_gap() -> None:
    city = articles(read_draft(HERE, "chawanzaka-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    pref = articles(read_draft(HERE, "kamanosato-ken"))
    assert "19条の2" in pref and "19条の14" in pref and pref[-1] == "25条" and len(pref) == 38
    town = articles(read_draft(HERE, "chayagashira-cho"))
    assert "16条" not in town and town[-1] == "25条" and len(town) == 24
    union = articles(read_draft(HERE, "yakishime-kaigo-rengo"))
    assert "10条" in union and len(union) == 33
    clean = articles(read_draft(HERE, "chatsubo-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "kamanosato-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第4章の2")
    assert location_exists(pref, "第19条の13第3項") and not location_exists(pref, "第19条の13第4項")
    assert not location_exists(pref, "第19条の15")
    town = read_draft(HERE, "chayagashira-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "第16条") and not location_exists(town, "目次")
    clean = read_draft(HERE, "chatsubo-shi")
    assert location_exists(clean, "第35条第7項") and not location_exists(clean, "第40条")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")
    union = read_draft(HERE, "yakishime-kaigo-rengo")
    assert location_exists(union, "第22条第4項") and not location_exists(union, "目次")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    pref = read_draft(HERE, "kamanosato-ken")
    assert "前条第四項の委託" in pref and "政令第五百七号" in pref and "（契約の解除）" not in pref
    union = read_draft(HERE, "yakishime-kaigo-rengo")
    assert "法第2条第3項に規定する要配慮個人情報" in union and "機微な個人情報" in union
    city = read_draft(HERE, "chawanzaka-shi")
    assert "3年以下の懲役" in city and "規則で定める額の手数料" in city
    assert city.index("審議会の意見") < city.index("（以下「審議会」といいます。）")
    assert "別表（第31条関係）" in read_draft(HERE, "chatsubo-shi")

"""The fresh 2016 held-out set "ik"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="chabatake-kumiai.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"senzawa-mura.txt": ("C0",)})
    village = read_draft(HERE, "senzawa-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の作成に用いる" in village


def test_the_article_counter_reads_arabic_full_width_kanji_and_branch_articles() -> None:
    pref = articles(read_draft(HERE, "chamine-ken"))
    assert pref[0] == "1条" and pref[-1] == "31条" and len(pref) == 31
    town = articles(read_draft(HERE, "chasendai-cho"))
    assert town[-1] == "30条" and len(town) == 30
    village = articles(read_draft(HERE, "senzawa-mura"))
    assert village[-1] == "24条" and len(village) == 24
    city = articles(read_draft(HERE, "chashitsuzaka-shi"))
    assert "18条の2" in city and "18条の15" in city and city[-1] == "22条" and len(city) == 36
    clean = articles(read_draft(HERE, "chabatake-kumiai"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "chamine-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第2章第2節") and location_exists(pref, "第6章")
    assert not location_exists(pref, "第32条") and location_exists(pref, "附則第2項") and not location_exists(pref, "附則第3項")
    town = read_draft(HERE, "chasendai-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項") and not location_exists(town, "第31条")
    village = read_draft(HERE, "senzawa-mura")
    assert location_exists(village, "第7条第1項第8号") and not location_exists(village, "第26条")
    city = read_draft(HERE, "chashitsuzaka-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第18条の5第2項")
    assert not location_exists(city, "第18条の16") and not location_exists(city, "第23条")
    clean = read_draft(HERE, "chabatake-kumiai")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章") and location_exists(clean, "第31条第2項")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "senzawa-mura")
    assert "第２６条第１項の委託" in village
    assert village.index("審議会の意見を聴いて") < village.index("（以下「審議会」という。）")
    city = read_draft(HERE, "chashitsuzaka-shi")
    assert "\n三　提案に係る市非識別加工情報の本人の数\n五　" in city and "第五条又は第七条の規定に違反して" in city
    pref = read_draft(HERE, "chamine-ken")
    assert "第5章　雑則（第27条―第28条）" in pref and "\n第29条　この条例の施行に関し" in pref
    assert "（平成15年法律第57号。以下「法」という。）" in pref
    town = read_draft(HERE, "chasendai-cho")
    assert "平成30年6月15日" in town and "平成30年4月1日から施行します" in town and "3年以下の懲役" in town

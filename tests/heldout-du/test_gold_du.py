"""The fresh 2016 held-out set "du"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="wakimizuno-shi.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"furuido-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "furuido-mura")
    assert "非識別加工情報の提供" in read_draft(HERE, "wakitsubo-kumiai")


def test_the_article_counter_reads_full_width_kanji_a_gap_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "tamashimizu-shi"))
    assert "22条の2" in city and "22条の13" in city and "22条の14" not in city
    assert "19条" in city and city[-1] == "28条" and len(city) == 40
    town = articles(read_draft(HERE, "izuminomoto-cho"))
    assert "22条" not in town and town[-1] == "37条" and len(town) == 36
    village = articles(read_draft(HERE, "furuido-mura"))
    assert village[0] == "1条" and village[-1] == "25条" and len(village) == 25
    assert len(articles(read_draft(HERE, "wakitsubo-kumiai"))) == 23
    clean = articles(read_draft(HERE, "wakimizuno-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tamashimizu-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第22条の10第3項")
    assert not location_exists(city, "第22条の14") and not location_exists(city, "目次")
    town = read_draft(HERE, "izuminomoto-cho")
    assert not location_exists(town, "第22条") and location_exists(town, "第23条")
    assert location_exists(town, "附則第2項") and not location_exists(town, "附則第3項")
    village = read_draft(HERE, "furuido-mura")
    assert location_exists(village, "第2条第8号") and location_exists(village, "第6条第4項")
    assert location_exists(village, "附則第3項") and not location_exists(village, "第26条")
    clean = read_draft(HERE, "wakimizuno-shi")
    assert location_exists(clean, "目次") and location_exists(clean, "第2章第2節")
    assert location_exists(clean, "第3章第3節") and not location_exists(clean, "第7章")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")
    authority = read_draft(HERE, "wakitsubo-kumiai")
    assert location_exists(authority, "第9条第1項第6号") and not location_exists(authority, "第24条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "tamashimizu-shi")
    assert "並びに第２２条の１４の規定" in city and "平成２６年法律第６６号" in city
    assert "容易に照合" in city.split("（３）　個人識別符号")[0]
    authority = read_draft(HERE, "wakitsubo-kumiai")
    assert "第44条の15の規定" in authority and "第44条の16" not in authority
    assert "以下「法」という。)第2条第3項に規定する要配慮個人情報" in authority and "要配慮情報が含まれる" in authority
    assert "平成30年10月3日" in authority and "平成30年10月1日から施行" in authority
    village = read_draft(HERE, "furuido-mura")
    assert "三年以下の懲役" in village and "以下「開示請求者」" not in village
    town = read_draft(HERE, "izuminomoto-cho")
    assert "犯罪により害を被った事実" not in town and "生存する" not in town
    assert town.index("審議会の意見") < town.index("（以下「審議会」といいます。）")

"""The fresh 2016 held-out set "gk"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shirozumi-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sumidawara-cho.txt": ("C0",)})
    town = read_draft(HERE, "sumidawara-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報" in town


def test_the_article_counter_reads_arabic_kanji_full_width_branches_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "makizumi-shi"))
    assert city[0] == "1条" and city[-1] == "33条" and len(city) == 33
    prefecture = articles(read_draft(HERE, "kamagoe-ken"))
    assert "20条の2" in prefecture and "20条の11" in prefecture and prefecture[-1] == "26条"
    assert len(prefecture) == 36
    town = articles(read_draft(HERE, "sumidawara-cho"))
    assert "8条" in town and "12条" in town and town[-1] == "25条" and len(town) == 25
    assert len(articles(read_draft(HERE, "kamaba-kaigo-rengo"))) == 26
    clean = articles(read_draft(HERE, "shirozumi-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_finds_and_refuses_the_right_provisions() -> None:
    city = read_draft(HERE, "makizumi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第10条第2項")
    assert not location_exists(city, "第10条第3項") and not location_exists(city, "第34条")
    prefecture = read_draft(HERE, "kamagoe-ken")
    assert location_exists(prefecture, "第3章の2") and location_exists(prefecture, "第2章第3節")
    assert location_exists(prefecture, "第2条第11項") and not location_exists(prefecture, "第20条の12")
    town = read_draft(HERE, "sumidawara-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第2項")
    authority = read_draft(HERE, "kamaba-kaigo-rengo")
    assert location_exists(authority, "第18条第3項") and not location_exists(authority, "第27条")
    clean = read_draft(HERE, "shirozumi-shi")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第40条")


def test_the_seeded_references_and_citations_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "makizumi-shi")
    assert "第10条第3項に規定する仕事" in city and "規則で定める額の手数料" in city
    prefecture = read_draft(HERE, "kamagoe-ken")
    assert "平成十五年法律第五十九号。以下「法」という。" in prefecture
    assert prefecture.index("審議会の意見を聴いて") < prefecture.index("（以下「審議会」という。）")
    town = read_draft(HERE, "sumidawara-cho")
    assert "第１２条　削除" in town and "第１２条に規定する審議会" in town and "３年以下の懲役" in town
    authority = read_draft(HERE, "kamaba-kaigo-rengo")
    assert "第2条第2項に規定する個人識別符号" in authority and "第44条の15" not in authority


def test_the_clean_draft_keeps_the_elements_the_seeded_drafts_lack() -> None:
    clean = read_draft(HERE, "shirozumi-shi")
    for element in ("犯罪により害を被った事実", "要配慮個人情報が含まれるときは、その旨", "契約の解除",
                    "意見書を提出する機会", "識別行為の禁止", "平成十五年法律第五十八号", "二万千円"):
        assert element in clean, element
    assert "容易に照合" not in clean and "規則で定める額" not in clean

"""The fresh 2016 held-out set "gm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shukakugahara-mura.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hoshigakizawa-cho.txt": ("C0",)})
    town = read_draft(HERE, "hoshigakizawa-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報" in town  # the leftover definition (C20)


def test_the_article_counter_reads_full_width_branch_articles_a_gap_and_kanji() -> None:
    city = articles(read_draft(HERE, "shibugakidai-shi"))
    assert "18条の2" in city and "18条の15" in city and "18条の7" not in city
    assert city[-1] == "22条" and len(city) == 35
    assert len(articles(read_draft(HERE, "hoshigakizawa-cho"))) == 23
    prefecture = articles(read_draft(HERE, "kariirehara-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "35条" and len(prefecture) == 35
    assert len(articles(read_draft(HERE, "yamagakiura-saijo-kumiai"))) == 32
    assert len(articles(read_draft(HERE, "shukakugahara-mura"))) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "shibugakidai-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第18条の8")
    assert not location_exists(city, "第18条の7") and not location_exists(city, "目次")
    prefecture = read_draft(HERE, "kariirehara-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "付則第3項")
    assert not location_exists(prefecture, "付則第4項") and not location_exists(prefecture, "第36条")
    town = read_draft(HERE, "hoshigakizawa-cho")
    assert location_exists(town, "第6条第2項") and not location_exists(town, "第6条第3項")
    union = read_draft(HERE, "yamagakiura-saijo-kumiai")
    assert location_exists(union, "附則第2条") and not location_exists(union, "附則第3条")
    village = read_draft(HERE, "shukakugahara-mura")
    assert location_exists(village, "第2条第12項") and not location_exists(village, "第40条")


def test_the_dangling_reference_the_wrong_law_number_and_the_cited_paragraph_are_where_the_gold_says() -> None:
    assert "第5条又は第6条第3項" in read_draft(HERE, "hoshigakizawa-cho")
    assert "平成十五年法律第五十九号。以下「法」" in read_draft(HERE, "kariirehara-ken")
    union = read_draft(HERE, "yamagakiura-saijo-kumiai")
    assert "以下「法」という。）第2条第4項に規定する個人識別符号" in union and "照合してはならない" not in union
    assert "以下「開示決定等」" not in union and "開示決定等" in union

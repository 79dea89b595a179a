"""The fresh 2016 held-out set "gg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kumagoe-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shirubeishi-mura.txt": ("C0",)})
    village = read_draft(HERE, "shirubeishi-mura")
    assert "非識別加工情報の提供" not in village and "第6章" not in village
    assert "ます。" in village  # the one draft in everyday wording


def test_the_article_counter_reads_kanji_branch_articles_and_full_width_numbers() -> None:
    city = articles(read_draft(HERE, "hinokigoya-shi"))
    assert "20条の13" in city and city[-1] == "27条" and len(city) == 39
    prefecture = articles(read_draft(HERE, "kusarizawa-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "35条" and len(prefecture) == 35
    assert len(articles(read_draft(HERE, "shirubeishi-mura"))) == 22
    assert len(articles(read_draft(HERE, "sawagoya-eisei-kumiai"))) == 26
    clean = articles(read_draft(HERE, "kumagoe-cho"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hinokigoya-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章の2") and location_exists(city, "第20条の13")
    assert not location_exists(city, "第20条の14") and not location_exists(city, "第28条")
    village = read_draft(HERE, "shirubeishi-mura")
    assert location_exists(village, "第22条第2項") and not location_exists(village, "第25条")
    assert not location_exists(village, "目次")
    clean = read_draft(HERE, "kumagoe-cho")
    assert location_exists(clean, "第8章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "hinokigoya-shi")
    assert "第五章の二　実施機関非識別加工情報の提供（第二十条の二―第二十条の十二）" in city
    assert "第二条第二項に規定する個人識別符号" in city
    prefecture = read_draft(HERE, "kusarizawa-ken")
    assert "平成２６年法律第６９号" in prefecture and "（５）　提案に係る実施機関非識別加工情報の利用" not in prefecture
    authority = read_draft(HERE, "sawagoya-eisei-kumiai")
    assert "「開示決定等」" not in authority and "開示決定等" in authority
    assert "\n第9条　" in authority and "）\n第9条" not in authority
    assert "規則で定める額の手数料" in authority

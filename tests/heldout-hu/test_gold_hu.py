"""The fresh 2016 held-out set "hu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yugetsubo-mura.txt", spread=True, every_point=False))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tojikawa-koiki-rengo.txt": ("C0",)})
    assert "実施機関非識別加工情報" not in read_draft(HERE, "tojikawa-koiki-rengo")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "yukimizaka-cho"))
    assert "12条" not in town and town[-1] == "26条" and len(town) == 25
    assert len(articles(read_draft(HERE, "yugedaki-shi"))) == 30
    assert len(articles(read_draft(HERE, "tojikawa-koiki-rengo"))) == 24
    pref = articles(read_draft(HERE, "yukiburo-ken"))
    assert "16条の2" in pref and "16条の11" in pref and pref[-1] == "22条"
    village = articles(read_draft(HERE, "yugetsubo-mura"))
    assert village[-1] == "31条" and len(village) == 31


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "yugedaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第12条第2項")
    assert not location_exists(city, "第12条第3項") and not location_exists(city, "第31条")
    town = read_draft(HERE, "yukimizaka-cho")
    assert not location_exists(town, "第12条") and location_exists(town, "第17条第4号")
    pref = read_draft(HERE, "yukiburo-ken")
    assert location_exists(pref, "第16条の7") and not location_exists(pref, "目次")
    village = read_draft(HERE, "yugetsubo-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "付則第4条")


def test_the_seeded_citation_and_reference_are_where_the_gold_says() -> None:
    assert "行政機関個人情報保護法」という。）第2条第4項に規定する個人識別符号" in read_draft(HERE, "yukiburo-ken")
    assert "第12条第3項の規定の例により" in read_draft(HERE, "yugedaki-shi")
    assert "規則で定める額の手数料" in read_draft(HERE, "yukiburo-ken")
    assert "規則で定める額" not in read_draft(HERE, "yugetsubo-mura")

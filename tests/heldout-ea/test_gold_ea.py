"""The fresh 2016 held-out set "ea"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shimogen-ken.txt", spread=True, every_point=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kamigen-mura.txt": ("C0",)})
    village = read_draft(HERE, "kamigen-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の作成に用いることができる" in village


def test_the_article_counter_reads_half_width_kanji_full_width_a_branch_and_a_deleted_article() -> None:
    city = articles(read_draft(HERE, "koyomigaoka-shi"))
    assert "25条の2" in city and city[-1] == "31条" and len(city) == 32
    assert len(articles(read_draft(HERE, "sakunohara-shi"))) == 26
    village = articles(read_draft(HERE, "kamigen-mura"))
    assert "15条" in village and village[-1] == "23条" and len(village) == 23
    assert len(articles(read_draft(HERE, "mochinoura-shobo-kumiai"))) == 32
    clean = articles(read_draft(HERE, "shimogen-ken"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "koyomigaoka-shi")
    assert location_exists(city, "第25条の2") and not location_exists(city, "第25条の3")
    assert not location_exists(city, "目次") and not location_exists(city, "第40条")
    clean = read_draft(HERE, "shimogen-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "第2章第2節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")
    authority = read_draft(HERE, "mochinoura-shobo-kumiai")
    assert location_exists(authority, "目次") and location_exists(authority, "第4章") and not location_exists(authority, "第7章")
    village = read_draft(HERE, "kamigen-mura")
    assert location_exists(village, "付則第2項") and not location_exists(village, "付則第3項")
    assert not location_exists(read_draft(HERE, "sakunohara-shi"), "目次")


def test_the_seeded_citation_and_date_defects_are_in_the_text_where_the_gold_says() -> None:
    assert "第40条第1項に規定するもの" in read_draft(HERE, "koyomigaoka-shi")
    assert "平成15年法律第57号" in read_draft(HERE, "koyomigaoka-shi")
    authority = read_draft(HERE, "mochinoura-shobo-kumiai")
    assert "平成30年2月20日" in authority and "平成30年2月1日から施行" in authority
    assert "規則で定める額の手数料" in authority
    village = read_draft(HERE, "kamigen-mura")
    assert "（３）" in village and "（４）" not in village.split("（実施機関の責務）")[0]
    assert "１０万円以下の過料" in village
    assert "平成十五年法律第五十八号" in read_draft(HERE, "shimogen-ken")

"""The fresh 2016 held-out set "ee"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="munagi-cho.txt", spread=True, pairs=24))


def test_only_the_fire_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kawaraya-shobo-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kawaraya-shobo-kumiai")


def test_the_article_counter_reads_branch_deleted_full_width_and_kanji_articles() -> None:
    city = articles(read_draft(HERE, "munegaoka-shi"))
    assert "14条の5" in city and "14条の6" not in city and "14条の7" in city
    assert city[-1] == "22条" and len(city) == 28
    kanna = articles(read_draft(HERE, "kannasaki-shi"))
    assert "9条" in kanna and "15条" in kanna and kanna[-1] == "29条" and len(kanna) == 29
    assert len(articles(read_draft(HERE, "hariyama-mura"))) == 25
    assert len(articles(read_draft(HERE, "kawaraya-shobo-kumiai"))) == 25
    clean = articles(read_draft(HERE, "munagi-cho"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "munegaoka-shi")
    assert location_exists(city, "第3章の2") and location_exists(city, "第14条の7")
    assert not location_exists(city, "第14条の6") and not location_exists(city, "第23条")
    authority = read_draft(HERE, "kawaraya-shobo-kumiai")
    assert not location_exists(authority, "目次") and not location_exists(authority, "第30条")
    assert location_exists(authority, "附則第3項") and not location_exists(authority, "附則第4項")
    clean = read_draft(HERE, "munagi-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第11条第3項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")
    village = read_draft(HERE, "hariyama-mura")
    assert location_exists(village, "第2条第9項") and not location_exists(village, "第2条第10項")


def test_the_seeded_references_and_dates_are_where_the_gold_says() -> None:
    assert "第30条に定める" in read_draft(HERE, "kawaraya-shobo-kumiai")
    kanna = read_draft(HERE, "kannasaki-shi")
    assert "第九条　削除" in kanna and "第九条の規定に違反して" in kanna
    assert "平成十五年法律第五十九号" in kanna
    village = read_draft(HERE, "hariyama-mura")
    assert "平成３０年３月１５日" in village and "平成３０年３月１日から施行する" in village
    assert "開示決定等" in village and "「開示決定等」" not in village
    assert "150万円以下の罰金" in read_draft(HERE, "munegaoka-shi")


def test_the_clean_draft_fixes_its_fees_in_a_table() -> None:
    clean = read_draft(HERE, "munagi-cho")
    assert "別表（第三十二条関係）" in clean and "別表に定める額の手数料" in clean
    assert "規則で定める額" not in clean

"""The fresh 2016 held-out set "ek"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="minegoshi-shi.txt", spread=True, every_point=False))


def test_only_the_town_and_the_village_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"norikoshi-mura.txt": ("C0",), "tougenoue-cho.txt": ("C0",)})
    for name in ("norikoshi-mura", "tougenoue-cho"):
        assert "非識別加工情報の提供" not in read_draft(HERE, name)
    assert "非識別加工情報の提供" in read_draft(HERE, "minegoshi-shi")


def test_the_article_counter_reads_kanji_full_width_deleted_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "minegoshi-shi"))
    assert "25条の11" in clean and "25条の12" not in clean and clean[-1] == "30条" and len(clean) == 40
    town = articles(read_draft(HERE, "tougenoue-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    authority = articles(read_draft(HERE, "sasaone-shobo"))
    assert "7条" in authority and "17条" in authority and len(authority) == 32
    assert len(articles(read_draft(HERE, "onezawa-shi"))) == 33
    assert len(articles(read_draft(HERE, "norikoshi-mura"))) == 25


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "minegoshi-shi")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "第3章第3節")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")
    assert not location_exists(clean, "第31条") and not location_exists(clean, "第25条の12")
    city = read_draft(HERE, "onezawa-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2条第11項")
    assert not location_exists(city, "第2条第12項") and not location_exists(city, "第34条")
    town = read_draft(HERE, "tougenoue-cho")
    assert not location_exists(town, "目次") and location_exists(town, "付則第3項")
    village = read_draft(HERE, "norikoshi-mura")
    assert location_exists(village, "第17条第2項") and not location_exists(village, "第17条第3項")


def test_the_seeded_reference_defects_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "sasaone-shobo")
    assert "第7条　削除" in authority and "第7条に規定する個人情報取扱事務" in authority
    assert "契約を解除" not in authority
    village = read_draft(HERE, "norikoshi-mura")
    assert "前条第3項の規定を当てはめます" in village and "以下この号において「法」" in village
    city = read_draft(HERE, "onezawa-shi")
    assert "第4章　非識別加工情報の提供（第18条―第27条）" in city and "\n第28条　" in city
    assert city.index("法第2条第3項") < city.index("以下「法」という。")
    assert "１５年法律第５７号" in read_draft(HERE, "tougenoue-cho")

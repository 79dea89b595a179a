"""The fresh 2016 held-out set "hy"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shirasagidai-shi.txt", spread=True, pairs=24))


def test_only_the_fire_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"karigane-shobo.txt": ("C0",)})
    authority = read_draft(HERE, "karigane-shobo")
    assert "非識別加工情報の提供" not in authority and "提案の募集" in authority


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    village = articles(read_draft(HERE, "sagino-mura"))
    assert village[0] == "1条" and village[-1] == "24条" and len(village) == 24
    city = articles(read_draft(HERE, "shigitani-shi"))
    assert "18条の2" in city and "18条の11" in city and city[-1] == "25条" and len(city) == 35
    assert len(articles(read_draft(HERE, "karigane-shobo"))) == 24
    town = articles(read_draft(HERE, "ashihara-cho"))
    assert "16条" not in town and "8条" in town and town[-1] == "31条" and len(town) == 30
    clean = articles(read_draft(HERE, "shirasagidai-shi"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "sagino-mura")
    assert location_exists(village, "第6条第2項") and not location_exists(village, "第6条第3項")
    assert not location_exists(village, "目次") and location_exists(village, "附則第2項")
    city = read_draft(HERE, "shigitani-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章の2")
    assert location_exists(city, "第18条の5") and not location_exists(city, "第18条の12")
    town = read_draft(HERE, "ashihara-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "付則第3条")
    assert not location_exists(town, "第16条") and location_exists(town, "第17条")
    clean = read_draft(HERE, "shirasagidai-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項") and not location_exists(clean, "第38条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    assert "第六条第三項の受託事務" in read_draft(HERE, "sagino-mura")
    town = read_draft(HERE, "ashihara-cho")
    assert "第８条　削除" in town and "第６条、第７条又は第８条の規定に違反して" in town
    city = read_draft(HERE, "shigitani-shi")
    assert "法」という。）第2条第2項に規定する個人識別符号" in city
    assert city.index("情報公開条例第2条第2号") < city.index("以下「情報公開条例」という。")

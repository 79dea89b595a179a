"""The fresh 2016 held-out set "gr"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kohyo-cho.txt", spread=True, every_point=False, pairs=24))


def test_only_the_prefecture_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kanko-ken.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kanko-ken")
    for name in ("himuroko-shi", "omiwatari-mura", "hyoko-kyotei-kumiai", "kohyo-cho"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "himuroko-shi"))
    assert city[0] == "1条" and city[-1] == "31条" and len(city) == 31
    prefecture = articles(read_draft(HERE, "kanko-ken"))
    assert "13条" in prefecture and "21条" in prefecture and len(prefecture) == 31
    assert len(articles(read_draft(HERE, "omiwatari-mura"))) == 31
    assert len(articles(read_draft(HERE, "hyoko-kyotei-kumiai"))) == 32
    clean = articles(read_draft(HERE, "kohyo-cho"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "himuroko-shi")
    assert location_exists(city, "目次") and location_exists(city, "第8章")
    assert not location_exists(city, "第32条")
    village = read_draft(HERE, "omiwatari-mura")
    assert location_exists(village, "付則第1項") and not location_exists(village, "目次")
    authority = read_draft(HERE, "hyoko-kyotei-kumiai")
    assert location_exists(authority, "第32条") and not location_exists(authority, "第33条")
    clean = read_draft(HERE, "kohyo-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第2条第11項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")


def test_the_seeded_references_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "hyoko-kyotei-kumiai")
    assert "第33条の規定により" in authority and "（契約の解除）\n第26条" in authority
    prefecture = read_draft(HERE, "kanko-ken")
    assert "第十三条　削除" in prefecture and "第十三条第一項の規定による電子計算機の結合" in prefecture
    city = read_draft(HERE, "himuroko-shi")
    assert "(5)　個人情報ファイルに記録される個人情報" in city and "\n(6)　記録情報" not in city

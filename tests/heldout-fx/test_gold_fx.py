"""The fresh 2016 held-out set "fx"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="mayugura-mura.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kaikodani-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kaikodani-mura")


def test_the_article_counter_reads_kanji_full_width_arabic_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "mayudamari-shi"))
    assert "8条" in city and "15条" in city and city[-1] == "32条" and len(city) == 32
    clean = articles(read_draft(HERE, "mayugura-mura"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39
    assert len(articles(read_draft(HERE, "kaikodani-mura"))) == 23
    assert len(articles(read_draft(HERE, "kuwazome-ku"))) == 25
    assert len(articles(read_draft(HERE, "kuwanoha-byoin-rengo"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "mayudamari-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章") and not location_exists(city, "第33条")
    village = read_draft(HERE, "kaikodani-mura")
    assert location_exists(village, "付則第1項") and location_exists(village, "第6条第1項第8号")
    assert not location_exists(village, "目次") and not location_exists(village, "第24条")
    clean = read_draft(HERE, "mayugura-mura")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "目次")
    ward = read_draft(HERE, "kuwazome-ku")
    assert location_exists(ward, "第25条第3項") and not location_exists(ward, "第26条")


def test_the_seeded_references_and_terms_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "mayudamari-shi")
    assert "第八条　削除" in city and "第五条若しくは第八条の規定に違反して" in city
    assert "第三章　開示、訂正及び利用停止（第十一条―第十八条）" in city
    authority = read_draft(HERE, "kuwanoha-byoin-rengo")
    assert "削除情報" in authority and "「削除情報」" not in authority
    ward = read_draft(HERE, "kuwazome-ku")
    assert ward.index("審議会の意見を聴いて、これを公表") < ward.index("（以下「審議会」という。）")

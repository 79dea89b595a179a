"""The fresh 2016 held-out set "eq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kachiwatari-mura.txt", spread=True, pairs=24))


def test_only_the_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sayabashi-ku.txt": ("C0",)})
    ward = read_draft(HERE, "sayabashi-ku")
    assert "非識別加工情報の提供" not in ward and "「非識別加工情報」" not in ward
    # the clean village has no mechanism either, and not a word of it left behind
    assert "非識別" not in read_draft(HERE, "kachiwatari-mura")


def test_the_article_counter_reads_arabic_kanji_full_width_and_a_gap() -> None:
    prefecture = articles(read_draft(HERE, "takazeki-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "40条" and len(prefecture) == 40
    ward = articles(read_draft(HERE, "sayabashi-ku"))
    assert ward[-1] == "32条" and len(ward) == 32
    town = articles(read_draft(HERE, "hanebashi-cho"))
    assert town[-1] == "36条" and len(town) == 36
    authority = articles(read_draft(HERE, "sekine-byoin-kigyodan"))
    assert "17条" not in authority and authority[-1] == "39条" and len(authority) == 38
    village = articles(read_draft(HERE, "kachiwatari-mura"))
    assert village[-1] == "36条" and len(village) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "takazeki-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert location_exists(prefecture, "附則第4項") and not location_exists(prefecture, "附則第5項")
    assert location_exists(prefecture, "第33条") and not location_exists(prefecture, "第33条第3項")
    assert not location_exists(prefecture, "第41条") and not location_exists(prefecture, "第7章")
    ward = read_draft(HERE, "sayabashi-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第5章") and location_exists(ward, "第17条第3項")
    assert not location_exists(ward, "第6章") and not location_exists(ward, "附則第5項")
    town = read_draft(HERE, "hanebashi-cho")
    assert location_exists(town, "付則第3条") and location_exists(town, "第2条第11項")
    assert not location_exists(town, "目次") and not location_exists(town, "付則第4条")
    authority = read_draft(HERE, "sekine-byoin-kigyodan")
    assert location_exists(authority, "第18条") and not location_exists(authority, "第17条")
    assert location_exists(authority, "第10条第2項") and not location_exists(authority, "第10条第3項")
    village = read_draft(HERE, "kachiwatari-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第1章")
    assert location_exists(village, "附則第5項") and not location_exists(village, "第37条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "takazeki-ken")
    assert "(4)　第33条第3項の規定により" in prefecture
    assert prefecture.index("審議会の意見を聴かなければならない") < prefecture.index("(以下「審議会」という。)")
    assert "第4章　県非識別加工情報の提供(第23条―第34条)" in prefecture
    assert "第三十二条　偽りその他不正の手段により、保有個人情報の開示を受けた者は、十万円以下の過料" in read_draft(
        HERE, "sayabashi-ku"
    )
    town = read_draft(HERE, "hanebashi-cho")
    assert "「削除情報」" not in town and "削除情報" in town
    assert "\n第九条　" in town and "（委託" not in town
    authority = read_draft(HERE, "sekine-byoin-kigyodan")
    assert "第１０条第２項の受託業務" in authority and "第２条第２項に規定する個人識別符号" in authority


def test_every_seeded_draft_has_exactly_six_seeded_defects() -> None:
    for p in GOLDS:
        g = gold(p)
        assert len([d for d in g["defects"] if d["seeded"]]) == (0 if g["clean"] else 6), g["draft"]

"""The fresh 2016 held-out set "gl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kakehashi-ken.txt", spread=True, pairs=24))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"giboshi-ku.txt": ("C0",)})
    ward = read_draft(HERE, "giboshi-ku")
    assert "非識別加工情報の提供" not in ward
    # the leftover definition is the only place the ward names 非識別加工情報
    assert ward.count("非識別加工情報") == 2 and "（８）　非識別加工情報" in ward


def test_the_article_counter_reads_arabic_full_width_and_kanji_numbers() -> None:
    assert len(articles(read_draft(HERE, "kogiwatari-mura"))) == 35
    ward = articles(read_draft(HERE, "giboshi-ku"))
    assert ward[0] == "1条" and ward[-1] == "37条" and len(ward) == 37
    city = articles(read_draft(HERE, "tsuribashi-shi"))
    assert city[-1] == "39条" and len(city) == 39
    assert len(articles(read_draft(HERE, "tosenba-suido-kigyodan"))) == 29
    clean = articles(read_draft(HERE, "kakehashi-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "kogiwatari-mura")
    assert location_exists(village, "第35条") and not location_exists(village, "第36条")
    assert not location_exists(village, "目次") and location_exists(village, "附則第3項")
    assert not location_exists(village, "第8条第2項")  # the dangling reference of 第33条
    ward = read_draft(HERE, "giboshi-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第6章") and not location_exists(ward, "第7章")
    city = read_draft(HERE, "tsuribashi-shi")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")
    assert location_exists(city, "第5章") and location_exists(city, "附則第4項")
    authority = read_draft(HERE, "tosenba-suido-kigyodan")
    assert location_exists(authority, "附則第1条") and not location_exists(authority, "附則第3条")
    assert not location_exists(authority, "目次")
    clean = read_draft(HERE, "kakehashi-ken")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "kogiwatari-mura")
    assert "第8条第2項の受託業務" in village and "10万円以下の過料" in village
    assert "(平成15年法律第57号)" in village.split("(実施機関の責務)")[1].split("(村民等の責務)")[0]
    ward = read_draft(HERE, "giboshi-ku")
    assert "第３章　開示、訂正及び利用停止（第１６条―第２８条）" in ward
    assert "（審査会の答申の尊重）\n第２９条" in ward and "\n第２２条　前条各項の決定" in ward
    city = read_draft(HERE, "tsuribashi-shi")
    disclosure = city.split("（保有個人情報の開示義務）")[1].split("（開示請求に対する措置）")[0]
    assert "\n三　" in disclosure and "\n四　" not in disclosure and "\n五　" in disclosure
    assert "以下「法」という。）第二条第二項に規定する個人識別符号" in city
    authority = read_draft(HERE, "tosenba-suido-kigyodan")
    assert "開示決定等" in authority and "「開示決定等」" not in authority
    assert "平成30年6月29日" in authority and "平成30年4月1日から施行する" in authority
    assert "規則で定める額の手数料" in authority

"""The fresh 2016 held-out set "dg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="suenohara-shi.txt", spread=True, every_point=False))


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"suezuka-ku.txt": ("C0",), "tsuchigama-cho.txt": ("C0",)}, strict=True)
    for name in ("suezuka-ku", "tsuchigama-cho"):
        assert "非識別" not in read_draft(HERE, name)
    for name in ("kamaone-ken", "yudani-shobo-kumiai", "suenohara-shi"):
        assert "非識別加工情報の提供" in read_draft(HERE, name)


def test_article_counts_over_full_width_branch_half_width_and_kanji_numbers() -> None:
    prefecture = articles(read_draft(HERE, "kamaone-ken"))
    assert "19条の2" in prefecture and "19条の13" in prefecture and "19条の6" not in prefecture
    assert prefecture[-1] == "26条" and len(prefecture) == 37
    ward = articles(read_draft(HERE, "suezuka-ku"))
    assert ward[-1] == "26条" and len(ward) == 26
    town = articles(read_draft(HERE, "tsuchigama-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    union = articles(read_draft(HERE, "yudani-shobo-kumiai"))
    assert union[-1] == "33条" and len(union) == 33
    clean = articles(read_draft(HERE, "suenohara-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "kamaone-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert not location_exists(prefecture, "第4章の3") and not location_exists(prefecture, "第19条の6")
    assert location_exists(prefecture, "附則（平成30年3月27日窯尾根県条例第18号）第2項")
    assert not location_exists(prefecture, "附則（平成30年3月27日窯尾根県条例第18号）第3項")
    ward = read_draft(HERE, "suezuka-ku")
    assert location_exists(ward, "第13条第2項") and not location_exists(ward, "第13条第3項")
    assert location_exists(ward, "附則（平成30年3月20日条例第12号）") and not location_exists(ward, "目次")
    town = read_draft(HERE, "tsuchigama-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第2条第7項") and not location_exists(town, "第2条第8項")
    union = read_draft(HERE, "yudani-shobo-kumiai")
    assert location_exists(union, "第2条第11項") and location_exists(union, "第4章")
    assert not location_exists(union, "第34条") and not location_exists(union, "目次")
    clean = read_draft(HERE, "suenohara-shi")
    assert location_exists(clean, "第3章第3節") and not location_exists(clean, "第7章")
    assert location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    prefecture = read_draft(HERE, "kamaone-ken")
    assert "法」という。）第２条第２項に規定する個人識別符号" in prefecture
    assert "以下「法」という。）、法若しくはこの条例" in prefecture
    ward = read_draft(HERE, "suezuka-ku")
    assert "(平成15年法律第58号)その他" in ward and "第13条第3項及び第14条" in ward
    assert "平成30年3月1日から施行" in ward and "組織的に利用" not in ward
    town = read_draft(HERE, "tsuchigama-cho")
    assert "二百万円以下の罰金" in town and "訂正決定等" in town and "「訂正決定等」" not in town
    assert "犯罪により害を被った事実" not in town and "\n第十条　" in town
    union = read_draft(HERE, "yudani-shobo-kumiai")
    assert "管理者が別に定める額" in union and "削除情報" not in union and "第22条各号(第25条第3項" in union
    clean = read_draft(HERE, "suenohara-shi")
    assert "法律第五十八号。以下「法」という。）第二条第三項" in clean and "削除情報" in clean
    assert "二百万円" not in clean and "定める額" not in clean and "「訂正請求」" in clean

"""The fresh 2016 held-out set "eh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ukibashi-mura.txt", spread=True, pairs=24))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hashiwatari-shobo.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "hashiwatari-shobo")


def test_the_article_counter_reads_branch_articles_kanji_and_full_width() -> None:
    pref = articles(read_draft(HERE, "watatsu-ken"))
    assert "24条の2" in pref and "24条の9" in pref and pref[-1] == "30条" and len(pref) == 38
    assert len(articles(read_draft(HERE, "tsuwatari-ku"))) == 28
    assert len(articles(read_draft(HERE, "kobunato-cho"))) == 25
    assert len(articles(read_draft(HERE, "hashiwatari-shobo"))) == 23
    clean = articles(read_draft(HERE, "ukibashi-mura"))
    assert clean[0] == "1条" and clean[-1] == "36条" and len(clean) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "watatsu-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第24条の7")
    assert not location_exists(pref, "第24条の10") and not location_exists(pref, "附則第3項")
    ward = read_draft(HERE, "tsuwatari-ku")
    assert location_exists(ward, "第2条第11項") and location_exists(ward, "附則第2項")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第29条")
    union = read_draft(HERE, "hashiwatari-shobo")
    assert location_exists(union, "付則第2項") and not location_exists(union, "第24条")
    clean = read_draft(HERE, "ukibashi-mura")
    assert location_exists(clean, "第2条第12項") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項") and not location_exists(clean, "第37条")


def test_the_seeded_reference_defects_are_where_the_gold_says() -> None:
    pref = read_draft(HERE, "watatsu-ken")
    assert "次のアからウまでに掲げる個人情報の区分" in pref and "\nウ　第1号" not in pref
    union = read_draft(HERE, "hashiwatari-shobo")
    assert "第9条に規定する受託業務" in union and "平成15年法律第57号" in union
    town = read_draft(HERE, "kobunato-cho")
    assert "）第二条第四項に規定する個人識別符号" in town and "削除情報（" not in town

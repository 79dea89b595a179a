"""The fresh 2016 held-out set "ed"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sakenoura-shi.txt", spread=True, every_point=True))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"iwanadani-cho.txt": ("C0",)})
    town = read_draft(HERE, "iwanadani-cho")
    assert "非識別加工情報の提供" not in town and "ます。" in town


def test_the_article_counter_reads_half_width_full_width_and_kanji() -> None:
    assert len(articles(read_draft(HERE, "ayukari-ken"))) == 28
    ward = articles(read_draft(HERE, "sakebashi-ku"))
    assert ward[0] == "1条" and ward[-1] == "31条" and len(ward) == 31
    assert len(articles(read_draft(HERE, "iwanadani-cho"))) == 23
    assert len(articles(read_draft(HERE, "masuoka-kyushoku-kumiai"))) == 27
    clean = articles(read_draft(HERE, "sakenoura-shi"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "ayukari-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第2章第2節")
    assert location_exists(prefecture, "附則第3項") and not location_exists(prefecture, "附則第4項")
    town = read_draft(HERE, "iwanadani-cho")
    assert not location_exists(town, "目次") and not location_exists(town, "第24条")
    assert location_exists(town, "付則第2項")
    union = read_draft(HERE, "masuoka-kyushoku-kumiai")
    assert location_exists(union, "附則第2条") and not location_exists(union, "附則第3条")
    clean = read_draft(HERE, "sakenoura-shi")
    assert location_exists(clean, "第7章") and not location_exists(clean, "第38条")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "ayukari-ken")
    assert "平成15年法律第59号" in prefecture and "第4章 非識別加工情報の提供（第17条―第24条）" in prefecture
    assert "第25条" in prefecture.split("第5章 雑則\n")[0]
    assert "第24条に規定する個人情報ファイル" in read_draft(HERE, "iwanadani-cho")
    union = read_draft(HERE, "masuoka-kyushoku-kumiai")
    assert "\n十一　" in union and "\n十　" not in union.split("第３条")[0]
    ward = read_draft(HERE, "sakebashi-ku")
    assert "１０万円以下の過料" in ward and "平成３０年３月１日から施行" in ward

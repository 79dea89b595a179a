"""The fresh 2016 held-out set "fb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="chaune-cho.txt", spread=True, pairs=24))


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"unehara-cho.txt": ("C0",), "uneoka-suido-kigyodan.txt": ("C0",)})
    for name in ("unehara-cho", "uneoka-suido-kigyodan"):
        assert "非識別加工情報の提供" not in read_draft(HERE, name)
    for name in ("chabatake-ku", "chaoka-shi", "chaune-cho"):
        assert "非識別加工情報の提供" in read_draft(HERE, name) or "非識別加工情報の作成及び提供" in read_draft(HERE, name)


def test_the_article_counter_reads_arabic_full_width_kanji_and_branch_articles() -> None:
    ward = articles(read_draft(HERE, "chabatake-ku"))
    assert ward[0] == "1条" and ward[-1] == "40条" and len(ward) == 40
    town = articles(read_draft(HERE, "unehara-cho"))
    assert town[-1] == "26条" and len(town) == 26
    city = articles(read_draft(HERE, "chaoka-shi"))
    assert "24条の2" in city and "24条の12" in city and city[-1] == "29条" and len(city) == 40
    assert len(articles(read_draft(HERE, "uneoka-suido-kigyodan"))) == 24
    clean = articles(read_draft(HERE, "chaune-cho"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "chabatake-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第7章") and location_exists(ward, "附則第3項")
    assert not location_exists(ward, "第41条") and not location_exists(ward, "附則第4項")
    city = read_draft(HERE, "chaoka-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第24条の10第4項")
    assert not location_exists(city, "目次") and not location_exists(city, "第24条の13")
    town = read_draft(HERE, "unehara-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "第27条")
    clean = read_draft(HERE, "chaune-cho")
    assert location_exists(clean, "付則第4項") and not location_exists(clean, "第1章")
    assert not location_exists(clean, "目次") and not location_exists(clean, "付則第5項")


def test_the_seeded_references_are_where_the_gold_says() -> None:
    ward = read_draft(HERE, "chabatake-ku")
    assert "第2条第6号アに係る個人情報ファイル" in ward and "平成25年法律第28号" in ward
    assert "\n第38条 この条例の施行に関し" in ward
    town = read_draft(HERE, "unehara-cho")
    assert "第五条第三項に規定する個人情報取扱事務" in town
    city = read_draft(HERE, "chaoka-shi")
    assert "第２条第４項に規定する個人識別符号" in city and "「開示請求者」" not in city
    authority = read_draft(HERE, "uneoka-suido-kigyodan")
    assert "地方自治法第284条" in authority and "昭和22年法律第67号" not in authority
    clean = read_draft(HERE, "chaune-cho")
    assert "平成25年法律第28号" not in clean and "10万円以下の過料" not in clean

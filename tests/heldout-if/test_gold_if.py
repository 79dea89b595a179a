"""The fresh 2016 held-out set "if"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shoroyama-ken.txt", spread=True, pairs=24))


def test_only_the_hospital_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"bonshodai-byoin-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "bonshodai-byoin-kumiai")


def test_the_article_counter_reads_arabic_kanji_full_width_branches_and_deleted_articles() -> None:
    ward = articles(read_draft(HERE, "kanenaru-ku"))
    assert ward[0] == "1条" and ward[-1] == "31条" and len(ward) == 31
    city = articles(read_draft(HERE, "taikobashi-shi"))
    assert "22条の7" not in city and "22条の8" in city and city[-1] == "27条" and len(city) == 40
    union = articles(read_draft(HERE, "bonshodai-byoin-kumiai"))
    assert union[-1] == "24条" and len(union) == 24
    town = articles(read_draft(HERE, "suzunone-cho"))
    assert town[-1] == "29条" and len(town) == 29
    clean = articles(read_draft(HERE, "shoroyama-ken"))
    assert "12条" in clean and "21条" in clean and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    union = read_draft(HERE, "bonshodai-byoin-kumiai")
    assert location_exists(union, "第24条") and not location_exists(union, "第25条")
    assert not location_exists(union, "目次") and location_exists(union, "附則第3項")
    city = read_draft(HERE, "taikobashi-shi")
    assert location_exists(city, "第22条の8") and not location_exists(city, "第22条の7")
    ward = read_draft(HERE, "kanenaru-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第2条第9号")
    clean = read_draft(HERE, "shoroyama-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "第3章第2節")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第41条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    assert "第２５条に規定する者" in read_draft(HERE, "bonshodai-byoin-kumiai")
    ward = read_draft(HERE, "kanenaru-ku")
    assert "平成15年法律第57号。以下「法」という。" in ward and "第22条第1項の基準に従い" in ward
    assert ward.index("削除情報を自ら利用") < ward.index("(以下「削除情報」という。)")
    town = read_draft(HERE, "suzunone-cho")
    assert "第2条第2項に規定する個人識別符号" in town and "開示決定等、訂正決定等又は利用停止決定等" in town
    assert "十万円以下の過料" in read_draft(HERE, "taikobashi-shi")
    assert "五万円以下の過料" in read_draft(HERE, "shoroyama-ken")

"""The fresh 2016 held-out set "fj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tatarazawa-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"arakane-cho.txt": ("C0",)})
    town = read_draft(HERE, "arakane-cho")
    assert "非識別加工情報の提供" not in town and "提案を募集する個人情報ファイル" in town


def test_the_article_counter_reads_kanji_full_width_arabic_and_deleted_articles() -> None:
    village = articles(read_draft(HERE, "kanahoribata-mura"))
    assert village[0] == "1条" and village[-1] == "30条" and len(village) == 30
    city = articles(read_draft(HERE, "tetsunobe-shi"))
    assert len(city) == 40 and city[-1] == "40条"
    assert len(articles(read_draft(HERE, "arakane-cho"))) == 27
    assert len(articles(read_draft(HERE, "fuigosaka-byoin-kouiki"))) == 34
    clean = articles(read_draft(HERE, "tatarazawa-shi"))
    assert "9条" in clean and "18条" in clean and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "kanahoribata-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert not location_exists(village, "目次")
    city = read_draft(HERE, "tetsunobe-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    union = read_draft(HERE, "fuigosaka-byoin-kouiki")
    assert location_exists(union, "附則第3条") and not location_exists(union, "第8条第3項")
    clean = read_draft(HERE, "tatarazawa-shi")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第2条第12項")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_slips_are_in_the_text_where_the_gold_says() -> None:
    assert "第五十九号。以下「法」" in read_draft(HERE, "kanahoribata-mura")
    city = read_draft(HERE, "tetsunobe-shi")
    assert "第4章　実施機関非識別加工情報の提供（第23条―第33条）" in city and "\n第34条　" in city
    assert "第八条第三項の受託業務" in read_draft(HERE, "fuigosaka-byoin-kouiki")
    assert "全部を改正する" in read_draft(HERE, "arakane-cho") and "は、廃止する。" in read_draft(HERE, "arakane-cho")


def test_the_clean_draft_cites_no_deleted_article() -> None:
    clean = read_draft(HERE, "tatarazawa-shi")
    for ref in ("第九条", "第十八条"):
        assert clean.count(ref) == 1, ref  # only the heading 「第九条　削除」/「第十八条　削除」

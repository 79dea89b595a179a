"""The fresh 2016 held-out set "fd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kaseito-mura.txt", spread=True, pairs=24))


def test_only_the_crematorium_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"aiyodo-saijo-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "aiyodo-saijo-kumiai")
    for name in ("hatanone-cho", "tsumugizaka-shi", "orizome-ken", "kaseito-mura"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    assert len(articles(read_draft(HERE, "hatanone-cho"))) == 26
    city = articles(read_draft(HERE, "tsumugizaka-shi"))
    assert city[0] == "1条" and city[-1] == "31条" and len(city) == 31
    prefecture = articles(read_draft(HERE, "orizome-ken"))
    assert prefecture[-1] == "34条" and len(prefecture) == 34
    assert len(articles(read_draft(HERE, "aiyodo-saijo-kumiai"))) == 26
    clean = articles(read_draft(HERE, "kaseito-mura"))
    assert clean[-1] == "35条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "orizome-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第7章")
    assert location_exists(prefecture, "第5章") and not location_exists(prefecture, "第8章")
    assert not location_exists(prefecture, "第35条")
    city = read_draft(HERE, "tsumugizaka-shi")
    assert location_exists(city, "第14条第4項") and not location_exists(city, "第14条第3項")
    union = read_draft(HERE, "aiyodo-saijo-kumiai")
    assert not location_exists(union, "目次") and location_exists(union, "附則第3項")
    assert location_exists(union, "第7条第3項") and not location_exists(union, "第7条第4項")
    clean = read_draft(HERE, "kaseito-mura")
    assert location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")
    assert not location_exists(clean, "目次")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    assert "第7条第4項に規定する者" in read_draft(HERE, "aiyodo-saijo-kumiai")
    prefecture = read_draft(HERE, "orizome-ken")
    assert "法第２条第４項に規定する非識別加工情報" in prefecture
    assert "前条第２項の規定による通知を受けた者" in prefecture
    assert "平成十五年法律第五十九号" in read_draft(HERE, "tsumugizaka-shi")

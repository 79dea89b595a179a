"""The fresh 2016 held-out set "hp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kajitsudaira-mura.txt", spread=True, every_point=False))


def test_only_the_special_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kakinokizaka-ku.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "kakinokizaka-ku")


def test_the_article_counter_reads_kanji_arabic_and_a_deleted_article() -> None:
    ward = articles(read_draft(HERE, "kakinokizaka-ku"))
    assert ward[0] == "1条" and ward[-1] == "26条" and len(ward) == 26
    town = articles(read_draft(HERE, "shukakuno-cho"))
    assert "14条" in town and town[-1] == "30条" and len(town) == 30
    assert len(articles(read_draft(HERE, "nashigaoka-shi"))) == 34
    assert len(articles(read_draft(HERE, "kajugahara-suido-kumiai"))) == 25
    assert len(articles(read_draft(HERE, "kajitsudaira-mura"))) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "kakinokizaka-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第2条第7号")
    assert location_exists(ward, "第6条第2項") and not location_exists(ward, "第27条")
    city = read_draft(HERE, "nashigaoka-shi")
    assert location_exists(city, "第27条") and not location_exists(city, "第27条第2項")
    authority = read_draft(HERE, "kajugahara-suido-kumiai")
    assert not location_exists(authority, "目次") and location_exists(authority, "第19条第5項")
    clean = read_draft(HERE, "kajitsudaira-mura")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第2項")
    assert not location_exists(clean, "附則第3項") and not location_exists(clean, "第41条")


def test_the_seeded_reference_defects_are_where_the_gold_says() -> None:
    assert "第27条第2項各号" in read_draft(HERE, "nashigaoka-shi")
    town = read_draft(HERE, "shukakuno-cho")
    assert "第十四条　削除" in town and "第十四条の規定による開示" in town
    assert "第2条第2項に規定する個人識別符号" in read_draft(HERE, "kajugahara-suido-kumiai")

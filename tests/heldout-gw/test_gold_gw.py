"""The fresh 2016 held-out set "gw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tsumiba-cho.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tsumitani-mura.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "tsumitani-mura")


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    village = articles(read_draft(HERE, "tsumitani-mura"))
    assert village[0] == "1条" and village[-1] == "25条" and len(village) == 25
    city = articles(read_draft(HERE, "hoido-shi"))
    assert "22条の2" in city and "22条の9" in city and city[-1] == "29条" and len(city) == 37
    assert len(articles(read_draft(HERE, "chanohara-shobo-kumiai"))) == 32
    assert len(articles(read_draft(HERE, "chaendai-shi"))) == 36
    clean = articles(read_draft(HERE, "tsumiba-cho"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "tsumitani-mura")
    assert location_exists(village, "第25条") and not location_exists(village, "第26条")
    assert not location_exists(village, "目次")
    city = read_draft(HERE, "hoido-shi")
    assert location_exists(city, "目次") and location_exists(city, "第22条の9第1項")
    assert not location_exists(city, "第45条") and not location_exists(city, "第22条の10")
    designated = read_draft(HERE, "chaendai-shi")
    assert location_exists(designated, "附則第2項") and not location_exists(designated, "附則第3項")
    clean = read_draft(HERE, "tsumiba-cho")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第38条")


def test_the_seeded_references_and_the_toc_gap_are_where_the_gold_says() -> None:
    assert "第45条第2項の規定に違反して" in read_draft(HERE, "hoido-shi")
    assert "）第２条第４項に規定する個人識別符号" in read_draft(HERE, "chanohara-shobo-kumiai")
    designated = read_draft(HERE, "chaendai-shi")
    assert "（第23条―第30条）" in designated and "\n第31条　" in designated
    assert "要配慮情報を収集してはならない" in designated

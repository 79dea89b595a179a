"""The fresh 2016 held-out set "gd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="rozawa-shi.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"rokaji-mura.txt": ("C0",)})
    village = read_draft(HERE, "rokaji-mura")
    assert "実施機関非識別加工情報" not in village and "非識別加工情報の提案" in village


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "watashiba-shi"))
    assert "18条の2" in city and "18条の15" in city and city[-1] == "23条" and len(city) == 37
    clean = articles(read_draft(HERE, "rozawa-shi"))
    assert "7条の2" in clean and "22条の14" in clean and clean[-1] == "26条" and len(clean) == 40
    assert len(articles(read_draft(HERE, "rokaji-mura"))) == 25
    assert len(articles(read_draft(HERE, "tomabune-ken"))) == 39
    rengo = articles(read_draft(HERE, "funayado-kaigo-rengo"))
    assert rengo[0] == "1条" and rengo[-1] == "34条" and len(rengo) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "watashiba-shi")
    assert location_exists(city, "第3章の2") and location_exists(city, "附則第3項")
    assert not location_exists(city, "目次") and not location_exists(city, "第18条の16")
    village = read_draft(HERE, "rokaji-mura")
    assert location_exists(village, "第11条") and not location_exists(village, "第11条第3項")
    assert not location_exists(village, "第26条") and not location_exists(village, "附則第3項")
    prefecture = read_draft(HERE, "tomabune-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第5章")
    clean = read_draft(HERE, "rozawa-shi")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "付則第2項")
    assert not location_exists(clean, "付則第3項") and not location_exists(clean, "第27条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "rokaji-mura")
    assert "第11条第3項の受託業務" in village and "3年以下の懲役" in village
    prefecture = read_draft(HERE, "tomabune-ken")
    assert "第5章 非識別加工情報の提供(第21条—第33条)" in prefecture and "\n第34条 " in prefecture
    assert "という。)第2条第2項に規定する個人識別符号" in prefecture
    rengo = read_draft(HERE, "funayado-kaigo-rengo")
    assert "（３）　破産" in rengo and "（４）" not in rengo.split("（欠格事由）")[1].split("（提案の審査")[0]
    assert "以下「開示決定等」" not in rengo
    city = read_draft(HERE, "watashiba-shi")
    assert "平成十五年法律第五十七号。以下「法」" in city

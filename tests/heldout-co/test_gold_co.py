"""The fresh 2016 held-out set "co"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="washigaoka-shi.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kozosawa-mura.txt": ("C0",)}, strict=True)
    village = read_draft(HERE, "kozosawa-mura")
    assert "実施機関非識別加工情報" not in village and "提案の募集" not in village
    # the one leftover the village is marked for (C20) is still in its ファイル簿 article
    assert "非識別加工情報を作成することとしている場合" in village


def test_the_article_counter_reads_kanji_full_width_and_half_width_drafts() -> None:
    clean = articles(read_draft(HERE, "washigaoka-shi"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40
    core_city = articles(read_draft(HERE, "kozohara-shi"))
    assert core_city[-1] == "40条" and len(core_city) == 40
    town = articles(read_draft(HERE, "sukida-cho"))
    assert town[-1] == "33条" and len(town) == 33
    water = articles(read_draft(HERE, "sunoura-suido"))
    assert water[-1] == "36条" and len(water) == 36
    village = articles(read_draft(HERE, "kozosawa-mura"))
    assert village[-1] == "26条" and len(village) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    core_city = read_draft(HERE, "kozohara-shi")
    assert location_exists(core_city, "目次") and location_exists(core_city, "第3章第3節")
    assert location_exists(core_city, "第4章") and not location_exists(core_city, "第7章")
    assert location_exists(core_city, "附則第3項") and not location_exists(core_city, "附則第4項")
    assert not location_exists(core_city, "第41条")
    town = read_draft(HERE, "sukida-cho")
    assert location_exists(town, "第3条第5項") and not location_exists(town, "第3条第6項")
    assert location_exists(town, "付則第4項") and not location_exists(town, "目次")
    # the seeded dangling reference: 第14条第3項 exists, the 第13条第3項 it cites does not
    assert location_exists(town, "第14条第3項") and not location_exists(town, "第13条第3項")
    water = read_draft(HERE, "sunoura-suido")
    assert not location_exists(water, "第1章") and not location_exists(water, "目次")
    assert location_exists(water, "附則第3項") and not location_exists(water, "第37条")
    village = read_draft(HERE, "kozosawa-mura")
    assert location_exists(village, "第5条第3項") and not location_exists(village, "第5条第4項")
    assert location_exists(village, "附則第1項") and not location_exists(village, "第27条")
    clean = read_draft(HERE, "washigaoka-shi")
    assert location_exists(clean, "第7章") and not location_exists(clean, "第8章")
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")
    assert location_exists(clean, "第21条第3項") and not location_exists(clean, "第41条")


def test_the_clean_draft_keeps_the_toc_in_step_with_its_chapters() -> None:
    clean = read_draft(HERE, "washigaoka-shi")
    for chapter, first, last in [(1, 1, 3), (2, 4, 9), (4, 11, 20), (5, 21, 34), (6, 35, 37), (7, 38, 40)]:
        assert f"第{chapter}章" in clean and f"（第{first}条―第{last}条）" in clean
    assert "第3章 個人情報ファイル（第10条）" in clean

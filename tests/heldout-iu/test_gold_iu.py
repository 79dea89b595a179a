"""The fresh 2016 held-out set "iu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yukimidaira-shobo-kumiai.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kanjikinoe-mura.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "kanjikinoe-mura")
    assert "非識別加工情報" not in read_draft(HERE, "yukimidaira-shobo-kumiai")


def test_the_article_counter_reads_branch_articles_full_width_kanji_and_a_gap() -> None:
    city = articles(read_draft(HERE, "yukimuronodai-shi"))
    assert "22条の2" in city and "22条の10" in city and city[-1] == "30条" and len(city) == 39
    town = articles(read_draft(HERE, "tsurarazaka-cho"))
    assert town[-1] == "27条" and len(town) == 27
    village = articles(read_draft(HERE, "kanjikinoe-mura"))
    assert "14条" not in village and village[-1] == "25条" and len(village) == 24
    assert len(articles(read_draft(HERE, "yukimine-ken"))) == 38
    assert len(articles(read_draft(HERE, "yukimidaira-shobo-kumiai"))) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "yukimuronodai-shi")
    assert location_exists(city, "目次") and location_exists(city, "第22条の7第2項")
    assert not location_exists(city, "第22条の11") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "tsurarazaka-cho")
    assert location_exists(town, "第27条") and not location_exists(town, "第30条")
    assert not location_exists(town, "目次")
    village = read_draft(HERE, "kanjikinoe-mura")
    assert location_exists(village, "第15条") and not location_exists(village, "第14条")
    prefecture = read_draft(HERE, "yukimine-ken")
    assert location_exists(prefecture, "第2章第2節") and location_exists(prefecture, "第30条第2号")
    clean = read_draft(HERE, "yukimidaira-shobo-kumiai")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")
    assert not location_exists(clean, "第37条") and not location_exists(clean, "第1章")


def test_the_dangling_and_the_wrong_reference_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "tsurarazaka-cho")
    assert "第３０条の規定による開示" in town
    prefecture = read_draft(HERE, "yukimine-ken")
    assert "第二十四条各号（前条において準用する場合を含む。）" in prefecture
    assert "提案の募集" not in prefecture
    city = read_draft(HERE, "yukimuronodai-shi")
    assert "（契約の解除）" not in city and "規則で定める額の手数料" in city

"""The fresh 2016 held-out set "cz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shakunageone-shi.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shiranezawa-cho.txt": ("C0",)}, strict=True)


def test_the_article_counter_reads_kanji_full_width_half_width_gaps_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "kogarasuone-shi"))
    assert "20条の2" in city and "20条の10" in city and city[-1] == "28条" and len(city) == 37
    town = articles(read_draft(HERE, "shiranezawa-cho"))
    assert town[0] == "1条" and town[-1] == "27条" and len(town) == 27
    village = articles(read_draft(HERE, "kumonokoya-mura"))
    assert village[-1] == "27条" and len(village) == 27
    union = articles(read_draft(HERE, "sannomine-kigyodan"))
    assert "15条" in union and union[-1] == "29条" and len(union) == 29
    clean = articles(read_draft(HERE, "shakunageone-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kogarasuone-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第20条の10")
    assert not location_exists(city, "第20条の11") and location_exists(city, "目次")
    town = read_draft(HERE, "shiranezawa-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert not location_exists(town, "目次")
    village = read_draft(HERE, "kumonokoya-mura")
    assert location_exists(village, "付則第2項") and not location_exists(village, "第30条")
    union = read_draft(HERE, "sannomine-kigyodan")
    assert location_exists(union, "第15条") and location_exists(union, "第12条第3項")
    assert not location_exists(union, "第12条第4項") and not location_exists(union, "第30条")
    assert location_exists(union, "第2条第11項") and not location_exists(union, "第2条第12項")
    clean = read_draft(HERE, "shakunageone-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4項")


def test_the_seeded_gaps_are_in_the_text_and_the_clean_draft_has_none() -> None:
    town = read_draft(HERE, "shiranezawa-cho")
    items = re.findall(r"^　（([０-９]+)）", town.split("第７条")[1].split("第８条")[0], flags=re.M)
    assert items == ["１", "２", "４", "５", "６"]  # 第２項 skips （３）
    assert "旧条例）" not in town and "「旧条例」" not in town
    assert "第三十条第三項" in read_draft(HERE, "kumonokoya-mura")
    assert re.search(r"^第15条　削除$", read_draft(HERE, "sannomine-kigyodan"), flags=re.M)
    assert not re.search(r"条　削除$", read_draft(HERE, "shakunageone-shi"), flags=re.M)
    assert "非識別加工情報の提供" not in town

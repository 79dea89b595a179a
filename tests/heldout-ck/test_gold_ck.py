"""The fresh 2016 held-out set "ck"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="chatsumihara-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"usubata-cho.txt": ("C0",)}, strict=True)
    # the town's leftover purpose clause names the mechanism, but never its 提供 chapter
    assert "非識別加工情報の提供" not in read_draft(HERE, "usubata-cho")


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "charei-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "40条" and len(prefecture) == 40
    city = articles(read_draft(HERE, "tsumikawa-shi"))
    assert city[-1] == "39条" and len(city) == 39
    town = articles(read_draft(HERE, "usubata-cho"))
    assert town[-1] == "26条" and len(town) == 26
    union = articles(read_draft(HERE, "hoirodani-kumiai"))
    assert "16条の2" in union and "16条の12" in union and union[-1] == "22条" and len(union) == 33
    clean = articles(read_draft(HERE, "chatsumihara-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tsumikawa-shi")
    # the seeded dangling reference: 第13条 has three 項, not four
    assert location_exists(city, "第13条第3項") and not location_exists(city, "第13条第4項")
    union = read_draft(HERE, "hoirodani-kumiai")
    assert location_exists(union, "附則（令和2年3月27日条例第2号）第2項")
    assert not location_exists(union, "附則（令和2年3月27日条例第2号）第3項")
    assert location_exists(union, "第16条の12") and not location_exists(union, "第16条の13")
    town = read_draft(HERE, "usubata-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert not location_exists(town, "目次")
    clean = read_draft(HERE, "chatsumihara-shi")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "第2章第3節")
    assert not location_exists(clean, "第40条")
    prefecture = read_draft(HERE, "charei-ken")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第7章")

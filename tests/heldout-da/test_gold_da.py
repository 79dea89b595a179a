"""The fresh 2016 held-out set "da"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="masugata-ku.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sotobori-cho.txt": ("C0",)}, strict=True)
    assert "非識別" not in read_draft(HERE, "sotobori-cho")


def test_the_article_counter_reads_full_width_kanji_branches_and_captions_on_the_line() -> None:
    clean = articles(read_draft(HERE, "masugata-ku"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39
    city = articles(read_draft(HERE, "yaguramachi-shi"))
    assert "18条の2" in city and "18条の14" in city and "18条の15" not in city
    assert city[-1] == "23条" and len(city) == 36
    town = articles(read_draft(HERE, "sotobori-cho"))
    assert town[-1] == "24条" and len(town) == 24
    prefecture = articles(read_draft(HERE, "shiroishigaki-ken"))
    assert prefecture[-1] == "38条" and len(prefecture) == 38
    union = articles(read_draft(HERE, "honmaru-kumiai"))
    assert union[0] == "1条" and union[-1] == "34条" and len(union) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "yaguramachi-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第18条の11")
    assert not location_exists(city, "第18条の15") and not location_exists(city, "目次")
    assert location_exists(city, "第2条第11項") and not location_exists(city, "第2条第12項")
    town = read_draft(HERE, "sotobori-cho")
    assert location_exists(town, "付則第2条") and not location_exists(town, "付則第3条")
    assert location_exists(town, "第11条") and not location_exists(town, "第25条")
    prefecture = read_draft(HERE, "shiroishigaki-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第5章")
    assert location_exists(prefecture, "第4章第4節") and not location_exists(prefecture, "第39条")
    union = read_draft(HERE, "honmaru-kumiai")
    assert location_exists(union, "附則第3項") and not location_exists(union, "附則第4項")
    assert location_exists(union, "第28条第2項") and not location_exists(union, "第35条")


def test_the_clean_special_ward_keeps_the_whole_mechanism_and_the_seeded_defects_are_in_the_text() -> None:
    clean = read_draft(HERE, "masugata-ku")
    for caption in ("（提案の募集）", "（欠格事由）", "（手数料）", "（識別行為の禁止等）", "（従事者の義務）"):
        assert caption in clean
    assert "実施機関非識別加工情報の利用に関する契約の解除" in clean
    assert "150万円以下の罰金" in read_draft(HERE, "shiroishigaki-ken")
    assert "規則で定める額の手数料" in read_draft(HERE, "yaguramachi-shi")
    assert "平成31年3月1日から施行する" in read_draft(HERE, "honmaru-kumiai")
    assert "契約の解除" not in read_draft(HERE, "honmaru-kumiai")

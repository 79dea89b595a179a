"""The fresh 2016 held-out set "gt"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kasaishi-mura.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kokemushi-cho.txt": ("C0",)})
    town = read_draft(HERE, "kokemushi-cho")
    assert "提案" not in town and "非識別加工情報" in town  # only the leftover definition (C20)


def test_the_article_counter_reads_kanji_full_width_arabic_and_a_branch_article() -> None:
    ward = articles(read_draft(HERE, "hibukuro-ku"))
    assert ward[0] == "1条" and ward[-1] == "30条" and len(ward) == 30
    city = articles(read_draft(HERE, "tsukubaihara-shi"))
    assert city[-1] == "26条" and len(city) == 26
    clean = articles(read_draft(HERE, "kasaishi-mura"))
    assert "15条の2" in clean and clean[-1] == "38条" and len(clean) == 39
    assert len(articles(read_draft(HERE, "kokemushi-cho"))) == 23
    assert len(articles(read_draft(HERE, "karesansui-kaigo-kumiai"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "hibukuro-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章") and location_exists(ward, "附則第2項")
    assert not location_exists(ward, "第31条") and not location_exists(ward, "附則第3項")
    town = read_draft(HERE, "kokemushi-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "目次") and not location_exists(town, "第11条第3項")
    clean = read_draft(HERE, "kasaishi-mura")
    assert location_exists(clean, "第15条の2") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章") and not location_exists(clean, "第39条")
    authority = read_draft(HERE, "karesansui-kaigo-kumiai")
    assert location_exists(authority, "第17条第3項") and not location_exists(authority, "第25条")


def test_the_seeded_reference_and_numbering_defects_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "kokemushi-cho")
    assert "第11条第3項に規定する場合を除き" in town
    city = read_draft(HERE, "tsukubaihara-shi")
    items = city.split("\n第１３条")[1].split("\n第１４条")[0]
    assert "（３）" in items and "（４）" not in items and "（５）" in items
    assert city.index("法第２条第３項") < city.index("以下「法」という。")
    ward = read_draft(HERE, "hibukuro-ku")
    assert "第四章　実施機関非識別加工情報の提供（第十七条―第二十六条）" in ward
    assert "\n第十六条　実施機関は、この章の規定に従い" in ward
    assert "十万円以下の過料" in ward

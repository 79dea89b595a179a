"""The fresh 2016 held-out set "hx"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="matsuribara-ken.txt", spread=True, every_point=False))


def test_only_the_care_insurance_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hayashizawa-rengo.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "hayashizawa-rengo")


def test_the_article_counter_reads_full_width_kanji_a_branch_and_a_deleted_article() -> None:
    town = articles(read_draft(HERE, "chochinhama-cho"))
    assert "22条の2" in town and town[-1] == "31条" and len(town) == 32
    city = articles(read_draft(HERE, "dashigaoka-shi"))
    assert city[0] == "1条" and city[-1] == "36条" and len(city) == 36
    ward = articles(read_draft(HERE, "yoitomoshi-ku"))
    assert "15条" in ward and len(ward) == 31
    assert len(articles(read_draft(HERE, "hayashizawa-rengo"))) == 24
    assert len(articles(read_draft(HERE, "matsuribara-ken"))) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "chochinhama-cho")
    assert location_exists(town, "第13条第2項") and not location_exists(town, "第12条第3項")
    assert not location_exists(town, "目次")
    city = read_draft(HERE, "dashigaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章")
    assert not location_exists(city, "第37条")
    clean = read_draft(HERE, "matsuribara-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項") and not location_exists(clean, "第40条")
    union = read_draft(HERE, "hayashizawa-rengo")
    assert location_exists(union, "第13条") and not location_exists(union, "第25条")


def test_the_dangling_and_the_wrong_reference_point_where_the_gold_says() -> None:
    assert "第１２条第３項の規定を準用する" in read_draft(HERE, "chochinhama-cho")
    ward = read_draft(HERE, "yoitomoshi-ku")
    assert "第4条第2項の業務" in ward and "第5条第2項の業務" not in ward
    union = read_draft(HERE, "hayashizawa-rengo")
    assert "第二条第三項に規定する要配慮個人情報" in union

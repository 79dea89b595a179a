"""The fresh 2016 held-out set "dn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="chochinzaka-ku.txt", spread=True, every_point=False))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"bonno-machi.txt": ("C0",)})
    assert "非識別" not in read_draft(HERE, "bonno-machi")


def test_the_article_counter_reads_kanji_full_width_a_gap_deleted_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "uchiwabara-shi"))
    assert "8条" in city and "10条の2" in city and "17条の7" in city and city[-1] == "21条" and len(city) == 28
    union = articles(read_draft(HERE, "yomisegawa-kumiai"))
    assert "14条" not in union and union[-1] == "29条" and len(union) == 28
    clean = articles(read_draft(HERE, "chochinzaka-ku"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38
    assert len(articles(read_draft(HERE, "yoimiya-shi"))) == 33 and len(articles(read_draft(HERE, "bonno-machi"))) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "chochinzaka-ku")
    assert location_exists(clean, "第2条第10項") and not location_exists(clean, "第2条第11項")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項")
    union = read_draft(HERE, "yomisegawa-kumiai")
    assert location_exists(union, "付則第3項") and not location_exists(union, "第14条")
    town = read_draft(HERE, "bonno-machi")
    assert location_exists(town, "第19条") and not location_exists(town, "第24条")
    assert not location_exists(town, "目次")

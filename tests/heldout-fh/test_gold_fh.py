"""The fresh 2016 held-out set "fh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shionohama-ken.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hamadoko-cho.txt": ("C0",)})
    town = read_draft(HERE, "hamadoko-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報" in town  # the leftover definition


def test_the_article_counter_reads_arabic_kanji_full_width_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "hamadoko-cho"))
    assert "8条の2" in town and "12条の2" in town and "12条の4" in town and "12条の3" not in town
    assert town[-1] == "23条" and len(town) == 26
    assert len(articles(read_draft(HERE, "shiokamata-mura"))) == 33
    assert len(articles(read_draft(HERE, "isonagi-shi"))) == 40
    assert len(articles(read_draft(HERE, "isokaze-shobo-kumiai"))) == 29
    clean = articles(read_draft(HERE, "shionohama-ken"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "shiokamata-mura")
    assert location_exists(village, "目次") and location_exists(village, "付則第3項")
    assert not location_exists(village, "第34条") and not location_exists(village, "付則第4項")
    city = read_draft(HERE, "isonagi-shi")
    assert location_exists(city, "第8章") and location_exists(city, "第36条第1項")
    assert not location_exists(city, "第30条第3項") and not location_exists(city, "第41条")
    union = read_draft(HERE, "isokaze-shobo-kumiai")
    assert not location_exists(union, "目次") and location_exists(union, "第29条第5項")
    clean = read_draft(HERE, "shionohama-ken")
    assert location_exists(clean, "第4章第4節") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項") and not location_exists(clean, "第39条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "isonagi-shi")
    assert "第30条第3項の基準" in city and "第6章　非識別加工情報の提供（第23条―第34条）" in city
    assert city.index("情報公開条例第2条第2号") < city.index("以下「情報公開条例」という。")
    village = read_draft(HERE, "shiokamata-mura")
    assert "平成十五年法律第五十九号。以下「法」という。" in village and "（契約の解除）" not in village
    union = read_draft(HERE, "isokaze-shobo-kumiai")
    assert "10万円以下の過料" in union and "平成30年3月26日" in union and "平成30年3月1日から施行" in union
    assert "第２条第３項に規定する要配慮個人情報" in read_draft(HERE, "hamadoko-cho")

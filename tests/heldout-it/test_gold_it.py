"""The fresh 2016 held-out set "it"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="funahashi-cho.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"funawatashi-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "funawatashi-mura")


def test_the_article_counter_reads_each_numbering() -> None:
    ward = articles(read_draft(HERE, "kawasebashi-ku"))
    assert ward[0] == "1条" and ward[-1] == "33条" and len(ward) == 33
    village = articles(read_draft(HERE, "funawatashi-mura"))
    assert "6条" in village and "19条" in village and len(village) == 26
    city = articles(read_draft(HERE, "sebashi-shi"))
    assert "21条の2" in city and "21条の11" in city and len(city) == 37
    assert len(articles(read_draft(HERE, "setowatari-kouiki"))) == 28
    town = articles(read_draft(HERE, "funahashi-cho"))
    assert "28条の2" not in town and town[-1] == "40条" and len(town) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "kawasebashi-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "附則第2項")
    assert not location_exists(ward, "附則第3項") and not location_exists(ward, "第34条")
    village = read_draft(HERE, "funawatashi-mura")
    assert not location_exists(village, "目次") and location_exists(village, "第26条")
    assert not location_exists(village, "第27条")
    city = read_draft(HERE, "sebashi-shi")
    assert location_exists(city, "第21条の10第1項") and not location_exists(city, "第21条の12")
    town = read_draft(HERE, "funahashi-cho")
    assert location_exists(town, "付則第4項") and not location_exists(town, "付則第5項")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    city = read_draft(HERE, "sebashi-shi")
    assert "第２１条の１２第１項" in city and "（４）" not in city.split("（利用及び提供の制限）")[1].split("（保有個人情報の提供")[0]
    village = read_draft(HERE, "funawatashi-mura")
    assert "第六条 削除" in village and "第六条の規定に違反して保有" in village

"""The fresh 2016 held-out set "hw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="amibune-cho.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"funayagaura-mura.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "funayagaura-mura")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_a_branch_article() -> None:
    city = articles(read_draft(HERE, "makiamiura-shi"))
    assert "24条の2" in city and "12条" in city and city[-1] == "32条" and len(city) == 33
    union = articles(read_draft(HERE, "hamagoya-kumiai"))
    assert "16条" not in union and union[-1] == "26条" and len(union) == 25
    pref = articles(read_draft(HERE, "tomobune-ken"))
    assert pref[0] == "1条" and pref[-1] == "37条" and len(pref) == 37
    assert len(articles(read_draft(HERE, "funayagaura-mura"))) == 27
    assert len(articles(read_draft(HERE, "amibune-cho"))) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "makiamiura-shi")
    assert location_exists(city, "目次") and location_exists(city, "第24条の2")
    assert not location_exists(city, "第33条")
    village = read_draft(HERE, "funayagaura-mura")
    assert location_exists(village, "第27条") and not location_exists(village, "第28条")
    assert not location_exists(village, "目次")
    pref = read_draft(HERE, "tomobune-ken")
    assert location_exists(pref, "第2章第1節") and location_exists(pref, "附則第2項")
    assert not location_exists(pref, "附則第4項") and not location_exists(pref, "第38条")
    union = read_draft(HERE, "hamagoya-kumiai")
    assert not location_exists(union, "第16条") and not location_exists(union, "目次")


def test_the_dangling_deleted_and_repealing_provisions_are_where_the_gold_says() -> None:
    assert "第28条に規定する審査会" in read_draft(HERE, "funayagaura-mura")
    city = read_draft(HERE, "makiamiura-shi")
    assert "第十二条　削除" in city and "第十二条の規定により写しの交付" in city
    pref = read_draft(HERE, "tomobune-ken")
    assert "の全部を改正する。" in pref and "第２４号）は、廃止する。" in pref

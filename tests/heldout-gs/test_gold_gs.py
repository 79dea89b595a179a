"""The fresh 2016 held-out set "gs"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="isaribune-cho.txt", spread=True, every_point=False))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"funahama-shi.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "funahama-shi")


def test_the_article_counter_reads_kanji_full_width_branches_and_a_gap() -> None:
    village = articles(read_draft(HERE, "amizaki-mura"))
    assert village[0] == "1条" and village[-1] == "25条" and len(village) == 25
    prefecture = articles(read_draft(HERE, "amiura-ken"))
    assert "20条の2" in prefecture and "20条の11" in prefecture and "20条の12" not in prefecture
    assert prefecture[-1] == "27条" and len(prefecture) == 37
    city = articles(read_draft(HERE, "funahama-shi"))
    assert "10条" in city and "15条" in city and len(city) == 27
    union = articles(read_draft(HERE, "hikiami-koiki"))
    assert "20条" not in union and union[-1] == "31条" and len(union) == 30
    clean = articles(read_draft(HERE, "isaribune-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "amiura-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第20条の6")
    assert not location_exists(prefecture, "第20条の12") and not location_exists(prefecture, "第28条")
    union = read_draft(HERE, "hikiami-koiki")
    assert location_exists(union, "附則第1項") and not location_exists(union, "第20条")
    assert not location_exists(union, "目次")
    clean = read_draft(HERE, "isaribune-cho")
    assert location_exists(clean, "付則第2条") and not location_exists(clean, "付則第3条")
    assert not location_exists(clean, "第41条")
    village = read_draft(HERE, "amizaki-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第26条")


def test_the_dangling_and_the_deleted_reference_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "amiura-ken")
    assert "第二十条の十二第一項の基準" in prefecture
    city = read_draft(HERE, "funahama-shi")
    assert "第１０条　削除" in city and "第１０条の規定に違反して" in city
    union = read_draft(HERE, "hikiami-koiki")
    assert "平成30年6月28日" in union and "平成30年4月1日から施行" in union

"""The fresh 2016 held-out set "fz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tanadagawa-cho.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"azemichi-mura.txt": ("C0",)})
    village = read_draft(HERE, "azemichi-mura")
    assert "非識別加工情報" not in village and "個人情報ファイル簿" not in village


def test_the_article_counter_reads_arabic_branches_kanji_and_full_width() -> None:
    city = articles(read_draft(HERE, "mizuguruma-shi"))
    assert "17条の2" in city and "17条の13" in city and city[-1] == "25条" and len(city) == 37
    village = articles(read_draft(HERE, "azemichi-mura"))
    assert village[0] == "1条" and village[-1] == "26条" and len(village) == 26
    prefecture = articles(read_draft(HERE, "senmaida-ken"))
    assert prefecture[-1] == "36条" and len(prefecture) == 36
    assert len(articles(read_draft(HERE, "suishago-koiki"))) == 26
    clean = articles(read_draft(HERE, "tanadagawa-cho"))
    assert clean == [f"{n}条" for n in range(1, 39)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "mizuguruma-shi")
    assert location_exists(city, "目次") and location_exists(city, "第17条の13")
    assert location_exists(city, "第3章の2") and not location_exists(city, "第17条の14")
    village = read_draft(HERE, "azemichi-mura")
    assert location_exists(village, "第8条第2項") and not location_exists(village, "第8条第3項")
    assert not location_exists(village, "目次") and not location_exists(village, "第27条")
    prefecture = read_draft(HERE, "senmaida-ken")
    assert location_exists(prefecture, "第2章第3節") and location_exists(prefecture, "附則第3項")
    assert not location_exists(prefecture, "附則第4項")
    authority = read_draft(HERE, "suishago-koiki")
    assert location_exists(authority, "附則第1項") and not location_exists(authority, "第27条")
    clean = read_draft(HERE, "tanadagawa-cho")
    assert not location_exists(clean, "目次") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第39条")


def test_the_seeded_toc_dangling_reference_and_repeal_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "mizuguruma-shi")
    assert "（第17条の2―第17条の12）" in city and "\n第17条の13 " in city
    assert "第八条第三項の規定に違反して" in read_draft(HERE, "azemichi-mura")
    prefecture = read_draft(HERE, "senmaida-ken")
    assert "の全部を改正する。" in prefecture and "は、廃止する。" in prefecture.split("附　則")[1]
    authority = read_draft(HERE, "suishago-koiki")
    assert "平成三十年六月二十八日" in authority and "平成三十年四月一日から施行する" in authority

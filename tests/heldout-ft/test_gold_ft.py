"""The fresh 2016 held-out set "ft"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kakinomi-mura.txt", spread=True, every_point=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kakizono-shi.txt": ("C0",)})
    city = read_draft(HERE, "kakizono-shi")
    assert "非識別加工情報の提供" not in city and "市非識別加工情報を作成し" in city
    for name in ("shibugaki-ken", "kajusawa-mura", "jukushidai-suido-kigyodan", "kakinomi-mura"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_full_width_kanji_and_arabic_numbers() -> None:
    prefecture = articles(read_draft(HERE, "shibugaki-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "35条" and len(prefecture) == 35
    village = articles(read_draft(HERE, "kajusawa-mura"))
    assert village[-1] == "27条" and len(village) == 27
    city = articles(read_draft(HERE, "kakizono-shi"))
    assert city[-1] == "24条" and len(city) == 24
    authority = articles(read_draft(HERE, "jukushidai-suido-kigyodan"))
    assert "12条" in authority and authority[-1] == "29条" and len(authority) == 29
    clean = articles(read_draft(HERE, "kakinomi-mura"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "shibugaki-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert location_exists(prefecture, "附則第3項") and not location_exists(prefecture, "附則第4項")
    assert not location_exists(prefecture, "第36条")
    village = read_draft(HERE, "kajusawa-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "付則第4条")
    assert not location_exists(village, "目次") and location_exists(village, "第2条第11項")
    city = read_draft(HERE, "kakizono-shi")
    assert location_exists(city, "第4章") and not location_exists(city, "目次")
    assert not location_exists(city, "第9条の2") and location_exists(city, "附則第4項")
    authority = read_draft(HERE, "jukushidai-suido-kigyodan")
    assert location_exists(authority, "第12条") and not location_exists(authority, "第30条")
    clean = read_draft(HERE, "kakinomi-mura")
    assert location_exists(clean, "目次") and location_exists(clean, "第7章")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "第40条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    city = read_draft(HERE, "kakizono-shi")
    assert "第9条の2第1項" in city and "開示請求者" in city and "(以下「開示請求者」" not in city
    authority = read_draft(HERE, "jukushidai-suido-kigyodan")
    assert "第十二条　削除" in authority and "第十二条の規定により保有個人情報の写し" in authority
    prefecture = read_draft(HERE, "shibugaki-ken")
    assert prefecture.index("審査会の意見") < prefecture.index("（以下「審査会」という。）")
    village = read_draft(HERE, "kajusawa-mura")
    assert "平成三十年四月二日" in village and "平成三十年四月一日から施行" in village


def test_every_seeded_defect_of_the_set_is_of_its_own_requirement_and_kind() -> None:
    pairs = [
        (d["requirement"] if isinstance(d["requirement"], str) else d["requirement"][0], d["kind"])
        for p in GOLDS
        for d in gold(p)["defects"]
        if d["seeded"]
    ]
    assert len(pairs) == 24 and len(set(pairs)) == 24
    assert len({kind for _, kind in pairs}) == 24

"""The fresh 2016 held-out set "il"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="horikawabata-ken.txt", spread=True, every_point=False))


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ohashigawa-koiki.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "ohashigawa-koiki")


def test_the_article_counter_reads_kanji_full_width_deleted_and_branch_articles() -> None:
    ward = articles(read_draft(HERE, "sotoborigawa-ku"))
    assert ward[0] == "1条" and ward[-1] == "35条" and len(ward) == 35
    city = articles(read_draft(HERE, "kawabunezaka-shi"))
    assert "4条" in city and "9条" in city and city[-1] == "34条" and len(city) == 34
    town = articles(read_draft(HERE, "shiromibashi-cho"))
    assert "18条の2" in town and "18条の14" in town and "18条の15" not in town and len(town) == 36
    assert len(articles(read_draft(HERE, "ohashigawa-koiki"))) == 24
    clean = articles(read_draft(HERE, "horikawabata-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "sotoborigawa-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章") and not location_exists(ward, "第36条")
    town = read_draft(HERE, "shiromibashi-cho")
    assert location_exists(town, "第18条の14") and not location_exists(town, "第18条の15")
    assert location_exists(town, "付則第2項") and not location_exists(town, "附則第3項")
    union = read_draft(HERE, "ohashigawa-koiki")
    assert not location_exists(union, "目次") and location_exists(union, "第2条第6項")
    clean = read_draft(HERE, "horikawabata-ken")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "附則第2項")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "附則第3項")


def test_the_seeded_references_and_dates_are_where_the_gold_says() -> None:
    assert "第18条の15第3項" in read_draft(HERE, "shiromibashi-cho")
    city = read_draft(HERE, "kawabunezaka-shi")
    assert "第9条 削除" in city and "第6条若しくは第9条の規定に違反して" in city
    assert "平成30年6月22日" in city and "平成30年4月1日から施行する" in city
    ward = read_draft(HERE, "sotoborigawa-ku")
    assert "平成十五年法律第五十七号" in ward and "三年以下の懲役" in ward
    assert "契約の解除" not in ward

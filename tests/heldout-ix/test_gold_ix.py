"""The fresh 2016 held-out set "ix"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="otabisho-cho.txt", spread=True, pairs=24))


def test_only_the_plain_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ohayashi-mura.txt": ("C0",)})
    village = read_draft(HERE, "ohayashi-mura")
    assert "非識別加工情報の提供" not in village and "いいます。" in village
    for name in ("otabisho-cho", "shimenawa-ku", "mikoshiba-shi", "akatorii-kaigo-rengo"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_arabic_kanji_full_width_deleted_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "otabisho-cho"))
    assert clean[0] == "1条" and clean[-1] == "36条" and len(clean) == 36
    city = articles(read_draft(HERE, "mikoshiba-shi"))
    assert "10条" in city and "17条" in city and "20条の2" in city and "20条の12" in city
    assert city[-1] == "25条" and len(city) == 36
    assert len(articles(read_draft(HERE, "shimenawa-ku"))) == 31
    assert len(articles(read_draft(HERE, "ohayashi-mura"))) == 24
    assert len(articles(read_draft(HERE, "akatorii-kaigo-rengo"))) == 29


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "shimenawa-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章") and not location_exists(ward, "第7章")
    assert location_exists(ward, "第31条") and not location_exists(ward, "第32条")
    village = read_draft(HERE, "ohayashi-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第13条第3項")
    assert location_exists(village, "第13条第2項") and location_exists(village, "附則第3項")
    clean = read_draft(HERE, "otabisho-cho")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")
    assert not location_exists(clean, "第37条") and not location_exists(clean, "目次")
    city = read_draft(HERE, "mikoshiba-shi")
    assert location_exists(city, "第3章の2") and not location_exists(city, "第20条の13")
    authority = read_draft(HERE, "akatorii-kaigo-rengo")
    assert location_exists(authority, "第29条第3項") and not location_exists(authority, "第30条")


def test_the_seeded_reference_slips_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "ohayashi-mura")
    assert "第十三条第三項の規定は" in village
    assert village.index("審議会の意見を聞いて") < village.index("（以下「審議会」といいます。）")
    city = read_draft(HERE, "mikoshiba-shi")
    assert "第十条　削除" in city and "又は第十条の規定に違反して" in city
    assert "平成三十年三月一日から施行する" in city
    authority = read_draft(HERE, "akatorii-kaigo-rengo")
    assert "（４）　禁錮" in authority and "（５）" not in authority.split("（第２段階")[1].split("（第３段階")[0]
    assert "「削除情報」" not in authority
    assert "10万円以下の過料" in read_draft(HERE, "shimenawa-ku")

"""The fresh 2016 held-out set "jl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="koumonbashi-shi.txt", spread=True, pairs=24))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"koumonzaka-cho.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "koumonzaka-cho")
    for name in ("suimonbashi-ku", "ungabori-shi", "meganebashi-mura", "koumonbashi-shi"):
        assert "非識別加工情報の提供" in read_draft(HERE, name) or "非識別加工情報を作成し" in read_draft(HERE, name)


def test_the_article_counter_reads_full_width_kanji_arabic_and_branch_articles() -> None:
    clean = articles(read_draft(HERE, "koumonbashi-shi"))
    assert "21条の2" in clean and "21条の14" in clean and clean[-1] == "26条" and len(clean) == 39
    ward = articles(read_draft(HERE, "suimonbashi-ku"))
    assert ward[0] == "1条" and ward[-1] == "30条" and len(ward) == 30
    city = articles(read_draft(HERE, "ungabori-shi"))
    assert city[-1] == "28条" and len(city) == 28
    assert len(articles(read_draft(HERE, "koumonzaka-cho"))) == 23
    assert len(articles(read_draft(HERE, "meganebashi-mura"))) == 31


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "koumonbashi-shi")
    assert location_exists(clean, "目次") and location_exists(clean, "第4章の2")
    assert location_exists(clean, "第3章第3節") and not location_exists(clean, "第27条")
    village = read_draft(HERE, "meganebashi-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "付則第4条")
    assert not location_exists(village, "目次")
    town = read_draft(HERE, "koumonzaka-cho")
    assert location_exists(town, "附則第3項") and not location_exists(town, "第24条")
    city = read_draft(HERE, "ungabori-shi")
    assert location_exists(city, "第7章") and not location_exists(city, "第32条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "ungabori-shi")
    assert "第三十二条第二項の受託業務" in city and "平成十五年法律第五十七号。以下「法」" in city
    village = read_draft(HERE, "meganebashi-mura")
    assert "法第2条第9項に規定する非識別加工情報" in village and "\n(3)　人の生命" not in village
    ward = read_draft(HERE, "suimonbashi-ku")
    assert "（契約の解除）" not in ward and "１０万円以下の過料" in ward
    town = read_draft(HERE, "koumonzaka-cho")
    assert town.index("審議会の意見を聴いて") < town.index("（以下「審議会」")

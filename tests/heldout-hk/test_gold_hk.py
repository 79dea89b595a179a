"""The fresh 2016 held-out set "hk"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="washino-ken.txt", spread=True, pairs=24))


def test_only_the_fire_and_ambulance_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kamisukikyo-koiki.txt": ("C0",)})
    union = read_draft(HERE, "kamisukikyo-koiki")
    assert "非識別加工情報の提供" not in union and "実施機関非識別加工情報" not in union
    # the one leftover the union keeps is the seeded C20 item of its file register
    assert union.count("非識別加工情報") == 1


def test_the_article_counter_reads_arabic_full_width_kanji_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "kozogaoka-shi"))
    assert city[0] == "1条" and city[-1] == "36条" and len(city) == 36
    village = articles(read_draft(HERE, "sunokogawa-mura"))
    assert village[-1] == "30条" and len(village) == 30
    union = articles(read_draft(HERE, "kamisukikyo-koiki"))
    assert union[-1] == "25条" and len(union) == 25
    town = articles(read_draft(HERE, "suketa-cho"))
    assert "5条" in town and "16条" in town and town[-1] == "34条" and len(town) == 34
    clean = articles(read_draft(HERE, "washino-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kozogaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章第4節") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第37条") and not location_exists(city, "附則第4項")
    village = read_draft(HERE, "sunokogawa-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    assert location_exists(village, "第7条第2項") and not location_exists(village, "第7条第3項")
    assert not location_exists(village, "目次") and not location_exists(village, "第1章")
    union = read_draft(HERE, "kamisukikyo-koiki")
    assert location_exists(union, "第5章") and not location_exists(union, "第6章") and not location_exists(union, "目次")
    town = read_draft(HERE, "suketa-cho")
    assert location_exists(town, "第2条第10項") and not location_exists(town, "第2条第11項")
    assert location_exists(town, "附則（令和元年十二月十三日条例第21号）")
    clean = read_draft(HERE, "washino-ken")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第4項") and not location_exists(clean, "第41条")


def test_the_seeded_reference_defects_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "sunokogawa-mura")
    assert "第７条第３項の受託事務" in village
    town = read_draft(HERE, "suketa-cho")
    assert "第五条　削除" in town and "第四条若しくは第五条の規定に違反して" in town
    assert "第二条第二項に規定する個人識別符号" in town
    city = read_draft(HERE, "kozogaoka-shi")
    assert "第4章 実施機関非識別加工情報の提供（第19条―第30条）" in city
    assert city.index("\n第5章 雑則\n") > city.index("\n第31条 ")
    assert city.index("審議会の意見を聴いた上で") < city.index("（以下「審議会」という。）")

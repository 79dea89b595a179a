"""The fresh 2016 held-out set "eo"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import _lines, location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hatoba-ken.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"namiyoke-mura.txt": ("C0",)})
    village = read_draft(HERE, "namiyoke-mura")
    assert "非識別加工情報の提供" not in village and "提案" not in village
    # the leftover definition is the only trace of the mechanism (seeded, C20)
    assert village.count("非識別加工情報") == 1


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    city = articles(read_draft(HERE, "todaizaki-shi"))
    assert city[0] == "1条" and city[-1] == "40条" and len(city) == 40
    town = articles(read_draft(HERE, "misakinohana-cho"))
    assert town[-1] == "35条" and len(town) == 35
    assert len(articles(read_draft(HERE, "namiyoke-mura"))) == 27
    authority = articles(read_draft(HERE, "todaiura-eisei-kumiai"))
    assert authority[-1] == "25条" and len(authority) == 25
    clean = articles(read_draft(HERE, "hatoba-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "todaizaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第2節") and location_exists(city, "附則第4項")
    assert not location_exists(city, "附則第5項") and not location_exists(city, "第41条")
    clean = read_draft(HERE, "hatoba-ken")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第3条") and location_exists(clean, "第2条第11項")
    assert not location_exists(clean, "附則第4条") and not location_exists(clean, "第2条第12項")
    authority = read_draft(HERE, "todaiura-eisei-kumiai")
    assert not location_exists(authority, "目次") and location_exists(authority, "第22条第4項")
    village = read_draft(HERE, "namiyoke-mura")
    assert not location_exists(village, "第1章") and not location_exists(village, "第28条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    # the stale table of contents: 第四章 ends at 第三十六条 there, but 第三十七条 (従事者の義務) precedes 第五章
    city = read_draft(HERE, "todaizaki-shi")
    assert "第四章　非識別加工情報の提供（第二十四条―第三十六条）" in city
    body = city.split("第四章　非識別加工情報の提供\n", 1)[1]
    assert body.index("第三十七条") < body.index("第五章　雑則")
    # 「審議会」 used in 第五条 before its 略称 is set in 第三十八条
    assert city.index("審議会に報告") < city.index("（以下「審議会」という。）")
    # the dangling reference: 第10条 of the village has two 項 only
    village = read_draft(HERE, "namiyoke-mura")
    assert "第10条第3項" in village and not location_exists(village, "第10条第3項")
    # the gap in the town's ファイル簿 items: (5) is followed by (7)
    town = _lines(read_draft(HERE, "misakinohana-cho"))
    items = [ln for ln in town if ln.startswith("(5)") or ln.startswith("(6)") or ln.startswith("(7)")]
    assert "(6) 記録情報" not in " ".join(items) and any(ln.startswith("(7) 記録情報に要配慮個人情報") for ln in town)
    # the uncaptioned 第22条 of the authority
    authority = _lines(read_draft(HERE, "todaiura-eisei-kumiai"))
    i = next(k for k, ln in enumerate(authority) if ln.startswith("第22条"))
    assert not authority[i - 1].startswith("(")

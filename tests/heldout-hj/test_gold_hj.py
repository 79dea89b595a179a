"""The fresh 2016 held-out set "hj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sanbashiguchi-shi.txt", spread=True, every_point=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tosengahama-cho.txt": ("C0",)})
    town = read_draft(HERE, "tosengahama-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報の提案" in town  # the seeded C20 leftover


def test_the_article_counter_reads_branch_articles_kanji_and_full_width_numbers() -> None:
    ward = articles(read_draft(HERE, "kitekidai-ku"))
    assert "24条の2" in ward and "24条の11" in ward and ward[-1] == "30条" and len(ward) == 40
    city = articles(read_draft(HERE, "hatobaura-shi"))
    assert "7条の2" in city and "22条の2" in city and city[-1] == "34条" and len(city) == 36
    assert len(articles(read_draft(HERE, "tosengahama-cho"))) == 22
    assert len(articles(read_draft(HERE, "shiomachi-kowan-kumiai"))) == 28
    clean = articles(read_draft(HERE, "sanbashiguchi-shi"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = read_draft(HERE, "kitekidai-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章の2") and location_exists(ward, "附則第2項")
    assert not location_exists(ward, "第24条の12") and not location_exists(ward, "附則第3項")
    town = read_draft(HERE, "tosengahama-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第22条第3項")
    assert not location_exists(town, "第14条第4項") and not location_exists(town, "第23条")
    authority = read_draft(HERE, "shiomachi-kowan-kumiai")
    assert location_exists(authority, "第13条第2項") and not location_exists(authority, "第13条第3項")
    clean = read_draft(HERE, "sanbashiguchi-shi")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "付則第3条")
    assert not location_exists(clean, "付則第4条") and not location_exists(clean, "第41条")


def test_the_seeded_reference_and_citation_defects_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "tosengahama-cho")
    assert "第14条第4項又は第15条第3項の決定" in town and "10万円以下の過料" in town
    city = read_draft(HERE, "hatobaura-shi")
    assert "第二条第四項に規定する個人識別符号" in city and "他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む" in city
    assert "契約を解除" not in city
    items = [ln[1] for ln in city.split("（利用及び提供の制限）")[1].split("（適正な管理）")[0].splitlines() if ln[:1] == "\u3000" and ln[2:3] == "\u3000"]
    assert items == ["一", "二", "三", "五"]
    ward = read_draft(HERE, "kitekidai-ku")
    assert "平成26年法律第86号" in ward and "規則で定める額の手数料" in ward
    assert ward.index("審議会の意見を聴いた上で") < ward.index("（以下「審議会」という。）")

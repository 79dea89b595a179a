"""The fresh 2016 held-out set "hq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="izumidono-ku.txt", spread=True, every_point=False))


def test_only_the_health_insurance_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"wakitama-kokuho-rengo.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "wakitama-kokuho-rengo")


def test_the_article_counter_reads_kanji_full_width_arabic_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "izutsubara-ken"))
    assert "21条の2" in prefecture and "21条の9" in prefecture and prefecture[-1] == "24条"
    assert len(prefecture) == 32
    assert len(articles(read_draft(HERE, "shimizujiri-cho"))) == 27
    assert len(articles(read_draft(HERE, "wakitama-kokuho-rengo"))) == 24
    assert len(articles(read_draft(HERE, "igeta-shi"))) == 31
    clean = articles(read_draft(HERE, "izumidono-ku"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "izutsubara-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第21条の9第3項")
    assert not location_exists(prefecture, "第25条") and not location_exists(prefecture, "附則第3項")
    town = read_draft(HERE, "shimizujiri-cho")
    assert location_exists(town, "付則第1項") and not location_exists(town, "目次")
    assert not location_exists(town, "第20条第4項") and not location_exists(town, "第28条")
    union = read_draft(HERE, "wakitama-kokuho-rengo")
    assert location_exists(union, "第11条第5号") and not location_exists(union, "第25条")
    clean = read_draft(HERE, "izumidono-ku")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "附則第4項")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "shimizujiri-cho")
    assert "第20条第4項の受託業務" in town and "10万円以下の過料" in town
    assert "平成30年3月16日" in town and "平成30年3月1日から施行" in town
    city = read_draft(HERE, "igeta-shi")
    assert "第2条第9項に規定する非識別加工情報" in city
    assert city.index("審査会の意見を聴いた上で") < city.index("（以下「審査会」という。）")
    prefecture = read_draft(HERE, "izutsubara-ken")
    assert "平成十五年法律第五十九号）第二条第三項" in prefecture
    assert "（第十一条―第十七条）" in prefecture and "第十八条　開示決定等" in prefecture
    clean = read_draft(HERE, "izumidono-ku")
    assert "平成十五年法律第五十八号" in clean and "規則で定める額" not in clean

"""The fresh 2016 held-out set "gx"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tomozuri-shi.txt", spread=True, every_point=False))


def test_only_the_kouki_koreisha_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ayukake-koiki-rengo.txt": ("C0",)})
    union = read_draft(HERE, "ayukake-koiki-rengo")
    assert "提案の募集" not in union and "非識別加工情報の作成に用いる加工の基準" in union


def test_the_article_counter_reads_kanji_full_width_a_gap_and_a_branch_article() -> None:
    prefecture = articles(read_draft(HERE, "ayutaki-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "26条" and len(prefecture) == 26
    town = articles(read_draft(HERE, "yanaba-cho"))
    assert town[-1] == "28条" and len(town) == 28
    union = articles(read_draft(HERE, "ayukake-koiki-rengo"))
    assert "16条" not in union and union[-1] == "26条" and len(union) == 25
    city = articles(read_draft(HERE, "yanauchi-shi"))
    assert "10条の2" in city and "8条" in city and city[-1] == "31条" and len(city) == 32
    clean = articles(read_draft(HERE, "tomozuri-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "ayutaki-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第2章第2節")
    assert location_exists(prefecture, "附則第2項") and not location_exists(prefecture, "附則第3項")
    assert not location_exists(prefecture, "第40条")
    union = read_draft(HERE, "ayukake-koiki-rengo")
    assert not location_exists(union, "目次") and not location_exists(union, "第16条")
    clean = read_draft(HERE, "tomozuri-shi")
    assert location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第40条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    assert "第四十条に規定する実施機関非識別加工情報" in read_draft(HERE, "ayutaki-ken")
    city = read_draft(HERE, "yanauchi-shi")
    assert "第８条　削除" in city and "若しくは第８条の規定に違反して" in city
    assert "以下「削除情報」" not in city
    town = read_draft(HERE, "yanaba-cho")
    assert town.index("法第2条第4項") < town.index("以下「法」")
    assert "平成30年3月22日" in town and "平成30年1月1日から施行" in town

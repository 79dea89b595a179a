"""The fresh 2016 held-out set "fo"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="azeta-mura.txt", spread=True, every_point=True, pairs=24))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"nawashiroda-cho.txt": ("C0",)})
    town = read_draft(HERE, "nawashiroda-cho")
    assert "非識別加工情報の提供" not in town and "ます。" in town


def test_the_article_counter_reads_kanji_branches_full_width_and_arabic() -> None:
    city = articles(read_draft(HERE, "sanaezeki-shi"))
    assert "6条の2" in city and "19条の11" in city and "19条の12" not in city
    assert city[-1] == "25条" and len(city) == 36
    union = articles(read_draft(HERE, "idesuiro-shobo-kumiai"))
    assert union[0] == "1条" and union[-1] == "28条" and len(union) == 28
    assert len(articles(read_draft(HERE, "nawashiroda-cho"))) == 24
    assert len(articles(read_draft(HERE, "sekigoe-ken"))) == 39
    clean = articles(read_draft(HERE, "azeta-mura"))
    assert clean == [f"{n}条" for n in range(1, 41)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "sanaezeki-shi")
    assert location_exists(city, "第3章の2") and location_exists(city, "第19条の7")
    assert not location_exists(city, "第19条の12") and not location_exists(city, "目次")
    ken = read_draft(HERE, "sekigoe-ken")
    assert location_exists(ken, "目次") and location_exists(ken, "第2章第3節")
    assert location_exists(ken, "附則第2項") and not location_exists(ken, "附則第3項")
    assert not location_exists(ken, "第29条第3項") and not location_exists(ken, "第40条")
    clean = read_draft(HERE, "azeta-mura")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "第1章")
    assert not location_exists(clean, "第20条第3項") and not location_exists(clean, "目次")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    ken = read_draft(HERE, "sekigoe-ken")
    assert "（第15条―第22条）" in ken and "第4章　非識別加工情報の提供（第22条―第34条）" in ken
    union = read_draft(HERE, "idesuiro-shobo-kumiai")
    assert "（４）　個人情報ファイルに記録される個人情報" in union and "（５）" not in union.split("（個人情報ファイル簿）")[1].split("２　前項")[0]
    assert "削除情報" not in union.split("（識別行為の禁止等）")[0]
    assert "第２５条　この条例の施行" in union
    town = read_draft(HERE, "nawashiroda-cho")
    assert "10万円以下の過料" in town and "令和元年12月20日" in town and "令和元年10月1日から施行" in town
    city = read_draft(HERE, "sanaezeki-shi")
    assert "平成十五年法律第五十九号" in city and "契約の解除" not in city

"""The fresh 2016 held-out set "ez"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="fudemaki-mura.txt", spread=True, every_point=True, pairs=24))


def test_only_the_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"torinoko-ku.txt": ("C0",)})
    ward = read_draft(HERE, "torinoko-ku")
    assert "非識別加工情報の提供" not in ward and "非識別加工情報の作成に用いることができる" in ward


def test_the_article_counter_reads_kanji_full_width_arabic_and_a_gap() -> None:
    city = articles(read_draft(HERE, "fudetate-shi"))
    assert "17条" not in city and city[-1] == "29条" and len(city) == 28
    assert len(articles(read_draft(HERE, "torinoko-ku"))) == 22
    assert len(articles(read_draft(HERE, "suzuribako-cho"))) == 39
    assert len(articles(read_draft(HERE, "gasenshi-shobo-kumiai"))) == 37
    clean = articles(read_draft(HERE, "fudemaki-mura"))
    assert clean[0] == "1条" and clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "suzuribako-cho")
    assert location_exists(town, "目次") and location_exists(town, "第2章第2節")
    assert location_exists(town, "附則第3項") and not location_exists(town, "附則第4項")
    assert not location_exists(town, "第40条") and not location_exists(town, "第11条第3項")
    city = read_draft(HERE, "fudetate-shi")
    assert not location_exists(city, "第17条") and not location_exists(city, "目次")
    authority = read_draft(HERE, "gasenshi-shobo-kumiai")
    assert location_exists(authority, "付則第2項") and not location_exists(authority, "付則第3項")
    clean = read_draft(HERE, "fudemaki-mura")
    assert location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "suzuribako-cho")
    assert "第五章　実施機関非識別加工情報の提供（第二十条―第三十四条）" in town
    assert "第十一条第三項の業務" in town and "令和元年十月一日から施行する" in town
    ward = read_draft(HERE, "torinoko-ku")
    assert "平成２５年法律第２８号" in ward and "１０万円以下の過料" in ward
    assert ward.index("審査会に諮問するとき") < ward.index("（以下「審査会」という。）")
    city = read_draft(HERE, "fudetate-shi")
    assert "第二条第二項に規定する個人識別符号" in city and "容易に照合" in city
    authority = read_draft(HERE, "gasenshi-shobo-kumiai")
    assert "開示決定等" in authority and "「開示決定等」" not in authority


def test_the_clean_village_keeps_what_the_seeded_drafts_get_wrong() -> None:
    clean = read_draft(HERE, "fudemaki-mura")
    assert "（個人識別符号を除く。）" in clean and "犯罪により害を被った事実" in clean
    assert "容易に照合" not in clean and "５万円以下の過料" in clean
    assert "（実施機関非識別加工情報の利用に関する契約の解除）" in clean

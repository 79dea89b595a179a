"""The fresh 2016 held-out set "in"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sugikoba-mura.txt", spread=True, every_point=False, pairs=24))


def test_only_the_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"sumigamadai-ku.txt": ("C0",)})
    ward = read_draft(HERE, "sumigamadai-ku")
    assert "非識別加工情報の提供" not in ward and "登録簿" in ward and "個人情報ファイル簿" not in ward


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(read_draft(HERE, "kannakuzu-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    assert len(articles(read_draft(HERE, "hinoshizuku-ken"))) == 27
    ward = articles(read_draft(HERE, "sumigamadai-ku"))
    assert ward[-1] == "24条" and len(ward) == 24
    city = articles(read_draft(HERE, "kijiwan-shi"))
    assert "16条" not in city and city[-1] == "31条" and len(city) == 30
    clean = articles(read_draft(HERE, "sugikoba-mura"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kijiwan-shi")
    assert location_exists(city, "目次") and location_exists(city, "第17条第2項")
    assert not location_exists(city, "第16条") and not location_exists(city, "第32条")
    ward = read_draft(HERE, "sumigamadai-ku")
    assert not location_exists(ward, "目次") and location_exists(ward, "付則第2項")
    assert not location_exists(ward, "第25条") and not location_exists(ward, "第29条")
    clean = read_draft(HERE, "sugikoba-mura")
    assert location_exists(clean, "第2章第1節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第38条")
    town = read_draft(HERE, "kannakuzu-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第2条第10号")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "kannakuzu-cho")
    assert "平成十五年法律第五十七号。以下「法」" in town and "規則で定める額の手数料" in town
    assert town.index("審議会の意見") < town.index("（以下「審議会」という。）")
    county = read_draft(HERE, "hinoshizuku-ken")
    assert "法」という。）第2条第2項に規定する個人識別符号" in county and "以下「旧条例」" not in county
    ward = read_draft(HERE, "sumigamadai-ku")
    assert "第２９条第１項" in ward and "３年以下の懲役" in ward
    city = read_draft(HERE, "kijiwan-shi")
    assert "令和元年9月27日" in city and "令和元年7月1日から施行" in city
    assert "犯罪により害を被った事実" not in city

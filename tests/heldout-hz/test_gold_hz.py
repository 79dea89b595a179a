"""The fresh 2016 held-out set "hz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="mizuchaya-mura.txt", spread=True, every_point=False, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"denmaya-cho.txt": ("C0",)})
    town = read_draft(HERE, "denmaya-cho")
    assert "非識別加工情報の提供" not in town and "「非識別加工情報」" in town


def test_the_article_counter_reads_kanji_arabic_full_width_a_gap_a_deletion_and_branches() -> None:
    prefecture = articles(read_draft(HERE, "sekiyado-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "36条" and len(prefecture) == 36
    town = articles(read_draft(HERE, "denmaya-cho"))
    assert town[-1] == "27条" and len(town) == 27
    city = articles(read_draft(HERE, "tonyaba-shi"))
    assert "18条" not in city and city[-1] == "27条" and len(city) == 26
    ward = articles(read_draft(HERE, "umakaeba-ku"))
    assert "20条の2" in ward and "23条の2" in ward and "12条" in ward and len(ward) == 29
    village = articles(read_draft(HERE, "mizuchaya-mura"))
    assert village[-1] == "39条" and len(village) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "sekiyado-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert not location_exists(prefecture, "第37条") and not location_exists(prefecture, "第7章")
    town = read_draft(HERE, "denmaya-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    assert location_exists(town, "第2条第7項") and not location_exists(town, "第2条第8項")
    assert location_exists(town, "第9条第2項") and not location_exists(town, "第9条第3項")
    city = read_draft(HERE, "tonyaba-shi")
    assert not location_exists(city, "第18条") and location_exists(city, "第19条")
    ward = read_draft(HERE, "umakaeba-ku")
    assert location_exists(ward, "第20条の2") and not location_exists(ward, "第20条の3")
    village = read_draft(HERE, "mizuchaya-mura")
    assert location_exists(village, "付則第2条") and not location_exists(village, "付則第3条")
    assert not location_exists(village, "目次") and not location_exists(village, "第1章")


def test_the_seeded_places_read_as_the_gold_says() -> None:
    prefecture = read_draft(HERE, "sekiyado-ken")
    assert "平成十五年法律第五十九号" in prefecture and "（第十九条―第二十九条）" in prefecture
    assert "他の情報と容易に照合" in prefecture
    town = read_draft(HERE, "denmaya-cho")
    assert "第9条第3項の受託業務" in town and "10万円以下の過料" in town and "「開示決定等」" not in town
    city = read_draft(HERE, "tonyaba-shi")
    assert city.index("審査会に意見を聴かなければ") < city.index("（以下「審査会」といいます。）")
    assert "犯罪により害を被った事実" not in city and "契約を解除することができ" not in city
    ward = read_draft(HERE, "umakaeba-ku")
    assert "第２条第２項に規定する個人識別符号" in ward and "規則で定める額の手数料" in ward
    assert "平成３０年４月２日" in ward and "平成３０年４月１日から施行" in ward and "「削除情報」" not in ward
    village = read_draft(HERE, "mizuchaya-mura")
    assert "平成十五年法律第五十八号" in village and "容易に照合" not in village

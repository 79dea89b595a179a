"""The fresh 2016 held-out set "fm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hinosaki-ken.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"torogasaki-cho.txt": ("C0",)})
    town = read_draft(HERE, "torogasaki-cho")
    assert "非識別加工情報の提供" not in town and "提案の募集" not in town


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    village = articles(read_draft(HERE, "tomyogahana-mura"))
    assert village[0] == "1条" and village[-1] == "34条" and len(village) == 34
    city = articles(read_draft(HERE, "tokozaki-shi"))
    assert city[-1] == "39条" and len(city) == 39
    town = articles(read_draft(HERE, "torogasaki-cho"))
    assert town[-1] == "26条" and len(town) == 26
    assert len(articles(read_draft(HERE, "shirahizaki-suido-kigyodan"))) == 31
    clean = articles(read_draft(HERE, "hinosaki-ken"))
    assert clean == [f"{n}条" for n in range(1, 41)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tokozaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章第4節") and location_exists(city, "第7章")
    assert location_exists(city, "第10条第2項") and not location_exists(city, "第10条第3項")
    assert not location_exists(city, "第40条")
    town = read_draft(HERE, "torogasaki-cho")
    assert not location_exists(town, "目次") and location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    village = read_draft(HERE, "tomyogahana-mura")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")
    clean = read_draft(HERE, "hinosaki-ken")
    assert location_exists(clean, "第3章第4節") and not location_exists(clean, "第3章第5節")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "附則第4項")


def test_the_seeded_reference_and_table_of_contents_defects_are_in_the_text() -> None:
    city = read_draft(HERE, "tokozaki-shi")
    assert "第十条第三項の受託業務" in city
    assert "第六章　雑則（第三十四条―第三十六条）" in city and "第三十六条　実施機関の職員" in city
    assert "平成十五年法律第五十九号" in city
    authority = read_draft(HERE, "shirahizaki-suido-kigyodan")
    assert "という。）第2条第9項に規定する非識別加工情報" in authority and "（以下「受託者」" not in authority
    village = read_draft(HERE, "tomyogahana-mura")
    assert village.index("審議会の意見") < village.index("（以下「審議会」という。）")


def test_the_clean_draft_sets_its_fees_in_a_table_and_cites_the_right_law_number() -> None:
    clean = read_draft(HERE, "hinosaki-ken")
    assert "別表（第三十三条関係）" in clean and "別表に定める額の手数料" in clean
    assert "平成十五年法律第五十八号" in clean and "第五十九号" not in clean
    assert [g["draft"] for g in map(gold, GOLDS) if g["clean"]] == ["hinosaki-ken.txt"]

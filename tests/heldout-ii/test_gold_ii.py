"""The fresh 2016 held-out set "ii"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="gampizaka-ku.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"neriaoi-mura.txt": ("C0",)})
    village = read_draft(HERE, "neriaoi-mura")
    assert "非識別" not in village and "です" in village


def test_the_article_counter_reads_a_gap_full_width_kanji_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "mitsumatano-cho"))
    assert "18条" not in town and town[-1] == "38条" and len(town) == 37
    city = articles(read_draft(HERE, "suzuriumi-shi"))
    assert "20条の14" in city and city[-1] == "24条" and len(city) == 37
    prefecture = articles(read_draft(HERE, "fudezuka-ken"))
    assert "19条の13" in prefecture and prefecture[-1] == "25条" and len(prefecture) == 37
    assert len(articles(read_draft(HERE, "neriaoi-mura"))) == 25
    clean = articles(read_draft(HERE, "gampizaka-ku"))
    assert clean == [f"{n}条" for n in range(1, 40)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "mitsumatano-cho")
    assert location_exists(town, "目次") and location_exists(town, "附則第3項")
    assert not location_exists(town, "第18条") and not location_exists(town, "附則第4項")
    city = read_draft(HERE, "suzuriumi-shi")
    assert not location_exists(city, "目次") and not location_exists(city, "第1章")
    assert location_exists(city, "第20条の5") and not location_exists(city, "第20条の15")
    prefecture = read_draft(HERE, "fudezuka-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第8条第2項") and not location_exists(prefecture, "第8条第3項")
    assert not location_exists(prefecture, "第19条の14")
    clean = read_draft(HERE, "gampizaka-ku")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "附則第5項")
    assert not location_exists(clean, "附則第6項") and not location_exists(clean, "第40条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "mitsumatano-cho")
    assert "容易に照合" in town and "規則で定める額の手数料" in town and "3年以下の懲役" in town
    city = read_draft(HERE, "suzuriumi-shi")
    assert "第２条第９項に規定する非識別加工情報" in city and "犯罪により害を被った事実" not in city
    prefecture = read_draft(HERE, "fudezuka-ken")
    assert "平成十五年法律第五十九号" in prefecture and "第八条第三項の受託業務" in prefecture
    assert "契約の解除" not in prefecture and "生存する" not in prefecture
    village = read_draft(HERE, "neriaoi-mura")
    assert "訂正決定等" in village and "「訂正決定等」" not in village
    assert village.index("令和元年6月20日") < village.index("平成31年4月1日から施行")

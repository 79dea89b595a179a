"""The fresh 2016 held-out set "fk"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sengendai-cho.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kosenbata-mura.txt": ("C0",)})
    assert "非識別加工情報" not in read_draft(HERE, "kosenbata-mura")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "yuzamashi-shi"))
    assert "15条" not in city and "10条の2" in city and "19条の13" in city
    assert city[-1] == "23条" and len(city) == 35
    assert len(articles(read_draft(HERE, "funenzaka-shobo-kumiai"))) == 29
    assert len(articles(read_draft(HERE, "kosenbata-mura"))) == 23
    assert len(articles(read_draft(HERE, "yugeno-ken"))) == 33
    clean = articles(read_draft(HERE, "sengendai-cho"))
    assert clean == [f"{n}条" for n in range(1, 38)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ken = read_draft(HERE, "yugeno-ken")
    assert location_exists(ken, "目次") and location_exists(ken, "第8章") and not location_exists(ken, "第9章")
    assert location_exists(ken, "第2条第1項第4号") and not location_exists(ken, "第34条")
    village = read_draft(HERE, "kosenbata-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第6条第4項")
    assert location_exists(village, "附則第3項") and not location_exists(village, "附則第4項")
    city = read_draft(HERE, "yuzamashi-shi")
    assert location_exists(city, "第19条の5") and not location_exists(city, "第15条")
    clean = read_draft(HERE, "sengendai-cho")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "第38条")


def test_the_seeded_drafting_slips_are_in_the_text_where_the_gold_says() -> None:
    ken = read_draft(HERE, "yugeno-ken")
    assert "平成15年法律第59号" in ken and "3年以下の懲役" in ken
    assert "第6章 実施機関非識別加工情報の提供（第18条―第28条）" in ken and "（契約の解除）" not in ken
    village = read_draft(HERE, "kosenbata-mura")
    assert "第六条第四項" in village and village.index("審議会の意見") < village.index("（以下「審議会」という。）")
    kumiai = read_draft(HERE, "funenzaka-shobo-kumiai")
    assert "令和元年６月２８日" in kumiai and "令和元年４月１日から施行" in kumiai
    assert "要配慮情報" in kumiai and "他の情報と照合してはならない" not in kumiai
    city = read_draft(HERE, "yuzamashi-shi")
    assert "法」という。）第二条第二項に規定する個人識別符号" in city and "規則で定める額の手数料" in city

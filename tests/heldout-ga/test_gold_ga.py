"""The fresh 2016 held-out set "ga"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yutouge-shi.txt", spread=True, every_point=False, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tougedaira-shi.txt": ("C0",)})
    city = read_draft(HERE, "tougedaira-shi")
    assert "非識別加工情報の提供" not in city and "非識別加工情報の提案の募集" in city


def test_the_article_counter_reads_kanji_full_width_arabic_and_deleted_articles() -> None:
    town = articles(read_draft(HERE, "yukimuro-cho"))
    assert "10条" in town and "12条" in town and town[-1] == "34条" and len(town) == 34
    city = articles(read_draft(HERE, "tougedaira-shi"))
    assert city[0] == "1条" and city[-1] == "36条" and len(city) == 36
    village = articles(read_draft(HERE, "yunokura-mura"))
    assert village[-1] == "33条" and len(village) == 33
    authority = articles(read_draft(HERE, "yukine-shobo-kumiai"))
    assert authority[-1] == "31条" and len(authority) == 31 and not any("の" in a for a in authority)
    clean = articles(read_draft(HERE, "yutouge-shi"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "yukimuro-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert not location_exists(town, "目次") and not location_exists(town, "第35条")
    city = read_draft(HERE, "tougedaira-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章第4節")
    assert location_exists(city, "第6条第4項") and not location_exists(city, "第6条第5項")
    authority = read_draft(HERE, "yukine-shobo-kumiai")
    assert not location_exists(authority, "第32条") and location_exists(authority, "第18条第5項")
    assert not location_exists(authority, "第1章")
    clean = read_draft(HERE, "yutouge-shi")
    assert location_exists(clean, "第5章") and location_exists(clean, "附則第5項")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "yukimuro-cho")
    assert "第十二条　削除" in town and "第十二条の規定による届出" in town
    assert "百五十万円以下の罰金" in town and "契約の解除" not in town
    authority = read_draft(HERE, "yukine-shobo-kumiai")
    assert "第31条　第32条に規定する者" in authority and "以下「法」という。)第2条第9項に規定する非識別加工情報" in authority
    village = read_draft(HERE, "yunokura-mura")
    assert "（３）　提案に係る実施機関非識別加工情報の本人の数\n（５）" in village
    assert "平成３０年３月２２日" in village and "平成３０年３月１日から施行する" in village
    city = read_draft(HERE, "tougedaira-shi")
    assert "第2章　個人情報の取扱い（第6条―第12条）" in city and "\n第13条　" in city
    assert "(平成15年法律第57号)" in city


def test_the_clean_draft_keeps_its_fees_in_the_table_and_its_carve_out() -> None:
    clean = read_draft(HERE, "yutouge-shi")
    assert "別表（第三十二条関係）" in clean and "規則で定める額" not in clean
    assert "第五章の規定に従い実施機関非識別加工情報を作成し、又は提供する場合については、適用しない" in clean
    assert "三千九百五十円" in clean and "二万一千円" in clean

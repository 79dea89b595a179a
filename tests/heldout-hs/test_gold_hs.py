"""The fresh 2016 held-out set "hs"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="somenoi-ken.txt", spread=True, every_point=False))


def test_only_the_cleaning_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"someya-seiso-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "someya-seiso-kumiai")


def test_the_article_counter_reads_kanji_full_width_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "ainohama-shi"))
    assert city[0] == "1条" and city[-1] == "29条" and len(city) == 29
    town = articles(read_draft(HERE, "tsumugiki-cho"))
    assert town[-1] == "30条" and len(town) == 30
    ward = articles(read_draft(HERE, "hatanobe-ku"))
    assert "9条" in ward and "15条" in ward and ward[-1] == "32条" and len(ward) == 32
    assert len(articles(read_draft(HERE, "someya-seiso-kumiai"))) == 24
    clean = articles(read_draft(HERE, "somenoi-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "ainohama-shi")
    assert location_exists(city, "目次") and location_exists(city, "第26条第2項")
    assert not location_exists(city, "第30条") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "tsumugiki-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第2条第11項")
    union = read_draft(HERE, "someya-seiso-kumiai")
    assert location_exists(union, "第10条第1項第8号") and not location_exists(union, "第25条")
    clean = read_draft(HERE, "somenoi-ken")
    assert location_exists(clean, "付則第4項") and not location_exists(clean, "付則第5項")
    assert location_exists(clean, "第2章第1節") and not location_exists(clean, "第40条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    town = read_draft(HERE, "tsumugiki-cho")
    assert "個人情報ファイル簿に前条第１項第７号及び第８号" in town
    assert "（罰則）\n第２８条" in town and "\n第２２条　" in town and "）\n第２２条" not in town
    ward = read_draft(HERE, "hatanobe-ku")
    assert "第9条　削除" in ward and "第9条の受託者" in ward
    assert "(3)　個人情報ファイルの利用目的\n(5)" in ward
    city = read_draft(HERE, "ainohama-shi")
    assert "次条の契約を締結することができる" in city and "法律第五十九号" in city

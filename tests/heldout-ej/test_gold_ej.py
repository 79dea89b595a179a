"""The fresh 2016 held-out set "ej"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="benizome-ken.txt", spread=True, every_point=False))


def test_only_the_care_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"benibana-kouiki.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "benibana-kouiki")


def test_the_article_counter_reads_branch_articles_kanji_and_full_width() -> None:
    city = articles(read_draft(HERE, "hinokawa-shi"))
    assert "7条の2" in city and "22条の2" in city and city[-1] == "29条" and len(city) == 31
    town = articles(read_draft(HERE, "hebata-cho"))
    assert town[-1] == "30条" and len(town) == 30
    assert len(articles(read_draft(HERE, "sasago-mura"))) == 27
    assert len(articles(read_draft(HERE, "benibana-kouiki"))) == 24
    assert len(articles(read_draft(HERE, "benizome-ken"))) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hinokawa-shi")
    assert location_exists(city, "第23条第3項") and not location_exists(city, "第23条第4項")
    assert not location_exists(city, "目次")
    town = read_draft(HERE, "hebata-cho")
    assert location_exists(town, "目次") and location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert location_exists(town, "第6章") and not location_exists(town, "第7章")
    clean = read_draft(HERE, "benizome-ken")
    assert location_exists(clean, "第2章第2節") and location_exists(clean, "第3章第3節")
    assert not location_exists(clean, "第38条")
    village = read_draft(HERE, "sasago-mura")
    assert location_exists(village, "付則(平成30年3月15日条例第2号)第2条") and not location_exists(village, "第28条")


def test_the_seeded_reference_and_numbering_slips_are_in_the_text() -> None:
    assert "第23条第4項の受託業務" in read_draft(HERE, "hinokawa-shi")
    village = read_draft(HERE, "sasago-mura")
    assert "（２）破産" in village and "（３）" not in village.split("（欠格事由）")[1].split("（提案の審査")[0]
    union = read_draft(HERE, "benibana-kouiki")
    assert "法第2条第3項に規定する要配慮個人情報" in union and "介護保険法（平成9年" not in union
    town = read_draft(HERE, "hebata-cho")
    assert "契約を解除" not in town and "平成三十年十月一日から施行" in town

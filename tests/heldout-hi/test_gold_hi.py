"""The fresh 2016 held-out set "hi"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tamonyagura-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"uchikomihagi-mura.txt": ("C0",)})
    village = read_draft(HERE, "uchikomihagi-mura")
    assert "非識別加工情報の提供" not in village and "提案の募集" not in village


def test_the_article_counter_reads_arabic_kanji_full_width_and_a_branch_article() -> None:
    city = articles(read_draft(HERE, "kirikomihagi-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    village = articles(read_draft(HERE, "uchikomihagi-mura"))
    assert village[-1] == "24条" and len(village) == 24
    union = articles(read_draft(HERE, "sangizumi-fukushi-kumiai"))
    assert "26条の2" in union and union[-1] == "30条" and len(union) == 31
    assert len(articles(read_draft(HERE, "mushagaeshi-ken"))) == 36
    clean = articles(read_draft(HERE, "tamonyagura-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kirikomihagi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    village = read_draft(HERE, "uchikomihagi-mura")
    assert not location_exists(village, "目次") and location_exists(village, "付則第3項")
    assert location_exists(village, "第24条") and not location_exists(village, "第25条")
    union = read_draft(HERE, "sangizumi-fukushi-kumiai")
    assert location_exists(union, "第26条の2") and location_exists(union, "第26条第3項")
    assert not location_exists(union, "第26条第4項") and not location_exists(union, "目次")
    prefecture = read_draft(HERE, "mushagaeshi-ken")
    assert location_exists(prefecture, "第2章第2節") and location_exists(prefecture, "附則第3項")
    clean = read_draft(HERE, "tamonyagura-cho")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章")
    assert location_exists(clean, "第2条第12項") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "kirikomihagi-shi")
    assert "第4章　実施機関非識別加工情報の提供（第18条―第30条）" in city and "\n第31条　" in city
    assert city.index("審査会に諮問") < city.index("（以下「審査会」という。）")
    village = read_draft(HERE, "uchikomihagi-mura")
    assert "十万円以下の過料" in village and "\n四　" not in village.split("（利用及び提供の制限）")[1].split("（電子計算機")[0]
    union = read_draft(HERE, "sangizumi-fukushi-kumiai")
    assert "第２６条第４項の受託業務" in union and "規則で定める額の手数料" in union
    prefecture = read_draft(HERE, "mushagaeshi-ken")
    assert "平成15年法律第57号。以下「行政機関個人情報保護法」" in prefecture and "契約を解除" not in prefecture
    assert "開示請求者" in prefecture and "「開示請求者」" not in prefecture

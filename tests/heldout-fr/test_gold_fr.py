"""The fresh 2016 held-out set "fr"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shimotsukino-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shimofurisawa-mura.txt": ("C0",)})
    village = read_draft(HERE, "shimofurisawa-mura")
    assert "非識別加工情報の提供" not in village
    # the leftover ファイル簿 item is the seeded C20, not the consequence
    assert "非識別加工情報の提案の募集" in village


def test_the_article_counter_reads_arabic_full_width_kanji_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "yukimidai-shi"))
    assert {"6条の2", "25条の2", "26条の2", "29条の2"} <= set(city) and city[-1] == "35条" and len(city) == 39
    village = articles(read_draft(HERE, "shimofurisawa-mura"))
    assert village[0] == "1条" and village[-1] == "27条" and len(village) == 27
    prefecture = articles(read_draft(HERE, "juhyomine-ken"))
    assert "21条の14" in prefecture and prefecture[-1] == "26条" and len(prefecture) == 39
    assert len(articles(read_draft(HERE, "miyukihara-koiki"))) == 32
    clean = articles(read_draft(HERE, "shimotsukino-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "yukimidai-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章") and location_exists(city, "附則第4項")
    assert not location_exists(city, "第19条第4項") and not location_exists(city, "第17条第3項")
    village = read_draft(HERE, "shimofurisawa-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert not location_exists(village, "目次") and not location_exists(village, "第28条")
    prefecture = read_draft(HERE, "juhyomine-ken")
    assert location_exists(prefecture, "第4章の2") and location_exists(prefecture, "第3章第4節")
    assert not location_exists(prefecture, "第21条の15") and not location_exists(prefecture, "目次")
    clean = read_draft(HERE, "shimotsukino-cho")
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")
    assert not location_exists(clean, "第1章") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_points_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "yukimidai-shi")
    assert "第17条第3項の規定は" in city and "10万円以下の過料" in city
    assert city.index("審議会の意見を聴いた上で") < city.index("（以下「審議会」という。）")
    prefecture = read_draft(HERE, "juhyomine-ken")
    assert "平成十五年法律第五十七号。以下「法」という。" in prefecture
    assert "\n第十七条　実施機関は、訂正請求" in prefecture and "（訂正決定等）" not in prefecture
    authority = read_draft(HERE, "miyukihara-koiki")
    assert "第7条第2項の受託業務" in authority and "法第2条第3項に規定する要配慮個人情報" in authority
    village = read_draft(HERE, "shimofurisawa-mura")
    assert "（３）　出版" in village and "（４）" not in village.split("（収集の制限）")[1].split("（利用目的の明示）")[0]

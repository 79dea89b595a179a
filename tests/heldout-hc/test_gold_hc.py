"""The fresh 2016 held-out set "hc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="mayuori-mura.txt", spread=True, pairs=24))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hataya-shobo-rengo.txt": ("C0",)})
    union = read_draft(HERE, "hataya-shobo-rengo")
    assert "非識別加工情報の提供" not in union and "実施機関非識別加工情報" not in union
    # the one leftover the gold marks (C20) is the ファイル簿 item, nothing else
    assert union.count("非識別加工情報") == 1


def test_the_article_counter_reads_branch_articles_kanji_and_full_width_numbers() -> None:
    city = articles(read_draft(HERE, "ayaito-shi"))
    assert "21条の2" in city and city[-1] == "26条" and len(city) == 37
    town = articles(read_draft(HERE, "mayudama-cho"))
    assert town[0] == "1条" and town[-1] == "32条" and len(town) == 32
    assert len(articles(read_draft(HERE, "hataya-shobo-rengo"))) == 26
    prefecture = articles(read_draft(HERE, "kinunishiki-ken"))
    assert "12条" in prefecture and len(prefecture) == 37
    village = articles(read_draft(HERE, "mayuori-mura"))
    assert "2条の2" in village and village[-1] == "39条" and len(village) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "ayaito-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章の2")
    assert location_exists(city, "第21条の12") and not location_exists(city, "第21条の13")
    assert location_exists(city, "第7条第2項") and not location_exists(city, "第7条第3項")
    town = read_draft(HERE, "mayudama-cho")
    assert not location_exists(town, "目次") and location_exists(town, "付則第3条")
    assert not location_exists(town, "付則第4条") and not location_exists(town, "第33条")
    union = read_draft(HERE, "hataya-shobo-rengo")
    assert location_exists(union, "第13条") and location_exists(union, "第10条第1項")
    assert location_exists(union, "附則第2項") and not location_exists(union, "附則第3項")
    village = read_draft(HERE, "mayuori-mura")
    assert not location_exists(village, "目次") and location_exists(village, "付則第3項")
    assert location_exists(village, "第2条の2") and not location_exists(village, "第40条")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    city = read_draft(HERE, "ayaito-shi")
    assert "第7条第3項の受託業務" in city and "第7条第2項の受託業務" in city
    union = read_draft(HERE, "hataya-shobo-rengo")
    assert "第8条第2項の委託を受けた事務" in union and "第7条第2項の委託を受けた事務" in union
    prefecture = read_draft(HERE, "kinunishiki-ken")
    assert "第十二条　削除" in prefecture and "第八条又は第十二条の規定に違反して" in prefecture
    assert "平成三十年三月二十七日" in prefecture


def test_the_clean_village_cites_the_act_with_its_number_and_sets_its_fees_in_the_article() -> None:
    village = read_draft(HERE, "mayuori-mura")
    assert "（平成１５年法律第５８号。以下「法」という。）" in village
    assert "２１，０００円" in village and "１２，６００円" in village
    assert "規則で定める額" not in village

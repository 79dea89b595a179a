"""The fresh 2016 held-out set "fq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="okumiyayama-ku.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"morinosaka-shi.txt": ("C0",)})
    city = read_draft(HERE, "morinosaka-shi")
    assert "非識別加工情報の提供" not in city and "非識別" not in city
    for name in ("toriidaira-cho", "yashirogamine-ken", "toriitoge-gesui-kumiai", "okumiyayama-ku"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_arabic_and_deleted_articles() -> None:
    town = articles(read_draft(HERE, "toriidaira-cho"))
    assert town[0] == "1条" and town[-1] == "30条" and len(town) == 30
    prefecture = articles(read_draft(HERE, "yashirogamine-ken"))
    assert prefecture[-1] == "36条" and len(prefecture) == 36
    city = articles(read_draft(HERE, "morinosaka-shi"))
    assert "8条" in city and "19条" in city and city[-1] == "25条" and len(city) == 25
    assert len(articles(read_draft(HERE, "toriitoge-gesui-kumiai"))) == 29
    clean = articles(read_draft(HERE, "okumiyayama-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "toriidaira-cho")
    assert location_exists(town, "第30条") and not location_exists(town, "第32条")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    prefecture = read_draft(HERE, "yashirogamine-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第7章")
    assert not location_exists(prefecture, "第8章") and not location_exists(prefecture, "第37条")
    city = read_draft(HERE, "morinosaka-shi")
    assert location_exists(city, "第19条") and not location_exists(city, "第26条")
    clean = read_draft(HERE, "okumiyayama-ku")
    assert location_exists(clean, "目次") and location_exists(clean, "第2条第11項")
    assert not location_exists(clean, "第2条第12項") and not location_exists(clean, "附則第5項")


def test_the_seeded_references_and_numbers_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "toriidaira-cho")
    assert "第三十二条の定めるところ" in town and "十万円以下の過料" in town
    prefecture = read_draft(HERE, "yashirogamine-ken")
    assert "第5章　県非識別加工情報の提供（第19条―第29条）" in prefecture
    assert "平成15年法律第59号" in prefecture and "平成15年法律第58号" not in prefecture
    assert "契約の解除）" not in prefecture
    city = read_draft(HERE, "morinosaka-shi")
    assert "第１９条　削除" in city and "第１９条に規定する" in city
    assert city.index("法第２条第３項") < city.index("以下「法」という。")
    authority = read_draft(HERE, "toriitoge-gesui-kumiai")
    assert "開示決定等" in authority and "（識別行為の禁止" not in authority

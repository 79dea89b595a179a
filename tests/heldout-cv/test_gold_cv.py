"""The fresh 2016 held-out set "cv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="matsukaze-shi.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kozueda-mura.txt": ("C0",)}, strict=True)
    village = read_draft(HERE, "kozueda-mura")
    assert "実施機関非識別加工情報" not in village and "七 非識別加工情報" in village


def test_the_article_counter_reads_half_width_full_width_and_kanji_articles() -> None:
    city = articles(read_draft(HERE, "sugitaki-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    town = articles(read_draft(HERE, "hinokizawa-cho"))
    assert town[-1] == "38条" and len(town) == 38
    village = articles(read_draft(HERE, "kozueda-mura"))
    assert village[-1] == "25条" and len(village) == 25
    prefecture = articles(read_draft(HERE, "sugimori-ken"))
    assert prefecture[-1] == "39条" and len(prefecture) == 39
    clean = articles(read_draft(HERE, "matsukaze-shi"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "sugimori-ken")
    assert location_exists(prefecture, "第9条第4項") and not location_exists(prefecture, "第9条第3項")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert not location_exists(prefecture, "第7章") and not location_exists(prefecture, "附則第4項")
    city = read_draft(HERE, "sugitaki-shi")
    assert location_exists(city, "第20条第2項") and not location_exists(city, "第20条第3項")
    assert not location_exists(city, "目次") and location_exists(city, "附則第4項")
    village = read_draft(HERE, "kozueda-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert not location_exists(village, "第26条") and not location_exists(village, "目次")
    town = read_draft(HERE, "hinokizawa-cho")
    assert location_exists(town, "第6章") and not location_exists(town, "第7章")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    clean = read_draft(HERE, "matsukaze-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4条")
    assert not location_exists(clean, "附則第5条") and location_exists(clean, "第2条第12項")
    assert not location_exists(clean, "第2条第13項") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    town = read_draft(HERE, "hinokizawa-cho")
    assert "平成１５年法律第５９号。以下「法」という。" in town and "３年以下の懲役" in town
    assert "第１条－第４条" in town and "第４章　非識別加工情報の提供（第１９条－第３２条）" in town
    city = read_draft(HERE, "sugitaki-shi")
    assert "法第4章の2(第44条の12を除く。)" in city and "実費を勘案して規則で定める額" in city
    assert "3　第20条第3項の規定は" in city
    assert "以下「審議会」という。" not in city.split("第27条")[0]
    prefecture = read_draft(HERE, "sugimori-ken")
    assert "（以下この号において「公安委員会等」という。）" in prefecture and "５　公安委員会等は" in prefecture
    assert "識別行為" not in prefecture
    village = read_draft(HERE, "kozueda-mura")
    assert "令和2年6月22日" in village and "令和2年4月1日から施行" in village
    clean = read_draft(HERE, "matsukaze-shi")
    assert "(平成15年法律第58号。以下「法」という。)" in clean and "(識別行為の禁止等)" in clean
    assert "12,600円" in clean and "21,000円" in clean and "規則で定める額" not in clean
    assert "2年以下の懲役又は100万円以下の罰金" in clean and "5万円以下の過料" in clean

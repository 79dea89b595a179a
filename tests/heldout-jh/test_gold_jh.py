"""The fresh 2016 held-out set "jh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shimogiri-ken.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kiritsubo-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kiritsubo-mura")
    assert "非識別加工情報の提供" in read_draft(HERE, "shimogiri-ken")


def test_the_article_counter_reads_full_width_kanji_arabic_and_deleted_articles() -> None:
    clean = articles(read_draft(HERE, "shimogiri-ken"))
    assert clean[0] == "1条" and clean[-1] == "40条" and len(clean) == 40
    city = articles(read_draft(HERE, "shimoakari-shi"))
    assert city[-1] == "36条" and len(city) == 36
    kanji = articles(read_draft(HERE, "tsuyuzaki-shi"))
    assert kanji[0] == "1条" and kanji[-1] == "29条" and len(kanji) == 29
    town = read_draft(HERE, "asamoyano-cho")
    assert "第8条　削除" in town and "第12条　削除" in town and len(articles(town)) == 36
    assert len(articles(read_draft(HERE, "kiritsubo-mura"))) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "shimogiri-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "第5章") and location_exists(clean, "第40条第1項")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "第8章")
    village = read_draft(HERE, "kiritsubo-mura")
    assert location_exists(village, "付則第1条") and location_exists(village, "付則第3条")
    assert not location_exists(village, "付則第4条") and not location_exists(village, "目次")
    kanji = read_draft(HERE, "tsuyuzaki-shi")
    assert location_exists(kanji, "第12条第2項") and not location_exists(kanji, "第11条第3項")


def test_the_seeded_references_are_where_the_gold_says() -> None:
    kanji = read_draft(HERE, "tsuyuzaki-shi")
    assert "第十一条第三項の委託" in kanji and "第十一条第三項" not in kanji.replace("第十一条第三項の委託", "")
    town = read_draft(HERE, "asamoyano-cho")
    assert "第5条、第7条又は第12条の規定に違反して" in town
    assert "（2）　法令等" in town and "（3）" not in town.split("（利用目的の明示）")[0].split("（収集の制限）")[1]
    city = read_draft(HERE, "shimoakari-shi")
    assert "第５章　雑則（第３１条―第３４条）" in city and "第３４条　実施機関の職員" in city


def test_the_clean_draft_fixes_its_fees_in_the_schedule_and_the_mechanism_in_chapter_five() -> None:
    clean = read_draft(HERE, "shimogiri-ken")
    assert "別表（第３４条関係）" in clean and "別表に定める額の手数料" in clean
    assert "第５章　実施機関非識別加工情報の提供（第２４条―第３６条）" in clean

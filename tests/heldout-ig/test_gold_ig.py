"""The fresh 2016 held-out set "ig"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sagiri-mura.txt", spread=True, pairs=24))


def test_only_the_waste_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kasumioka-kankyo-kumiai.txt": ("C0",)})
    assert "実施機関非識別加工情報" not in read_draft(HERE, "kasumioka-kankyo-kumiai")


def test_the_article_counter_reads_kanji_full_width_arabic_and_a_gap() -> None:
    authority = articles(read_draft(HERE, "kasumioka-kankyo-kumiai"))
    assert "14条" not in authority and authority[-1] == "23条" and len(authority) == 22
    city = articles(read_draft(HERE, "kumoibara-shi"))
    assert city[0] == "1条" and city[-1] == "31条" and len(city) == 31
    assert len(articles(read_draft(HERE, "usugiri-cho"))) == 25
    assert len(articles(read_draft(HERE, "nijinohama-ken"))) == 24
    clean = articles(read_draft(HERE, "sagiri-mura"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kumoibara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第32条") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "usugiri-cho")
    assert location_exists(town, "付則第3条") and location_exists(town, "第2条第11項")
    assert not location_exists(town, "目次") and not location_exists(town, "第11条第3項")
    authority = read_draft(HERE, "kasumioka-kankyo-kumiai")
    assert not location_exists(authority, "第14条") and location_exists(authority, "第15条")
    clean = read_draft(HERE, "sagiri-mura")
    assert location_exists(clean, "附則第3項") and not location_exists(clean, "第40条")


def test_the_seeded_references_and_the_table_of_contents_read_as_the_gold_says() -> None:
    city = read_draft(HERE, "kumoibara-shi")
    assert "第四章　開示、訂正及び利用停止（第十三条―第十八条）" in city
    assert "第五章　実施機関非識別加工情報の提供\n\n（実施機関非識別加工情報の作成及び提供等）\n第十八条" in city
    assert "契約の解除）" not in city
    prefecture = read_draft(HERE, "nijinohama-ken")
    assert "第十五条第一項の規定で知らせを受けた人" in prefecture and "「開示決定等」" not in prefecture
    assert "規則で定める額の手数料" in prefecture
    town = read_draft(HERE, "usugiri-cho")
    assert "犯罪により害を被った事実" not in town and "令和元年１０月１日から施行" in town

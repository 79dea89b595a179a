"""The fresh 2016 held-out set "fs"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="teichigaura-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"hikiami-cho.txt": ("C0",)}, strict=True)
    assert "非識別加工情報の提供" not in read_draft(HERE, "hikiami-cho")
    for name in ("sadeamiura-shi", "amihoshiba-ku", "tatekiami-byoin-kumiai", "teichigaura-shi"):
        assert "非識別加工情報の提供" in read_draft(HERE, name) or "非識別加工情報の作成及び提供" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "sadeamiura-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    assert len(articles(read_draft(HERE, "hikiami-cho"))) == 23
    assert len(articles(read_draft(HERE, "amihoshiba-ku"))) == 32
    union = articles(read_draft(HERE, "tatekiami-byoin-kumiai"))
    assert union[-1] == "30条" and len(union) == 30
    clean = articles(read_draft(HERE, "teichigaura-shi"))
    assert "20条の2" in clean and "20条の14" in clean and clean[-1] == "25条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "sadeamiura-shi")
    assert location_exists(city, "目次") and location_exists(city, "第8章") and not location_exists(city, "第9章")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    town = read_draft(HERE, "hikiami-cho")
    assert not location_exists(town, "目次") and not location_exists(town, "第25条") and location_exists(town, "第23条")
    ward = read_draft(HERE, "amihoshiba-ku")
    assert location_exists(ward, "第6章") and not location_exists(ward, "第33条")
    union = read_draft(HERE, "tatekiami-byoin-kumiai")
    assert location_exists(union, "付則第2項") and location_exists(union, "第2条第11項")
    clean = read_draft(HERE, "teichigaura-shi")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "第20条の14")
    assert not location_exists(clean, "第20条の15") and not location_exists(clean, "目次")


def test_the_seeded_drafting_defects_are_in_the_text_where_the_gold_says() -> None:
    city = read_draft(HERE, "sadeamiura-shi")
    assert "第六章　非識別加工情報の提供（第二十二条―第三十条）" in city and "第三十一条　実施機関は" in city
    assert "三年以下の懲役" in city
    town = read_draft(HERE, "hikiami-cho")
    assert "第25条の規定により審査請求" in town
    assert town.index("審議会の意見を聴いた上で") < town.index("（以下「審議会」という。）")
    ward = read_draft(HERE, "amihoshiba-ku")
    assert "\n第16条　" in ward and "（審査請求）" not in ward and "（契約の解除）" not in ward
    union = read_draft(HERE, "tatekiami-byoin-kumiai")
    assert "第２条第２項に規定する個人識別符号" in union and "犯罪により害を被った事実" not in union

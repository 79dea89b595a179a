"""The fresh 2016 held-out set "dc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ringono-ken.txt", spread=True, every_point=False))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kurumigaoka-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kurumigaoka-kumiai")


def test_the_article_counter_reads_kanji_full_width_and_captions_on_the_article_line() -> None:
    core_city = articles(read_draft(HERE, "ringodai-shi"))
    assert core_city[0] == "1条" and core_city[-1] == "38条" and len(core_city) == 38
    city = articles(read_draft(HERE, "outoubayashi-shi"))
    assert city[-1] == "27条" and len(city) == 27
    town = articles(read_draft(HERE, "kurinokidaira-machi"))
    assert town[-1] == "35条" and len(town) == 35
    union = articles(read_draft(HERE, "kurumigaoka-kumiai"))
    assert union[-1] == "25条" and len(union) == 25
    clean = articles(read_draft(HERE, "ringono-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "outoubayashi-shi")
    assert location_exists(city, "第19条第17項") and not location_exists(city, "第19条第18項")
    assert not location_exists(city, "第31条") and not location_exists(city, "目次")
    core_city = read_draft(HERE, "ringodai-shi")
    assert location_exists(core_city, "目次") and location_exists(core_city, "第6章")
    assert location_exists(core_city, "附則第2項") and not location_exists(core_city, "附則第3項")
    town = read_draft(HERE, "kurinokidaira-machi")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    union = read_draft(HERE, "kurumigaoka-kumiai")
    assert location_exists(union, "第6条第3項") and not location_exists(union, "第26条")
    clean = read_draft(HERE, "ringono-ken")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "第7章")
    assert not location_exists(clean, "第40条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    town = read_draft(HERE, "kurinokidaira-machi")
    items = re.findall(r"^（([０-９]+)）", town.split("第１３条")[1].split("第１４条")[0], flags=re.M)
    assert items == ["１", "２", "４", "５", "６"]  # 第１３条 skips （３）
    assert "第四章　実施機関非識別加工情報の提供（第十九条―第二十九条）" in read_draft(HERE, "ringodai-shi")
    assert "三年以下の懲役" in read_draft(HERE, "ringodai-shi")
    assert "第31条の規定による開示" in read_draft(HERE, "outoubayashi-shi")
    clean = read_draft(HERE, "ringono-ken")
    assert "容易に照合することができ、それにより特定の個人を識別することができることとなるものを除く" in clean
    assert "規則で定める額の手数料" not in clean and "三年以下" not in clean and "3年以下" not in clean

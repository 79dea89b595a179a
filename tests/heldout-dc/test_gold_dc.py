"""The fresh 2016 held-out set "dc"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dc``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ringono-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kurumigaoka-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kurumigaoka-kumiai.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("kurumigaoka-kumiai")


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_the_article_counter_reads_kanji_full_width_and_captions_on_the_article_line() -> None:
    core_city = articles(_read("ringodai-shi"))
    assert core_city[0] == "1条" and core_city[-1] == "38条" and len(core_city) == 38
    city = articles(_read("outoubayashi-shi"))
    assert city[-1] == "27条" and len(city) == 27
    town = articles(_read("kurinokidaira-machi"))
    assert town[-1] == "35条" and len(town) == 35
    union = articles(_read("kurumigaoka-kumiai"))
    assert union[-1] == "25条" and len(union) == 25
    clean = articles(_read("ringono-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("outoubayashi-shi")
    assert location_exists(city, "第19条第17項") and not location_exists(city, "第19条第18項")
    assert not location_exists(city, "第31条") and not location_exists(city, "目次")
    core_city = _read("ringodai-shi")
    assert location_exists(core_city, "目次") and location_exists(core_city, "第6章")
    assert location_exists(core_city, "附則第2項") and not location_exists(core_city, "附則第3項")
    town = _read("kurinokidaira-machi")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    union = _read("kurumigaoka-kumiai")
    assert location_exists(union, "第6条第3項") and not location_exists(union, "第26条")
    clean = _read("ringono-ken")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "第7章")
    assert not location_exists(clean, "第40条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    town = _read("kurinokidaira-machi")
    items = re.findall(r"^（([０-９]+)）", town.split("第１３条")[1].split("第１４条")[0], flags=re.M)
    assert items == ["１", "２", "４", "５", "６"]  # 第１３条 skips （３）
    assert "第四章　実施機関非識別加工情報の提供（第十九条―第二十九条）" in _read("ringodai-shi")
    assert "三年以下の懲役" in _read("ringodai-shi")
    assert "第31条の規定による開示" in _read("outoubayashi-shi")
    clean = _read("ringono-ken")
    assert "容易に照合することができ、それにより特定の個人を識別することができることとなるものを除く" in clean
    assert "規則で定める額の手数料" not in clean and "三年以下" not in clean and "3年以下" not in clean

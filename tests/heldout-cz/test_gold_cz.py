"""The fresh 2016 held-out set "cz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cz``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="shakunageone-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["shiranezawa-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["shiranezawa-cho.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_the_article_counter_reads_kanji_full_width_half_width_gaps_and_branch_articles() -> None:
    city = articles(_read("kogarasuone-shi"))
    assert "20条の2" in city and "20条の10" in city and city[-1] == "28条" and len(city) == 37
    town = articles(_read("shiranezawa-cho"))
    assert town[0] == "1条" and town[-1] == "27条" and len(town) == 27
    village = articles(_read("kumonokoya-mura"))
    assert village[-1] == "27条" and len(village) == 27
    union = articles(_read("sannomine-kigyodan"))
    assert "15条" in union and union[-1] == "29条" and len(union) == 29
    clean = articles(_read("shakunageone-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("kogarasuone-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第20条の10")
    assert not location_exists(city, "第20条の11") and location_exists(city, "目次")
    town = _read("shiranezawa-cho")
    assert location_exists(town, "附則第4項") and not location_exists(town, "附則第5項")
    assert not location_exists(town, "目次")
    village = _read("kumonokoya-mura")
    assert location_exists(village, "付則第2項") and not location_exists(village, "第30条")
    union = _read("sannomine-kigyodan")
    assert location_exists(union, "第15条") and location_exists(union, "第12条第3項")
    assert not location_exists(union, "第12条第4項") and not location_exists(union, "第30条")
    assert location_exists(union, "第2条第11項") and not location_exists(union, "第2条第12項")
    clean = _read("shakunageone-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4項")


def test_the_seeded_gaps_are_in_the_text_and_the_clean_draft_has_none() -> None:
    town = _read("shiranezawa-cho")
    items = re.findall(r"^　（([０-９]+)）", town.split("第７条")[1].split("第８条")[0], flags=re.M)
    assert items == ["１", "２", "４", "５", "６"]  # 第２項 skips （３）
    assert "旧条例）" not in town and "「旧条例」" not in town
    assert "第三十条第三項" in _read("kumonokoya-mura")
    assert re.search(r"^第15条　削除$", _read("sannomine-kigyodan"), flags=re.M)
    assert not re.search(r"条　削除$", _read("shakunageone-shi"), flags=re.M)
    assert "非識別加工情報の提供" not in town

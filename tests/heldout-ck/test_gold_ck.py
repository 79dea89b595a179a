"""The fresh 2016 held-out set "ck"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ck``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

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

globals().update(common_gold_tests(HERE, clean="chatsumihara-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["usubata-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["usubata-cho.txt"]] == [("C0",)]
    # the town's leftover purpose clause names the mechanism, but never its 提供 chapter
    assert "非識別加工情報の提供" not in _read("usubata-cho")


def test_no_requirement_is_seeded_twice_with_the_same_kind() -> None:
    seen: dict[tuple[str, str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d)[0], d["kind"])
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]
    assert len(seen) == 24


def test_every_seeded_draft_touches_definitions_or_yohairyo_and_drafting() -> None:
    for p in GOLDS:
        g = gold(p)
        if g["clean"]:
            continue
        letters = {acc.requirements_of(d)[0][0] for d in g["defects"] if d["seeded"]}
        assert {"A", "B", "C", "O"} <= letters, (g["draft"], letters)


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    prefecture = articles(_read("charei-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "40条" and len(prefecture) == 40
    city = articles(_read("tsumikawa-shi"))
    assert city[-1] == "39条" and len(city) == 39
    town = articles(_read("usubata-cho"))
    assert town[-1] == "26条" and len(town) == 26
    union = articles(_read("hoirodani-kumiai"))
    assert "16条の2" in union and "16条の12" in union and union[-1] == "22条" and len(union) == 33
    clean = articles(_read("chatsumihara-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("tsumikawa-shi")
    # the seeded dangling reference: 第13条 has three 項, not four
    assert location_exists(city, "第13条第3項") and not location_exists(city, "第13条第4項")
    union = _read("hoirodani-kumiai")
    assert location_exists(union, "附則（令和2年3月27日条例第2号）第2項")
    assert not location_exists(union, "附則（令和2年3月27日条例第2号）第3項")
    assert location_exists(union, "第16条の12") and not location_exists(union, "第16条の13")
    town = _read("usubata-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert not location_exists(town, "目次")
    clean = _read("chatsumihara-shi")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "第2章第3節")
    assert not location_exists(clean, "第40条")
    prefecture = _read("charei-ken")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第7章")

"""The fresh 2016 held-out set "am"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-am``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="todaigamisaki-koiki.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["misakidai-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["misakidai-cho.txt"]] == [("C0",)]


def test_no_requirement_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = acc.requirements_of(d)
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name


def test_the_article_counter_reads_kanji_full_width_and_half_width_drafts() -> None:
    town = articles(_read("misakidai-cho"))
    assert town[0] == "1条" and town[-1] == "26条" and len(town) == 26
    prefecture = articles(_read("okibae-ken"))
    assert prefecture[-1] == "37条" and len(prefecture) == 37
    union = articles(_read("todaigamisaki-koiki"))
    assert union[-1] == "36条" and len(union) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("okibae-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第2章第2節")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第5条")
    assert not location_exists(prefecture, "第38条")
    town = _read("misakidai-cho")
    assert location_exists(town, "第2条第7項") and not location_exists(town, "第2条第8項")
    city = _read("tomyozaki-shi")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    assert location_exists(city, "第27条第1項") and not location_exists(city, "第27条第3項")

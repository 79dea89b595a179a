"""The fresh 2016 held-out set "ay"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ay``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="asaseda-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["shiryuno-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["shiryuno-kumiai.txt"]] == [("C0",)]


def test_no_defect_of_the_same_rule_and_kind_is_seeded_in_two_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        g = gold(p)
        for d in g["defects"]:
            if not d["seeded"]:
                continue
            key = f'{acc.requirements_of(d)[0]}:{d["rule"]}:{d["kind"]}'
            assert key not in seen or seen[key] == g["draft"], (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    town = articles(_read("nakasuhara-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    union = articles(_read("shiryuno-kumiai"))
    assert "15条" not in union and union[-1] == "23条" and len(union) == 22
    city = articles(_read("fukabuchi-shi"))
    assert city[-1] == "36条" and len(city) == 36
    assert len(articles(_read("kawarabata-koiki"))) == 30
    assert len(articles(_read("asaseda-shi"))) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    koiki = _read("kawarabata-koiki")
    assert location_exists(koiki, "第18条第1項") and not location_exists(koiki, "第31条")
    assert location_exists(koiki, "附則第1条")
    union = _read("shiryuno-kumiai")
    assert location_exists(union, "第16条") and not location_exists(union, "第15条")
    town = _read("nakasuhara-cho")
    assert location_exists(town, "第11条第2項") and location_exists(town, "附則第2項")
    city = _read("fukabuchi-shi")
    assert location_exists(city, "目次") and not location_exists(city, "附則第4項")

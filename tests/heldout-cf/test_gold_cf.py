"""The fresh 2016 held-out set "cf"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cf``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="magariya-mura.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kayabuki-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kayabuki-kumiai.txt"]] == [("C0",)]


def test_no_requirement_letter_and_kind_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[str, str], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d)[0], d["kind"])
            assert key not in seen, (key, seen.get(key), p.name)
            seen[key] = p.name


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    city = articles(_read("domazaki-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    town = articles(_read("irorizawa-cho"))
    assert "17条" not in town and town[-1] == "34条" and len(town) == 33
    assert len(articles(_read("gangihara-shi"))) == 29


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("domazaki-shi")
    assert location_exists(city, "付則第3条") and not location_exists(city, "付則第4条")
    assert location_exists(city, "第4章") and not location_exists(city, "第7章")
    town = _read("irorizawa-cho")
    assert location_exists(town, "第18条") and not location_exists(town, "第17条")
    big = _read("gangihara-shi")
    assert location_exists(big, "第22条第15項") and not location_exists(big, "第22条第16項")
    assert not location_exists(big, "第31条")

"""The fresh 2016 held-out set "cd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cd``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="tanadaira-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["ideguchi-koiki.txt"]
    assert [acc.requirements_of(d) for d in unseeded["ideguchi-koiki.txt"]] == [("C0",)]


def test_no_requirement_id_is_seeded_in_two_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f'{acc.requirements_of(d)[0]}:{d["kind"]}'
            assert key not in seen, (key, seen.get(key), d["id"])
            seen[key] = d["id"]


def test_the_article_counter_reads_kanji_full_width_and_a_gap() -> None:
    city = articles(_read("semmaida-shi"))
    assert city[0] == "1条" and city[-1] == "36条" and len(city) == 36
    ward = articles(_read("azeno-ku"))
    assert ward[-1] == "24条" and len(ward) == 24
    village = articles(_read("oseki-mura"))
    assert "17条" not in village and village[-1] == "32条" and len(village) == 31


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("semmaida-shi")
    assert location_exists(city, "第26条第3項") and not location_exists(city, "第26条第4項")
    assert location_exists(city, "附則第2条") and location_exists(city, "目次")
    ward = _read("azeno-ku")
    assert location_exists(ward, "第9条第2項") and not location_exists(ward, "第9条第3項")
    village = _read("oseki-mura")
    assert location_exists(village, "附則第1項") and not location_exists(village, "第17条")
    union = _read("ideguchi-koiki")
    assert location_exists(union, "第2条第8項") and not location_exists(union, "第2条第9項")

"""The fresh 2016 held-out set "bi"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bi``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="bangasa-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_koiki_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["chochinbara-koiki.txt"]
    assert [acc.requirements_of(d) for d in unseeded["chochinbara-koiki.txt"]] == [("C0",)]
    assert [d["location"] for d in unseeded["chochinbara-koiki.txt"]] == ["全体"]


def test_no_two_seeded_drafts_share_a_requirement_and_kind() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        g = gold(p)
        for d in g["defects"]:
            if not d["seeded"]:
                continue
            key = (acc.requirements_of(d), d["kind"])
            assert seen.setdefault(key, g["draft"]) == g["draft"], key


def test_the_article_counter_reads_full_width_branches_kanji_and_a_gap() -> None:
    city = articles(_read("ogihara-shi"))
    assert "17条の2" in city and "17条の16" in city and city[-1] == "23条" and len(city) == 38
    town = articles(_read("kasamatsu-cho"))
    assert town[0] == "1条" and town[-1] == "33条" and len(town) == 33
    plain = articles(_read("uchiwazaka-shi"))
    assert "18条" not in plain and plain[-1] == "36条" and len(plain) == 35
    koiki = articles(_read("chochinbara-koiki"))
    assert koiki[-1] == "26条" and len(koiki) == 26


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("ogihara-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第17条の15第2項")
    assert location_exists(city, "第17条の15第3項") and not location_exists(city, "第17条の15第4項")
    assert not location_exists(city, "第17条の17")
    assert location_exists(city, "附則（平成30年3月27日条例第8号）第2項")
    assert not location_exists(city, "附則（平成30年3月27日条例第8号）第3項")
    town = _read("kasamatsu-cho")
    assert location_exists(town, "付則第1条") and location_exists(town, "付則第4条")
    assert not location_exists(town, "付則第5条") and not location_exists(town, "第34条")
    koiki = _read("chochinbara-koiki")
    assert location_exists(koiki, "第13条第2項") and not location_exists(koiki, "第13条第3項")
    assert not location_exists(koiki, "目次")
    plain = _read("uchiwazaka-shi")
    assert location_exists(plain, "第19条") and not location_exists(plain, "第18条")
    assert location_exists(plain, "第3条第5項") and not location_exists(plain, "第3条第6項")

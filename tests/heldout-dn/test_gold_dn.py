"""The fresh 2016 held-out set "dn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dn``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="chochinzaka-ku.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["bonno-machi.txt"]
    assert [acc.requirements_of(d) for d in unseeded["bonno-machi.txt"]] == [("C0",)]
    assert "非識別" not in _read("bonno-machi")


def test_no_requirement_is_seeded_in_two_drafts_with_the_same_kind() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_the_article_counter_reads_kanji_full_width_a_gap_deleted_and_branch_articles() -> None:
    city = articles(_read("uchiwabara-shi"))
    assert "8条" in city and "10条の2" in city and "17条の7" in city and city[-1] == "21条" and len(city) == 28
    union = articles(_read("yomisegawa-kumiai"))
    assert "14条" not in union and union[-1] == "29条" and len(union) == 28
    clean = articles(_read("chochinzaka-ku"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38
    assert len(articles(_read("yoimiya-shi"))) == 33 and len(articles(_read("bonno-machi"))) == 23


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = _read("chochinzaka-ku")
    assert location_exists(clean, "第2条第10項") and not location_exists(clean, "第2条第11項")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "附則第4項")
    union = _read("yomisegawa-kumiai")
    assert location_exists(union, "付則第3項") and not location_exists(union, "第14条")
    town = _read("bonno-machi")
    assert location_exists(town, "第19条") and not location_exists(town, "第24条")
    assert not location_exists(town, "目次")

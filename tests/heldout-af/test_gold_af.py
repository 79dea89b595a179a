"""The fresh 2016 held-out set "af"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-af``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="mihoshi-ku.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["subarusawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["subarusawa-mura.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("subarusawa-mura")


def test_no_defect_is_seeded_in_two_drafts() -> None:
    """The same requirement with the same rule and kind is never seeded twice in the set."""
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d), d["rule"], d["kind"])
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_full_width_and_half_width_drafts() -> None:
    ward = articles(_read("mihoshi-ku"))
    assert ward[0] == "1条" and ward[-1] == "38条" and len(ward) == 38
    town = articles(_read("hokutono-cho"))
    assert town[-1] == "28条" and len(town) == 28
    city = articles(_read("orihoshi-shi"))
    assert city[-1] == "38条" and len(city) == 38
    village = articles(_read("subarusawa-mura"))
    assert village[-1] == "24条" and len(village) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("subarusawa-mura")
    # the seeded dangling reference names an article the village does not have
    assert "第25条" in village and not location_exists(village, "第25条")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    town = _read("hokutono-cho")
    assert location_exists(town, "目次") and location_exists(town, "第2条第11項")
    assert not location_exists(town, "第2条第12項") and location_exists(town, "附則第3項")
    prefecture = _read("seishuku-ken")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    ward = _read("mihoshi-ku")
    assert not location_exists(ward, "目次") and location_exists(ward, "第4章")

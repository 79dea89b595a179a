"""The fresh 2016 held-out set "at"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-at``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="kaiawase-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert sorted(name for name, ds in unseeded.items() if ds) == ["karutazawa-cho.txt", "komai-ku.txt"]
    for name in ("karutazawa-cho.txt", "komai-ku.txt"):
        assert [acc.requirements_of(d) for d in unseeded[name]] == [("C0",)]
        assert "実施機関非識別加工情報" not in _read(name.removesuffix(".txt"))


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    """The same requirement may be marked twice only as a different defect (an item gap and an article gap)."""
    seen: dict[tuple[str, ...], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (*acc.requirements_of(d), d["rule"], d["kind"])
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_full_width_half_width_and_a_gap() -> None:
    city = articles(_read("sugorokubara-shi"))
    assert city[0] == "1条" and city[-1] == "38条" and len(city) == 38
    union = articles(_read("hagoitaura-byoin"))
    assert "16条" not in union and union[-1] == "31条" and len(union) == 30
    town = articles(_read("karutazawa-cho"))
    assert town[-1] == "29条" and len(town) == 29
    assert len(articles(_read("komai-ku"))) == 31 and len(articles(_read("kaiawase-shi"))) == 33


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = _read("komai-ku")
    assert location_exists(ward, "附則第3条") and not location_exists(ward, "附則第5条")
    assert location_exists(ward, "第2条第7項") and not location_exists(ward, "第2条第8項")
    union = _read("hagoitaura-byoin")
    assert location_exists(union, "第15条") and not location_exists(union, "第16条")
    city = _read("sugorokubara-shi")
    assert location_exists(city, "第29条第3項") and not location_exists(city, "第29条第4項")

"""The fresh 2016 held-out set "bg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bg``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="komaoka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_every_draft_has_the_mechanism_so_no_defect_is_a_consequence_of_a_choice() -> None:
    for p in GOLDS:
        g = gold(p)
        assert "実施機関非識別加工情報" in _read(g["draft"][: -len(".txt")])
        assert all(d["seeded"] for d in g["defects"])
        assert "C0" not in {r for d in g["defects"] for r in acc.requirements_of(d)}


def test_no_defect_is_seeded_twice_and_every_seeded_draft_touches_a_b_c_and_o() -> None:
    seen: list[tuple[str, str]] = []
    for p in GOLDS:
        g = gold(p)
        pairs = [(acc.requirements_of(d)[0], d["kind"]) for d in g["defects"]]
        seen += pairs
        if not g["clean"]:
            assert {rid[0] for rid, _ in pairs} == {"A", "B", "C", "O"}
    assert len(seen) == len(set(seen)) == 25


def test_the_article_counter_reads_kanji_full_width_and_half_width() -> None:
    town = articles(_read("watasebara-cho"))
    assert town[0] == "1条" and town[-1] == "31条" and len(town) == 31
    city = articles(_read("kurumazaka-shi"))
    assert city[-1] == "34条" and len(city) == 34
    village = articles(_read("funakizawa-mura"))
    assert village[-1] == "31条" and len(village) == 31
    assert len(articles(_read("komagahara-shi"))) == 32
    assert len(articles(_read("komaoka-shi"))) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    big_city = _read("komagahara-shi")
    assert location_exists(big_city, "第20条第5項") and not location_exists(big_city, "第20条第4項")
    assert location_exists(big_city, "第4章") and not location_exists(big_city, "第7章")
    village = _read("funakizawa-mura")
    assert location_exists(village, "付則第2項") and not location_exists(village, "付則第4項")
    town = _read("watasebara-cho")
    assert location_exists(town, "目次") and location_exists(town, "第2条第3号")
    assert not location_exists(town, "第32条")

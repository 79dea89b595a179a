"""The fresh 2016 held-out set "ap"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ap``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import acc, articles, common_gold_tests, gold
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hashizume-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["watariba-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["watariba-mura.txt"]] == [("C0",)]


def test_no_kind_of_defect_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if d["seeded"]:
                key = (acc.requirements_of(d)[0], d["rule"], d["kind"])
                assert key not in seen, (key, seen.get(key), p.name)
                seen[key] = p.name


def test_the_article_counter_reads_kanji_full_width_half_width_and_a_gap() -> None:
    city = articles(_read("sambashiura-shi"))  # kanji numbers, 第十五条 missing, a 読替え table of 法 articles
    assert "15条" not in city and city[-1] == "24条" and len(city) == 23
    town = articles(_read("hashizume-cho"))  # full-width digits
    assert town[0] == "1条" and town[-1] == "34条" and len(town) == 34
    ward = articles(_read("rankanbashi-ku"))  # 附則 in 条 are not counted
    assert ward[-1] == "36条" and len(ward) == 36
    assert len(articles(_read("watariba-mura"))) == 23 and len(articles(_read("asasemi-shi"))) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    ward = _read("rankanbashi-ku")
    assert location_exists(ward, "第4章") and location_exists(ward, "第2章第3節")
    assert location_exists(ward, "附則第6条") and not location_exists(ward, "附則第7条")
    assert not location_exists(ward, "第40条")
    village = _read("watariba-mura")
    assert location_exists(village, "付則第4項") and not location_exists(village, "付則第5項")
    assert not location_exists(village, "第5章")
    city = _read("sambashiura-shi")
    assert location_exists(city, "第2条第10項") and not location_exists(city, "第15条")

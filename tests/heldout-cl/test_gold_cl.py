"""The fresh 2016 held-out set "cl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cl``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="honokizaka-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["tochinokitoge-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["tochinokitoge-mura.txt"]] == [("C0",)]
    assert [d["location"] for d in unseeded["tochinokitoge-mura.txt"]] == ["全体"]


def test_no_requirement_kind_pair_is_seeded_in_two_drafts() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_every_seeded_draft_touches_definitions_yohairyo_and_drafting() -> None:
    for p in GOLDS:
        g = gold(p)
        if g["clean"]:
            continue
        points = {rid[0] for d in g["defects"] if d["seeded"] for rid in acc.requirements_of(d)}
        assert {"A", "B", "O"} <= points, (g["draft"], points)


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    ward = articles(_read("nanamagarizaka-ku"))
    assert ward[0] == "1条" and ward[-1] == "40条" and len(ward) == 40
    village = articles(_read("tochinokitoge-mura"))
    assert village[-1] == "25条" and len(village) == 25
    core_city = articles(_read("yotsutsuji-shi"))
    assert "18条の6" in core_city and "18条の7" not in core_city and "18条の8" in core_city
    assert core_city[-1] == "24条" and len(core_city) == 24 + 15
    union = articles(_read("shionomichi-kouiki"))
    assert union[-1] == "33条" and len(union) == 33
    clean = articles(_read("honokizaka-cho"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    core_city = _read("yotsutsuji-shi")
    assert location_exists(core_city, "第4章の2") and location_exists(core_city, "第18条の17")
    assert not location_exists(core_city, "第18条の7") and not location_exists(core_city, "第18条の18")
    village = _read("tochinokitoge-mura")
    assert location_exists(village, "第21条第2項") and not location_exists(village, "第21条第3項")
    assert not location_exists(village, "目次") and not location_exists(village, "第26条")
    union = _read("shionomichi-kouiki")
    assert location_exists(union, "付則第4項") and not location_exists(union, "付則第5項")
    assert not location_exists(union, "第1章")
    clean = _read("honokizaka-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第4章") and not location_exists(clean, "第4章の2")
    assert location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")


def test_the_clean_draft_is_written_in_full_width_digits_and_keeps_a_register() -> None:
    clean = _read("honokizaka-cho")
    body = clean.split("附　則")[0]
    assert not any(c in "0123456789" for c in body)
    assert "個人情報取扱事務登録簿" in clean and "個人情報ファイル簿" in clean
    assert "非識別加工情報の提供" in clean

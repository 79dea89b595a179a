"""The fresh 2016 held-out set "bn"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-bn``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="muhyo-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert sorted(name for name, ds in unseeded.items() if ds) == ["himuro-koiki.txt", "tsurarazawa-mura.txt"]
    for name in ("himuro-koiki.txt", "tsurarazawa-mura.txt"):
        assert [acc.requirements_of(d) for d in unseeded[name]] == [("C0",)]


def test_no_requirement_is_seeded_twice_in_the_set() -> None:
    seeded = [(gold(p)["draft"], acc.requirements_of(d)[0]) for p in GOLDS for d in gold(p)["defects"] if d["seeded"]]
    firsts = [rid for _, rid in seeded]
    assert len(seeded) == 24 and len(firsts) == len(set(firsts)), sorted(firsts)


def test_the_article_counter_reads_kanji_full_width_and_tab_tables() -> None:
    prefecture = articles(_read("muhyo-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "40条" and len(prefecture) == 40
    ward = articles(_read("shimohara-ku"))
    assert ward[-1] == "38条" and len(ward) == 38
    # the 読替え table rows start with 「法第44条の…」 and are not read as articles
    city = articles(_read("konayuki-shi"))
    assert city[-1] == "24条" and len(city) == 24 and not any("44条" in a for a in city)
    union = articles(_read("himuro-koiki"))
    assert union[-1] == "24条" and len(union) == 24


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = _read("tsurarazawa-mura")
    assert location_exists(village, "第17条第2項") and not location_exists(village, "第17条第3項")
    assert not location_exists(village, "第26条") and not location_exists(village, "目次")
    ward = _read("shimohara-ku")
    assert location_exists(ward, "第2章第3節") and location_exists(ward, "第28条")
    assert not location_exists(ward, "第28条第2項") and not location_exists(ward, "第7章")
    prefecture = _read("muhyo-ken")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第26条第6項") and not location_exists(prefecture, "第41条")

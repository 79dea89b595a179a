"""The fifteenth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-o``), and the drafts are not even
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

globals().update(common_gold_tests(HERE))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["segiri-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["segiri-mura.txt"]] == [("C0",)]


def test_the_clean_draft_is_the_prefecture() -> None:
    assert [gold(p)["draft"] for p in GOLDS if gold(p)["clean"]] == ["migiwano-ken.txt"]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_branches_kanji_full_width_and_arabic_numbers() -> None:
    city = articles(_read("takise-shi"))
    assert "18条の2" in city and "18条の9" in city and "18条の10" not in city
    assert city[-1] == "23条" and len(city) == 31  # 附則 in 項 adds no article
    town = articles(_read("izumibuchi-cho"))
    assert "5条の2" in town and "8条の2" in town and "14条の9" in town and "14条の10" not in town
    assert town[-1] == "19条" and len(town) == 29
    prefecture = articles(_read("migiwano-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "31条" and len(prefecture) == 31
    village = articles(_read("segiri-mura"))
    assert village[-1] == "24条" and len(village) == 24
    general_city = articles(_read("fuchizaki-shi"))
    assert general_city[-1] == "32条" and len(general_city) == 32  # the 附則's 第1条・第2条 are not counted


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("takise-shi")
    assert location_exists(city, "第4章の2") and location_exists(city, "第18条の7第4項")
    assert not location_exists(city, "第18条の15") and not location_exists(city, "第18条の7第5項")
    assert location_exists(city, "附則(平成29年12月20日滝瀬市条例第41号)第2項")
    assert not location_exists(city, "附則(平成29年12月20日滝瀬市条例第41号)第3項")
    town = _read("izumibuchi-cho")
    assert location_exists(town, "第14条の7第2項") and not location_exists(town, "第14条の10")
    prefecture = _read("migiwano-ken")
    assert location_exists(prefecture, "第22条第7項") and not location_exists(prefecture, "第22条第8項")
    assert location_exists(prefecture, "第4章") and not location_exists(prefecture, "第7章")
    village = _read("segiri-mura")
    assert location_exists(village, "第6条第4項") and not location_exists(village, "第25条")
    general_city = _read("fuchizaki-shi")
    assert location_exists(general_city, "附則第2条") and not location_exists(general_city, "附則第3条")
    assert location_exists(general_city, "第2章第2節") and not location_exists(general_city, "第2章第3節")


"""The fifteenth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-o``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_gold_format import (
    acc,
    articles,
    check_article_count,
    check_gold_valid,
    check_locations,
    check_no_accepted_at_a_defect,
    check_seeded,
    check_set,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))


def test_the_set_has_five_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    check_set(HERE, 5)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_six_or_seven_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 6, 7)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_to_forty_articles(gold_path: Path) -> None:
    check_article_count(gold_path, 20, 40)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


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


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-o.json"

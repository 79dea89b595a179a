"""The eighteenth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-s``), and the drafts are not even
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

globals().update(common_gold_tests(HERE))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["rakuganno-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["rakuganno-mura.txt"]] == [("C0",)]


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_the_article_counter_reads_kanji_full_width_gaps_and_deleted_articles() -> None:
    town = articles(_read("amegasaki-cho"))
    assert "8条" in town and "9条" in town  # the two 削除 articles still count
    assert town[-1] == "35条" and len(town) == 35
    prefecture = articles(_read("senbeigawa-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "32条" and len(prefecture) == 32  # kanji headings
    union = articles(_read("yokanzaka-kumiai"))
    assert "29条" not in union and union[-1] == "32条" and len(union) == 31  # the seeded gap
    village = articles(_read("rakuganno-mura"))
    assert village[-1] == "25条" and len(village) == 25
    city = articles(_read("monakadai-shi"))
    assert city[0] == "1条" and city[-1] == "32条" and len(city) == 32


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("amegasaki-cho")
    assert location_exists(town, "第4章") and location_exists(town, "第2条第11項")
    assert not location_exists(town, "第2条第12項") and not location_exists(town, "第36条")
    assert location_exists(town, "附則（平成３０年１２月１９日条例第２７号）第2項")
    prefecture = _read("senbeigawa-ken")
    assert location_exists(prefecture, "第7章") and not location_exists(prefecture, "第8章")
    assert location_exists(prefecture, "第22条第4項") and not location_exists(prefecture, "第22条第5項")
    assert location_exists(prefecture, "附則第3項") and not location_exists(prefecture, "附則第4項")
    union = _read("yokanzaka-kumiai")
    assert location_exists(union, "付則第2項") and not location_exists(union, "第29条")
    village = _read("rakuganno-mura")
    assert location_exists(village, "第7条第4項") and not location_exists(village, "第1章")
    city = _read("monakadai-shi")
    assert location_exists(city, "第14条第3項") and not location_exists(city, "第14条第4項")
    assert location_exists(city, "附則第3項") and not location_exists(city, "目次")


"""The fresh 2016 held-out set "au"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-au``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import _lines, location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="otemonzaka-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def _chapter_line(draft: str, title: str) -> int:
    return next(i for i, ln in enumerate(_lines(draft)) if re.match(rf"^第[0-9]+章\s*{title}", ln))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["uchiborino-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["uchiborino-mura.txt"]] == [("C0",)]


def test_no_defect_of_the_same_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = (*acc.requirements_of(d), d["kind"])
            assert key not in seen or seen[key] == p.name, (key, seen.get(key), p.name)
            seen[key] = p.name


def test_the_styles_the_set_was_written_for_are_in_the_texts() -> None:
    # the 非識別 chapter comes before the 開示 chapter in the prefecture and the clean city
    for name in ("yaguradake-ken", "otemonzaka-shi"):
        draft = _read(name)
        assert _chapter_line(draft, "非識別加工情報の提供") < _chapter_line(draft, "保有個人情報の開示")
    # the 2019 city leaves disclosure to a separate ordinance and has no 開示 chapter
    city = _read("karamedehara-shi")
    assert "個人情報開示等条例" in city and not any("開示請求権" in ln for ln in _lines(city))
    # the town: full-width digits and a 付則; the clean city opens with a 前文 listed in its 目次
    town = _read("ishigakino-cho")
    assert "第１条" in town and "付　則" in town and "附" not in town
    assert "前文" in _lines(_read("otemonzaka-shi"))


def test_the_article_counter_and_the_location_reader_on_this_set() -> None:
    city = articles(_read("karamedehara-shi"))
    assert "24条" not in city and city[-1] == "28条" and len(city) == 27
    town = _read("ishigakino-cho")
    assert articles(town)[-1] == "31条" and location_exists(town, "付則第3項")
    assert not location_exists(town, "付則第4項") and not location_exists(town, "第32条")
    prefecture = _read("yaguradake-ken")
    assert location_exists(prefecture, "附則第2条") and not location_exists(prefecture, "附則第3条")
    assert location_exists(prefecture, "第3章") and not location_exists(prefecture, "第7章")

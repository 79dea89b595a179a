"""The ninth 2016 held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-j``), and the drafts are not
even parsed by the engine: whether a location exists is decided by the small reading of the
text in ``tests/heldout_reading.py``, independent of ``ordreview.core.parse``. Articles are
counted here, because one draft writes kanji article numbers with the caption right after the
number (「第一条（目的）」), a heading the shared counter does not take.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.heldout_gold_format import (
    acc,
    check_gold_valid,
    check_locations,
    check_no_accepted_at_a_defect,
    check_seeded,
    check_set,
    gold,
    text,
)
from tests.heldout_reading import _lines, location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

_KANJI = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _number(s: str) -> int:
    """Arabic (half- or full-width) or kanji (up to 99) article number as an int."""
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    tens, _, ones = s.rpartition("十")
    if "十" not in s:
        return _KANJI[s]
    return (_KANJI[tens] if tens else 1) * 10 + (_KANJI[ones] if ones else 0)


def _articles(draft: str) -> list[str]:
    """Main-provision article numbers (第1条 up to the first 附則/付則, so the 目次 is skipped), as 「N条」 or 「N条のM」."""
    lines = _lines(draft)
    first = next((i for i, ln in enumerate(lines) if re.match(r"^第[1１一]条(?:[\s（(]|$)", ln)), 0)
    out = []
    for ln in lines[first:]:
        if re.match(r"^[附付]\s*則", ln):
            break
        m = re.match(r"^第([0-9０-９〇一二三四五六七八九十]+)条((?:の[0-9０-９一二三四五六七八九十]+)*)(?:[\s（(]|$)", ln)
        if m:
            branch = "".join(f"の{_number(b)}" for b in m.group(2).split("の")[1:])
            out.append(f"{_number(m.group(1))}条{branch}")
    return out


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- tests


def test_the_set_has_five_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    check_set(HERE, 5)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    check_gold_valid(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_five_to_eight_defects_over_several_points(gold_path: Path) -> None:
    check_seeded(gold_path, 5, 8)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_twenty_to_forty_articles(gold_path: Path) -> None:
    assert 20 <= len(_articles(text(HERE, gold(gold_path)))) <= 40


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    check_locations(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
    check_no_accepted_at_a_defect(gold_path)


def test_the_article_counter_reads_kanji_full_width_branches_and_deleted_articles() -> None:
    kanji = _articles(_read("hisui-cho"))
    assert kanji[0] == "1条" and kanji[-1] == "22条" and len(kanji) == 22
    wide = _articles(_read("ruri-ku"))
    assert "16条" not in wide and "12条" in wide and wide[-1] == "29条" and len(wide) == 28
    branch = _articles(_read("meno-ken"))
    assert "21条の2" in branch and "21条の9" in branch and branch[-1] == "26条" and len(branch) == 34
    village = _articles(_read("suisho-mura"))
    assert "6条の2" in village and village[-1] == "29条" and len(village) == 30
    city = _articles(_read("kohaku-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("kohaku-shi")
    assert location_exists(city, "第35条") and not location_exists(city, "第36条")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    assert location_exists(city, "第7章") and not location_exists(city, "第8章")
    ward = _read("ruri-ku")
    assert location_exists(ward, "第17条") and not location_exists(ward, "第16条")
    town = _read("hisui-cho")
    assert location_exists(town, "第4条第4項") and not location_exists(town, "第4条第5項")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    pref = _read("meno-ken")
    assert location_exists(pref, "第4章の2") and location_exists(pref, "第21条の9")
    assert not location_exists(pref, "第21条の10") and location_exists(pref, "附則第2条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-j.json"

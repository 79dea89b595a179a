"""Golden files per fixture draft, an independent line-level cross-check, and the variants.

The golden files (``golden/<fixture>.json``, written by ``regen_golden.py``) pin every node:
the comparison walks articles, paragraphs and items one by one so that a failure names the
node that changed. ``test_model_complete_matches_its_lines`` re-derives the structure of the
cleanly laid-out ``model-complete.txt`` with a deliberately naive line reader, so that the
golden file is not only checked against itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ordreview.core.model import Ordinance
from ordreview.core.parse import load_ordinance
from tests.conftest import FIXTURES
from tests.core.parse.regen_golden import GOLDEN, GOLDEN_FIXTURES, golden_view


def _load(name: str) -> Ordinance:
    return load_ordinance(Path(FIXTURES) / name)


@pytest.mark.parametrize("name", GOLDEN_FIXTURES)
def test_golden(name: str) -> None:
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    got = json.loads(json.dumps(golden_view(_load(name)), ensure_ascii=False))
    for key in ("title", "law_num", "preamble", "toc", "divisions", "tables", "warnings"):
        assert got[key] == expected[key], key
    assert [a["num"] for a in got["articles"]] == [a["num"] for a in expected["articles"]]
    for art_got, art_exp in zip(got["articles"], expected["articles"]):
        assert art_got == art_exp, f"第{art_exp['num']}条"
    assert len(got["suppl_provisions"]) == len(expected["suppl_provisions"])
    for s_got, s_exp in zip(got["suppl_provisions"], expected["suppl_provisions"]):
        assert s_got == s_exp, s_exp["label"]
    for i, (t_got, t_exp) in enumerate(zip(got["terms"], expected["terms"])):
        assert t_got == t_exp, f"term {i}"
    assert len(got["terms"]) == len(expected["terms"])
    for i, (r_got, r_exp) in enumerate(zip(got["references"], expected["references"])):
        assert r_got == r_exp, f"reference {i}"
    assert len(got["references"]) == len(expected["references"])


_ARTICLE = re.compile(r"^第([0-9]+)条(?:の([0-9]+))?　")
_PARA = re.compile(r"^([0-9]+)　")
_ITEM = re.compile(r"^　\(([0-9]+)\)　")
_SUB = re.compile(r"^　　([アイウエオカキクケコ])　")


def test_model_complete_matches_its_lines() -> None:
    """A naive reader of the fixture's documented layout finds the same tree."""
    lines = (Path(FIXTURES) / "model-complete.txt").read_text(encoding="utf-8").split("\n")
    naive: list[tuple[str, list[tuple[int, list[int]]]]] = []
    in_suppl = False
    for line in lines:
        if line.strip() == "附　則" or line.strip().startswith("附　則（"):
            in_suppl = True
        if in_suppl:
            continue
        if m := _ARTICLE.match(line):
            num = m.group(1) + (f"_{m.group(2)}" if m.group(2) else "")
            naive.append((num, [(1, [])]))
        elif m := _PARA.match(line):
            naive[-1][1].append((int(m.group(1)), []))
        elif _ITEM.match(line):
            naive[-1][1][-1][1].append(0)
        elif _SUB.match(line):
            naive[-1][1][-1][1][-1] += 1
    o = _load("model-complete.txt")
    parsed = [
        (a.num, [(p.num, [len(i.items) for i in p.items]) for p in a.paragraphs])
        for a in o.articles
    ]
    assert parsed == naive
    assert len(o.articles) == 74  # as fixtures/README.md states
    assert len(o.article("2").paragraphs) == 11
    assert [s.label for s in o.suppl_provisions] == ["附　則", "附　則"]
    assert [len(s.paragraphs) for s in o.suppl_provisions] == [2, 4]


def test_national_style_definitions_are_eleven_items_of_one_paragraph() -> None:
    o = _load("model-national-style.txt")
    (para,) = o.article("2").paragraphs
    assert [i.title for i in para.items] == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    assert [t.term for t in o.terms if t.style == "item"] == [
        "実施機関", "個人情報", "個人識別符号", "要配慮個人情報", "保有個人情報", "個人情報ファイル",
        "本人", "非識別加工情報", "実施機関非識別加工情報", "実施機関非識別加工情報ファイル",
        "実施機関非識別加工情報取扱事業者",
    ]
    # 第二条第九号ロ（２）: a third level under kanji items and イロハ
    assert [i.title for i in para.items[8].items[1].items] == ["（１）", "（２）"]


def test_old_style_uncaptioned_articles() -> None:
    o = _load("old-style.txt")
    assert [a.num for a in o.articles if a.caption is None] == ["6", "13", "24", "25"]


def _shape(o: Ordinance) -> list:
    def items(its: tuple) -> list:
        return [(i.num, items(i.items)) for i in its]

    return [
        (a.num, a.caption, [(p.num, items(p.items)) for p in a.paragraphs]) for a in o.articles
    ]


@pytest.mark.parametrize(
    "variant",
    [
        "variant-flat-web.txt",
        "variant-pdf-flattened.txt",
        "variant-wrapped.txt",
        "model-complete.docx",
        "reikishu.html",
    ],
)
def test_variants_have_the_same_structure(variant: str) -> None:
    base = _load("model-complete.txt")
    other = _load(variant)
    assert _shape(other) == _shape(base)
    assert [(t.term, t.where) for t in other.terms] == [(t.term, t.where) for t in base.terms]
    assert [(r.kind, r.target) for r in other.references] == [
        (r.kind, r.target) for r in base.references
    ]
    assert [(d.key, d.articles) for d in other.divisions] == [
        (d.key, d.articles) for d in base.divisions
    ]


def test_defects_structure_shows_the_seeded_numbering_defects() -> None:
    o = _load("defects.txt")
    nums = [a.num for a in o.articles]
    assert nums.count("45") == 2 and "49" not in nums and "47_16" not in nums
    assert [n.code for n in o.notices] == ["parse.item_gap"]
    gap = o.notices[0]
    assert gap.span is not None and gap.span.slice(o.text).startswith("エ　当該個人が市、国")
    assert ("第2節", "30", "33") in [(e.division_title, e.first, e.last) for e in o.toc]
    assert o.article("48").caption is None  # 第48条 has no caption (after a chapter heading)
    unresolved = [r.text for r in o.references if r.kind != "external" and r.target is None]
    assert unresolved == ["第5号", "第35条の3第1項"]  # 前条第2項第3号又は第5号; a missing branch article


@pytest.mark.parametrize(
    ("name", "articles", "suppl"),
    [
        ("partial-no-c.txt", 59, 2),
        ("post-2023.txt", 10, 1),
        ("old-style.txt", 32, 1),
        ("model-national-style.txt", 74, 2),
    ],
)
def test_article_counts_match_the_fixture_readme(name: str, articles: int, suppl: int) -> None:
    o = _load(name)
    assert (len(o.articles), len(o.suppl_provisions)) == (articles, suppl)
    assert o.unplaced == ()

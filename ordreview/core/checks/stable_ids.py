"""Finding ids that survive renumbering.

An officer's note is attached to a finding id, and the store carries it to the next review
of a revised draft when the same id appears again. Inserting or deleting an article (繰下げ,
繰上げ) or a 号 changes every number after it, so no number of the draft may enter an id:

- the anchor text has its article, paragraph and item numbers masked (「第14条の2第1項」 →
  「第#条第#項」, 「(3)」 → 「(#)」), and so has every disambiguating value a rule passes
  (location labels such as 「第3条第2項」, e-Gov numbers such as ``"14_2"``);
- the provision is identified by its own words instead: the caption of the article holding
  the anchor and the start of its text, numbers masked (for a 附則, its heading's amending
  ordinance number, which renumbering does not touch);
- so is the innermost 項 or 号 holding the anchor, by the start of its own text;
- two equal anchors in one such unit are told apart by their occurrence index inside it.

Two findings that still share an id after all this (two dangling references in one
provision differing only by their numbers) are told apart by the engine in document order
(``core.review``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from ordreview.core.model import Item, Ordinance, Paragraph, Span
from ordreview.core.text import fold

_NUMERAL = "[0-9〇一二三四五六七八九十百千]+"
_UNIT_NUMBER = re.compile(rf"第{_NUMERAL}(条|項|号|章|節|款|目)((?:の{_NUMERAL})*)")
_MARKER = re.compile(r"\(\s*[0-9]+\s*\)|[⑴-⒇①-⑳]")
_BARE = re.compile(rf"^\s*(?:{_NUMERAL}(?:[_:.][0-9]+)*|[アイウエオカキクケコ])\s*$")
_HEAD = 16


@lru_cache(maxsize=4096)
def mask_numbers(text: str) -> str:
    """``text`` with the numbers that renumbering changes replaced by ``#``."""
    folded = fold(text)
    if _BARE.match(folded):
        return "#"
    out = _UNIT_NUMBER.sub(lambda m: f"第#{m.group(1)}" + ("の#" * m.group(2).count("の")), folded)
    return _MARKER.sub("(#)", out)


def _provision(ordinance: Ordinance, offset: int) -> tuple[str, Span | None]:
    """A renumbering-proof name of the provision holding ``offset`` and its span."""
    from ordreview.core.checks.integrity_index import index_for

    index = index_for(ordinance)
    articles = index.articles
    starts = _starts(index, articles)
    i = bisect_right(starts, offset) - 1
    # articles are in document order but a 附則 article may precede nothing; scan back a little
    while i >= 0:
        art = articles[i]
        if art.span.start <= offset < art.span.end:
            text = ordinance.text
            title = index.title_spans.get(id(art))
            body_start = title.end if title is not None else art.span.start
            head = mask_numbers(text[body_start : min(art.span.end, body_start + _HEAD)]).strip()
            suppl = ""
            if art.in_suppl:
                suppl = "附則:" + next((s.amend_law_num or "" for s in ordinance.suppl_provisions
                                        if s.span.start <= offset < s.span.end), "")
            name, scope = _unit(art.paragraphs, offset)
            return f"{suppl}{art.caption or ''}|{head}{name}", scope or art.span
        if art.span.end <= offset:
            break
        i -= 1
    for suppl in ordinance.suppl_provisions:
        if suppl.span.start <= offset < suppl.span.end:
            name, scope = _unit(suppl.paragraphs, offset)
            return f"附則:{suppl.amend_law_num or ''}{name}", scope or suppl.span
    return "", None


def _unit(paragraphs: tuple[Paragraph, ...], offset: int) -> tuple[str, Span | None]:
    """The innermost 項 or 号 holding ``offset``, named by the start of its own text."""
    name = ""
    scope: Span | None = None
    units: tuple[Paragraph | Item, ...] = paragraphs
    while True:
        unit = next((u for u in units if u.span.start <= offset < u.span.end), None)
        if unit is None:
            return name, scope
        name += "|" + mask_numbers(unit.text[:_HEAD]).strip()
        scope = unit.span
        units = unit.items


_STARTS: dict[int, tuple[object, list[int]]] = {}


def _starts(index: object, articles: tuple[Any, ...]) -> list[int]:
    cached = _STARTS.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    starts = [a.span.start for a in articles]
    _STARTS.clear()
    _STARTS[id(index)] = (index, starts)
    return starts


def stable_key(ordinance: Ordinance, span: Span | None, anchor: str) -> tuple[str, str, int]:
    """``(masked anchor, provision, occurrence)`` for a finding anchored on ``span``."""
    if span is None:
        return mask_numbers(anchor), "", 0
    provision, where = _provision(ordinance, span.start)
    occurrence = 0
    if where is not None and anchor:
        occurrence = ordinance.text.count(anchor, where.start, span.start)
    return mask_numbers(anchor), provision, occurrence


def stable_extra(values: tuple[Any, ...]) -> tuple[str, ...]:
    """The disambiguating values of a rule, the numbers of its texts masked.

    A text (a label such as 「第3条第2項」, an e-Gov number such as ``"14_2"``) is masked; an
    ``int`` is a count the rule keeps itself (the n-th identical clause) and stays.
    """
    return tuple(str(v) if isinstance(v, int) else mask_numbers(str(v)) for v in values)

"""Item references (前号, 前２号, 前各号) counted against items whose numbers a copy lost.

A draft read from a damaged copy (a PDF whose font gives no text for ⑴ ⑵, a 例規集 page that
draws the numbers as images) may hold a list the parser could not see (the paragraph announces
「次の各号…」 but has no item) or a list whose numbers it inferred from the lines (the item's
printed number is empty; the ``parse.markers_dropped`` notice says so). A 号 reference counted
against such a list says nothing about the draft: the count that would show a defect is gone
with the numbers. The reference checks leave those references alone, and count a reference
that stands inside an inferred item after a space (two items whose line break was lost) as
the first words of the next item.
"""

from __future__ import annotations


from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Item, Ordinance, Paragraph, Reference
from ordreview.core.text import fold

_ITEM_RELATIVE = lazy_compile(r"(?:前|次|同)\s*(?:各|[0-9一二三四五六七八九十]+)?\s*号")
_ANNOUNCES = lazy_compile(r"次の各号|次に掲げる|次のいずれか")


def _paragraph_at(ordinance: Ordinance, offset: int) -> Paragraph | None:
    for art in ordinance.articles:
        if art.span.start <= offset < art.span.end:
            return next((p for p in art.paragraphs if p.span.start <= offset < p.span.end), None)
    return None


def item_at(items: tuple[Item, ...], offset: int) -> Item | None:
    return next((i for i in items if i.span.start <= offset < i.span.end), None)


def inferred(item: Item) -> bool:
    """The item's number was inferred (its printed marker was lost in the copy)."""
    return not item.title.strip()


def counts_lost_items(ordinance: Ordinance, ref: Reference) -> bool:
    """``ref`` is a relative 号 reference (前号, 前３号, 前各号, 次号, 同号) in a paragraph that
    announces a list the parser found no item of, or inside an item whose number was inferred."""
    if ref.kind != "relative" or _ITEM_RELATIVE.match(fold(ref.text)) is None:
        return False
    para = _paragraph_at(ordinance, ref.span.start)
    if para is None:
        return False
    if not para.items:
        return _ANNOUNCES.search(fold(para.text)) is not None
    item = item_at(para.items, ref.span.start)
    return item is not None and inferred(item)


def opens_glued_item(text: str, item: Item, offset: int) -> bool:
    """In an item whose number was inferred, the reference at ``offset`` follows a space (or
    starts a line) inside the item's text: the first words of a next item whose line break the
    copy lost (「…特定するに足りる事項　前２号に掲げるもののほか…」)."""
    if not inferred(item) or offset <= item.span.start:
        return False
    before = text[item.span.start : offset].rstrip(" \u3000\t")
    return bool(before) and len(before) < offset - item.span.start and before[-1] not in "、「（("

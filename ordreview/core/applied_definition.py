"""A definition that applies the statute's defining paragraph to the draft's own objects.

Instead of writing the conditions of 実施機関非識別加工情報 out, a draft may define its term as
what the statute's paragraph would define if it were applied with the ordinance's words in
place of the statute's (行政機関個人情報保護法 第2条第9項)::

    「…非識別加工情報のうち、法第2条第9項中「行政機関の長」とあるのは「実施機関」と、…と読み替えて
    同項の規定を適用したとするならば同項に規定する行政機関非識別加工情報に該当することとなるものをいう。」
    「法第2条第9項中「行政機関」とあるのは「実施機関」と、…と読み替えた場合における同項に規定する
    行政機関非識別加工情報に相当するものをいう。」

Such a definition takes in every condition of the paragraph (its items and the parts of its
body), as adjusted by the 読替え. It does not when

- it cites only an item of the paragraph (「法第2条第9項第1号に該当する…」): only that item
  would be taken in, and the citation is not of the whole paragraph;
- a 読替え narrows the list of items (「「次の各号」とあるのは「次の第1号及び第3号」と」) or
  blanks a word out (「…とあるのは「」と」), or the definition sets an item aside
  (「（同項第2号に係る部分を除く。）」): the items no longer read are not taken in (a blanked word
  or a narrowing that cannot be read item by item takes in none).

A profile element says that it is supplied this way with the alternative
``"applies_whole:TERM:LAW:PROVISION[:ITEM]"``: met by the definition of TERM applying LAW's
PROVISION (a paragraph) as above, where the condition the element stands for is the
paragraph's item ITEM (omitted: a condition in the paragraph's body) and that item is not
dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span
from ordreview.core.statute_cites import _external, _named, _parts, law_names
from ordreview.core.text import fold

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

PREFIX = "applies_whole:"
"""Prefix of a profile element alternative met by a definition applying the statute's paragraph."""

_WS = lazy_compile(r"\s+")
_READING = lazy_compile(r"「([^「」]*)」とあるのは「([^「」]*)」と")
# After the citation of the paragraph: its application, with or without 読替え, to the draft's objects.
_APPLIES = lazy_compile(
    r"^(?:中(?P<readings>(?:、?「[^「」]*」とあるのは「[^「」]*」と)+)、?(?:それぞれ)?読み替え"
    r"(?:て(?:同項の規定を)?(?:適用|準用)(?:した|する)(?:とする|と仮定する)?(?:ならば|場合に|とき)"
    r"|た場合(?:における|の))"  # 「…と読み替えた場合における同項に規定する…に相当するもの」
    r"|の規定を(?:適用|準用)(?:した|する)(?:とする|と仮定する)?(?:ならば|場合に|とき))"
    r"(?P<after>[^。]*?)(?:に該当する|に当たる|となる|に相当する)"
)
_ITEM_NUMBER = lazy_compile(r"第([0-9]+)号")
_ALL_ITEMS = lazy_compile(r"各号|いずれにも")
_SET_ASIDE_ITEM = lazy_compile(r"((?:第[0-9]+号(?:(?:、|及び|並びに|又は|若しくは)?)?)+)(?:に係る部分)?(?:を除|の規定(?:は|を)(?:、)?適用しない|を適用しない)")
class Dropped:
    """What a definition applying the paragraph no longer takes in."""

    __slots__ = ("items", "kept_only", "everything")

    def __init__(self) -> None:
        self.items: set[int] = set()  # items set aside or no longer read
        self.kept_only: set[int] | None = None  # a narrowed list of items: only these are read
        self.everything = False  # a condition lost in a way that cannot be read item by item

    def drops(self, item: int | None) -> bool:
        """True when the condition of ``item`` (``None``: of the paragraph's body) is lost."""
        if self.everything:
            return True
        if item is None:
            return False
        return item in self.items or (self.kept_only is not None and item not in self.kept_only)


def dropped_items(readings: str, rest: str) -> Dropped:
    """What a definition applying the paragraph no longer takes in, from its 読替え
    (``readings``) and its other words (``rest``)."""
    out = Dropped()
    for old, new in _READING.findall(readings):
        if not new.strip():
            out.everything = True  # a word blanked out: some condition loses its words
            continue
        old_items = {int(n) for n in _ITEM_NUMBER.findall(old)}
        new_items = {int(n) for n in _ITEM_NUMBER.findall(new)}
        if _ALL_ITEMS.search(old) and not _ALL_ITEMS.search(new):
            if new_items:  # 「次の各号」→「次の第1号及び第3号」: the items not named are dropped
                out.kept_only = new_items if out.kept_only is None else out.kept_only & new_items
            else:
                out.everything = True
        elif not _ALL_ITEMS.search(old):
            out.items |= old_items - new_items  # 「第2号」→「第3号」 no longer reads item 2
    for m in _SET_ASIDE_ITEM.finditer(rest):
        out.items.update(int(n) for n in _ITEM_NUMBER.findall(m.group(1)))
    return out


def applies_paragraph(index: DraftIndex, term: str, law: str, provision: str, item: int | None) -> Span | None:
    """The citation of ``law``'s ``provision`` (a paragraph) in the definition of ``term`` when
    that definition applies the whole paragraph and keeps its ``item`` (``None``: a condition
    of the paragraph's body); ``None`` otherwise."""
    definition = index.definition_span(term)
    want = _parts(provision)
    if definition is None or not want:
        return None
    names = law_names(index, law)
    folded = index.folded
    for name, parts, span in _external(index):
        if parts != want or not _named(index, name, names):
            continue  # (an item of the paragraph, or another provision, takes in less)
        if not (definition.start <= span.start and span.end <= definition.end):
            continue
        if folded.startswith("同", span.start):
            continue  # (「同項の規定を適用した…」 repeats the paragraph cited before, with its 読替え)
        tail = _WS.sub("", fold(folded[span.end : definition.end]))
        m = _APPLIES.match(tail)
        if m is None:
            continue
        readings = m.group("readings") or ""
        rest = _READING.sub("", _WS.sub("", fold(folded[definition.start : definition.end])))
        if dropped_items(readings, rest).drops(item):
            continue
        return span
    return None


def find_applied_definition(index: DraftIndex, spec: str) -> Span | None:
    """``spec`` is ``TERM:LAW:PROVISION[:ITEM]`` (see the module docstring)."""
    term, _, rest = spec.partition(":")
    law, _, rest = rest.partition(":")
    provision, _, item = rest.partition(":")
    if not term or not law or not provision:
        return None
    return applies_paragraph(index, term, law, provision, int(item) if item.isdigit() else None)

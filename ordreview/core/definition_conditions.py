"""A definition whose conditions are set out in another provision of the draft.

The statute defines 行政機関非識別加工情報 by the three conditions its file must meet, listed as
the items of the defining paragraph (行政機関個人情報保護法 第2条第9項各号). A draft may list them
where they are used — in the article that makes the register show the file as open to proposals
(法第44条の3) — and define its term by pointing there:

    「市非識別加工情報　第13条第1項各号のいずれにも該当する個人情報ファイルを構成する保有個人情報…」
    「町非識別加工情報　第11条第4項に規定する個人情報ファイルを構成する保有個人情報…」

The conditions are then part of the definition as much as if they were written in it.
:func:`condition_spans` gives the provisions so named; an element looked for in a definition
(``in_definition:``) is also looked for there. Only a reference that names the file by its
conditions counts (「…各号のいずれにも該当する個人情報ファイル」, 「…に規定する個人情報ファイル」,
「…に掲げる要件…を満たす個人情報ファイル」, in everyday words 「第21条に掲げる要件のすべてに当たる個人情報ファイル」);
any other reference inside the definition (to the
register's exclusions, to a processing standard) brings in nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ordreview.core.align_elements import node_span
from ordreview.core.model import NodeRef, Span

if TYPE_CHECKING:
    from ordreview.core.draft_index import DraftIndex

_WS = re.compile(r"\s+")
_NAMES_THE_FILE = re.compile(
    r"^(?:各号(?:に掲げる要件)?のいずれにも該当する(?:個人情報ファイル|もの)|に規定する個人情報ファイル"
    r"|(?:各号)?に掲げる要件(?:の(?:全て|すべて)|のいずれに)?(?:を|も|に)?(?:満たす|該当する|当たる)(?:個人情報ファイル|もの))"
)
# 「個人情報ファイル簿に第16条第2項の規定による記載がされているもの」: the entry that article makes is
# made for the files its article selects for proposals, so the conditions are the whole article's
_NAMES_THE_ENTRY = re.compile(r"^の規定による(?:記載|掲載)(?:が)?され(?:ている|た)(?:もの|個人情報ファイル)")


def condition_spans(index: DraftIndex, definition: Span) -> tuple[Span, ...]:
    """The provisions of the draft that the definition at ``definition`` names its file by."""
    out: list[Span] = []
    folded = index.folded
    for ref in index.ordinance.references:
        if not definition.contains(ref.span) or ref.target is None or ref.kind not in ("absolute", "relative"):
            continue
        # (a hard-wrapped copy may break the line anywhere in these words)
        after = _WS.sub("", folded[ref.span.end : ref.span.end + 60])
        before = _WS.sub("", folded[max(ref.span.start - 20, 0) : ref.span.start])
        if _NAMES_THE_FILE.match(after):
            span = node_span(index.ordinance, ref.target)
        elif _NAMES_THE_ENTRY.match(after) and "ファイル簿" in before[-12:]:
            span = node_span(index.ordinance, NodeRef(article=ref.target.article))
        else:
            continue
        if span is not None and not span.overlaps(definition):
            out.append(span)
    return tuple(out)

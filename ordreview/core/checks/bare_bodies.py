"""Drafting integrity: a review body named only by its kind [O4].

A draft that says 「…実施機関は、審査会に諮問しなければならない。」 and nowhere names the 審査会 — no
full name (〇〇町情報公開・個人情報保護審査会), no ordinance that sets it up, no 「…審査会を置く」, no
definition or 略称 — leaves the reader unable to tell which body is consulted. The kind word alone
(審査会, 審議会) is then a term used without a definition (``term.undefined``, O4, warning).

Not reported: a longer name ending in the word anywhere in the draft (a clipped name is the other
rule's case, O3), a definition or 略称 of the word, a sentence that sets the body up
(「審査会を置く」), the kind of body in general (「審議会その他の合議制の機関」, 「審議会等」), a body
named through a provision (「前条に規定する審査会」) and the 2021-Act regime, whose own rule
(``act.review_board``, P16) reports an unnamed review board.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import index_for, node_label, standalone
from ordreview.core.messages import define
from ordreview.core.model import Finding

BODY_UNNAMED = define(
    "check.integrity.body_unnamed",
    ja="「{term}」（{where}）が用いられているが、この条例にその名称も設置の根拠もなく、どの{term}か特定できない。"
    "「〇〇条例（〇年〇条例第〇号）第〇条に規定する〇〇{term}」のように特定されたい。",
    en="「{term}」 is used ({where}), but this ordinance gives neither its name nor the provision that sets it up; "
    "identify it (e.g. by the ordinance that establishes it).",
)

_KINDS = ("審査会", "審議会")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa々ー・]")
_SET_UP = re.compile(r"を置く|を置き|を設置|を設ける|\(以下|という")
"""What sets the body up, right after the word (matched at that position)."""
_GENERAL = ("その他", "等")
_THROUGH = re.compile(r"(?:条|項|号)(?:の規定による|に規定する|に定める|の)$|(?:当該|同|前記)$")


def bare_body_names(ctx: CheckContext, joined: str, defined: set[str], excluded) -> list[Finding]:  # noqa: ANN001
    """[O4] 審査会 / 審議会 used alone with no name, definition or founding provision anywhere."""
    if getattr(ctx.profile, "act", None) is not None:
        return []
    ordinance = ctx.ordinance
    out: list[Finding] = []
    for kind in _KINDS:
        if kind in defined or f"「{kind}」" in joined:
            continue
        uses = []
        named = False
        at = joined.find(kind)
        while at >= 0:
            before = joined[at - 1] if at > 0 else ""
            after = at + len(kind)  # (read in place: a copy of the rest of the draft per use costs its length)
            if before and _NAME_CHAR.match(before):
                named = True  # a longer name ending in the word (〇〇町個人情報保護審査会)
                break
            if _SET_UP.match(joined, after):
                named = True
                break
            if (standalone(joined, at, len(kind)) and not joined.startswith(_GENERAL, after)
                    and not _THROUGH.search(joined[max(0, at - 12) : at])):
                uses.append(at)
            at = joined.find(kind, at + 1)
        if named or not uses:
            continue
        index_span = None
        index = index_for(ordinance)
        for pos in uses:
            span = index.span(pos, pos + len(kind))
            if span.start in excluded:
                continue  # a caption or the 目次
            index_span = span
            break
        if index_span is None:
            continue
        out.append(ctx.finding(
            rule="term.undefined", requirement="O4", span=index_span, code=BODY_UNNAMED, severity="warning",
            params={"term": kind, "where": node_label(ordinance, index_span.start)},
        ))
    return out

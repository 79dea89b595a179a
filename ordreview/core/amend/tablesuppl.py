"""The own 附則 of a 新旧対照表 bill, checked as a 改め文 bill's is.

A 対照表 bill carries its 附則 outside the table, after it (「附　則」, 「この条例は、…から施行
する。ただし、第5条の改正規定は、…」). Its 施行期日 provisions are read as those of a 改め文 bill
(``commencement.py``: malformed or pointing at nothing), and each 改正規定 it names must be a
provision one of the table's rows changes (``supplcheck.py``): a row changes the provisions its
cells hold; a row that adds a provision adds next to the one before it (「第7条の2」 — or 「第8条」
once the later ones moved — is added after 第7条, 「第3章の2」 after 第3章).

The findings have no table cell: ``location.span`` is ``None`` and ``anchor_text`` quotes the
words of the 附則 concerned.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ordreview.core.amend.bill import Target, _cite, _Ctx, parse_bill
from ordreview.core.amend.taishohyo import TableRow
from ordreview.core.checks.registry import finding_id
from ordreview.core.model import Finding, Location
from ordreview.core.text import fold

_HEAD_LINE = re.compile(
    r"^[ \u3000]*(第(?:[0-9]+|[〇一二三四五六七八九十百千]+)(?:条|章|節|款|目)(?:の(?:[0-9]+|[〇一二三四五六七八九十百千]+))*)")


def table_suppl_findings(paragraphs: tuple[str, ...] | list[str], rows: list[TableRow] | tuple[TableRow, ...],
                         current_text: str = "") -> tuple[Finding, ...]:
    """Errors on the 附則 of a 対照表 bill whose body paragraphs (outside the tables) are
    ``paragraphs`` and whose rows are ``rows``; ``()`` when the bill has no 附則."""
    from ordreview.core.amend.billreview import RULE_COMMENCEMENT, RULE_SUPPL
    from ordreview.core.amend.commencement import commencement_problems
    from ordreview.core.amend.supplcheck import missing_provisions

    text = "\n".join(paragraphs)
    bill = parse_bill(text)
    if bill.suppl_span is None:
        return ()
    out: list[Finding] = []
    for problem in commencement_problems(bill):
        anchor = text[problem.span[0]:problem.span[1]]
        ja, en = problem.messages()
        out.append(_finding(RULE_COMMENCEMENT, problem.code, anchor, ja, en))
    named, added = _row_targets(rows)
    for named_provision in missing_provisions(bill, current_text, named=named, added=added):
        anchor = text[named_provision.span[0]:named_provision.span[1]]
        ja, en = named_provision.messages()
        out.append(_finding(RULE_SUPPL, "amend.suppl_provision", anchor, ja, en))
    return tuple(out)


def _finding(rule, code: str, anchor: str, ja: str, en: str) -> Finding:
    return Finding(
        id=finding_id(rule, None, anchor, code), rule=rule, requirement=None, severity="error", point="other",
        location=Location(None, None, None, None), code=code, message_ja=ja, message_en=en, anchor_text=anchor,
    )


def _row_targets(rows) -> tuple[list[Target], list[Target]]:
    """(the provisions the rows change, the places they add at)."""
    named: list[Target] = []
    added: list[Target] = []
    for row in rows:
        sides = [s for s in (row.new, row.old) if s.present]
        here = [t for s in sides for t in _heads(s.text)]
        named.extend(here)
        added.extend(here)  # 「第7条に1項を加える改正規定」: a row of 第7条
        if row.new.present and not row.old.present:
            for t in _heads(row.new.text):
                added.append(_before(t))
    return named, added


def _heads(cell: str) -> list[Target]:
    """The articles and divisions whose numbers open the lines of a cell."""
    out = []
    for line in cell.split("\n"):
        m = _HEAD_LINE.match(fold(line))
        if m is None:
            continue
        targets, _ = _cite(m.group(1), 0, _Ctx())
        out.extend(targets)
    return out


def _before(t: Target) -> Target:
    """The provision an added one goes after: 第7条の2 → 第7条, 第8条 → 第7条."""
    if t.article is not None:
        num = t.article
        prev = num[:-1] if len(num) > 1 else (num[0] - 1,)
        return replace(t, article=prev)
    if t.divisions:
        level, num = t.divisions[-1]
        prev = num[:-1] if len(num) > 1 else (num[0] - 1,)
        return replace(t, divisions=(*t.divisions[:-1], (level, prev)))
    return t


__all__ = ["table_suppl_findings"]

"""Review a 新旧対照表 bill: check its 傍線, merge it into the ordinance in force, review the result.

The findings say where they sit:

- each 傍線 finding of ``taishohyo.verify_rows`` is on one cell of the table
  (``location.table_row``, ``location.column``, and ``location.article`` of the provision);
- each row whose 改正前 provision is not in the ordinance in force, so that it could not be
  merged, is an error on its 改正前 cell (``taisho.unmatched_row``), unless that cell already
  carries an error (a 改正前 column that does not reproduce the text in force says the same) or
  the row has a provision abridged in one column only (``taisho.abridged_change`` says why);
- the consolidated text is reviewed with the full profile, as for a 改め文 bill.

A file is taken for a 対照表 bill by its content: a Word table headed 改正後/改正前
(改正案/現行, 新/旧, either column order), whatever its name (:func:`is_table_bill`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from ordreview.core.amend.taishohyo import (
    UNMATCHED_ROW,
    TableBillCheck,
    TableRow,
    _article_of,
    bill_cells,
    consolidate_from_table,
    has_table_header,
    rows_from_document,
    verify_rows,
)
from ordreview.core.checks.registry import finding_id
from ordreview.core.errors import NotAnOrdinanceError, ReadError
from ordreview.core.model import Finding, Location, Review, RuleId
from ordreview.core.profile import Profile, load_profile

RULE_UNMATCHED = RuleId("taisho.unmatched_row")


@dataclass(frozen=True)
class TableBillReview:
    """A 対照表 bill checked, merged and reviewed.

    Attributes:
        bill_path / current_path: the two inputs.
        check: the rows, their 傍線 findings and the consolidation.
        table_findings: the findings on cells (傍線 findings, rows that could not be merged),
            in row order.
        review: the review of the consolidated text (its spans index ``check.consolidation.text``).
        cells: row number → ``{"new": …, "old": …}`` body paragraph indices of the cell (the
            reader's ``Locator.index`` order), for anchoring comments in the bill.
        row_of: finding id of ``review`` → the row whose 改正後 cell holds the provision it is on.
    """

    bill_path: str
    current_path: str
    check: TableBillCheck
    table_findings: tuple[Finding, ...]
    review: Review
    cells: dict[int, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    row_of: dict[str, int] = field(default_factory=dict)
    suppl_findings: tuple[Finding, ...] = ()
    """Errors on the bill's own 附則 (outside the table: no cell; ``tablesuppl.py``)."""

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The cells' findings first, then the bill's 附則's, then the consolidated text's."""
        return self.table_findings + self.suppl_findings + self.review.findings

    @property
    def rows(self) -> tuple[TableRow, ...]:
        return self.check.rows


def is_table_bill(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a Word file holding a table headed 改正後/改正前 (or 改正案/現行, 新/旧).

    An unreadable file is not one (the caller's reader then says why it cannot be read).
    """
    from ordreview.core.read.tables import read_docx_tables

    try:
        return has_table_header(read_docx_tables(path))
    except (ReadError, OSError):
        return False


def review_table_bill(bill_path: str | os.PathLike[str], current_path: str | os.PathLike[str], *,
                      profile: Profile | str | None = None) -> TableBillReview:
    """Check the 対照表 bill at ``bill_path`` against ``current_path``, merge it and review the result.

    Raises:
        ReadError: either file cannot be read, or the bill has no table headed 改正後/改正前.
        NotAnOrdinanceError: the ordinance in force has no article.
    """
    from ordreview.core.amend.billreview import NO_ARTICLES, read_text
    from ordreview.core.amend.ordtree import read_tree
    from ordreview.core.parse import parse_text
    from ordreview.core.read.tables import read_docx_tables
    from ordreview.core.review import review_ordinance

    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    doc = read_docx_tables(bill_path)
    rows = rows_from_document(doc)
    current_text = read_text(current_path)
    if not any(True for _ in read_tree(current_text).articles()):
        raise NotAnOrdinanceError(NO_ARTICLES, path=os.fspath(current_path))
    marks = tuple(verify_rows(rows, current_text))
    consolidation = consolidate_from_table(current_text, rows)
    check = TableBillCheck(tuple(rows), marks, consolidation)
    by_number = {r.number: r for r in rows}
    # a row already in error on its 改正前 cell, or abridged on one side only, says why it cannot be merged
    flagged_old = {f.location.table_row for f in marks
                   if f.severity == "error" and (f.location.column == "old" or f.rule == "taisho.abridged_change")}
    unmatched = [_unmatched(by_number[n], ja, en) for n, ja, en in consolidation.failures
                 if n in by_number and n not in flagged_old]
    table_findings = tuple(sorted((*marks, *unmatched),
                                  key=lambda f: (f.location.table_row or 0, f.location.column != "new")))
    review = review_ordinance(parse_text(consolidation.text, path=os.fspath(bill_path)), prof)
    cells = {n: {"new": tuple(p.index for p in new.paragraphs), "old": tuple(p.index for p in old.paragraphs)}
             for n, new, old in bill_cells(doc)}
    written = {}
    for r in rows:
        article = _article_of(r.new) if r.new.present else None
        if article is not None:
            written.setdefault(article, r.number)
    placed = row_spans(rows, consolidation.text, {n for n, *_ in consolidation.failures})
    row_of = {}
    for f in review.findings:
        row = _row_at(placed, f.location.span.start) if f.location.span is not None else None
        if row is None and f.location.article is not None:
            row = written.get(f.location.article)
        if row is not None:
            row_of[f.id] = row
    from ordreview.core.amend.tablesuppl import table_suppl_findings

    suppl = table_suppl_findings(doc.paragraphs, rows, current_text)
    return TableBillReview(os.fspath(bill_path), os.fspath(current_path), check, table_findings, review,
                           cells, row_of, suppl)


_BETWEEN_LINES = r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)*"


def row_spans(rows: list[TableRow] | tuple[TableRow, ...], text: str, failed: set[int]) -> list[tuple[int, int, int]]:
    """``(start, end, row)``: where the 改正後 cell of each merged row stands in the
    consolidated ``text`` (its lines in order, indentation and blank lines aside), in text
    order. Rows are looked for front to back, as a 対照表 runs; a row not found after the
    previous one is looked for from the start."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for r in rows:
        if not r.new.present or r.number in failed:
            continue
        lines = [line.strip() for line in r.new.text.split("\n") if line.strip()]
        if not lines:
            continue
        pattern = re.compile(_BETWEEN_LINES.join(re.escape(line) for line in lines))
        m = pattern.search(text, pos) or pattern.search(text)
        if m is not None:
            out.append((m.start(), m.end(), r.number))
            pos = m.end()
    return sorted(out)


def _row_at(placed: list[tuple[int, int, int]], offset: int) -> int | None:
    """The row whose 改正後 cell holds ``offset`` of the consolidated text (the innermost)."""
    hits = [(end - start, row) for start, end, row in placed if start <= offset < end]
    return min(hits)[1] if hits else None


def _unmatched(row: TableRow, message_ja: str, message_en: str) -> Finding:
    anchor = row.old.text.strip() or row.new.text.strip()
    column = "old" if row.old.present else "new"
    side = row.old if row.old.present else row.new
    return Finding(
        id=finding_id(RULE_UNMATCHED, None, anchor, row.number, column),
        rule=RULE_UNMATCHED, requirement=None, severity="error", point="other",
        location=Location(_article_of(side), None, None, None, table_row=row.number, column=column),  # type: ignore[arg-type]
        code=UNMATCHED_ROW, message_ja=message_ja, message_en=message_en, anchor_text=anchor,
    )


def table_bill_review_to_json(tr: TableBillReview) -> dict[str, Any]:
    """The ``ordreview check BILL --current CURRENT --json`` object of a 対照表 bill
    (``docs/check-json.md``)."""
    from ordreview.core.review import finding_to_json, review_to_json

    out = review_to_json(tr.review)
    findings = []
    for f in (*tr.table_findings, *tr.suppl_findings):
        item = finding_to_json(f)
        item["location"]["in"] = "bill"
        findings.append(item)
    for f in tr.review.findings:
        item = finding_to_json(f)
        item["location"]["in"] = "consolidated"
        row = tr.row_of.get(f.id)
        if row is not None:  # on a provision a row wrote: that row's 改正後 cell
            item["location"]["table_row"] = row
            item["location"]["column"] = "new"
        findings.append(item)
    out["findings"] = findings
    counts = dict(out["summary"]["findings"])
    for f in (*tr.table_findings, *tr.suppl_findings):
        counts[f.severity] = counts.get(f.severity, 0) + 1
    out["summary"]["findings"] = counts
    failed = {n for n, *_ in tr.check.consolidation.failures}

    def side(s: Any) -> dict[str, Any]:
        return {"text": s.text, "marks": [list(m) for m in s.marks], "note": s.note}

    out["bill"] = {
        "path": tr.bill_path,
        "current": tr.current_path,
        "form": "taishohyo",
        "rows": [{"number": r.number, "new": side(r.new), "old": side(r.old), "merged": r.number not in failed}
                 for r in tr.rows],
    }
    out["consolidated_text"] = tr.check.consolidation.text
    return out


__all__ = ["TableBillReview", "is_table_bill", "review_table_bill", "table_bill_review_to_json"]

"""One review of an amendment bill for a reader who looks at the consolidated text.

``review_bill`` gives two sets of findings: those on the bill's sentences (their spans index
the bill) and those on the consolidated text. A single list over the consolidated text (what
the window shows) needs every finding to index that text, so this module:

- turns each finding on the bill (a sentence that could not be applied, a style point, a line
  that is not a sentence, a 制定文 naming another ordinance) into a finding without a span
  whose message quotes the sentence it is about (the provision it names stays in its
  location);
- prefixes each finding of the consolidated text that lies on a line a sentence wrote with
  「（改正規定N）」, as ``ordreview check BILL --current CURRENT`` does;
- lists, per sentence, the lines of the consolidated text it wrote (``changes``), so that a
  reader can go from a change to its sentence and back.

Pure data: no Qt, no files.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ordreview.core.amend.billreview import BillReview, sentence_of_bill_finding
from ordreview.core.messages import define, render
from ordreview.core.model import Finding, Location, Review, Span

ON_SENTENCE = define(
    "amend.view.on_sentence",
    ja="改正規定{n}「{text}」: {message}",
    en="Sentence {n} 「{text}」: {message}",
)
ON_BILL = define(
    "amend.view.on_bill",
    ja="改正案「{text}」: {message}",
    en="The bill 「{text}」: {message}",
)
IN_SENTENCE = define("amend.view.in_sentence", ja="（改正規定{n}）", en="(sentence {n}) ")
ON_ROW = define(
    "amend.view.on_row",
    ja="表{n}行目・{column}欄: {message}",
    en="Row {n}, {column_en} column: {message}",
)
IN_ROW = define("amend.view.in_row", ja="（表{n}行目・改正後欄）", en="(row {n}, new column) ")
COLUMNS = {"new": ("改正後", "new"), "old": ("改正前", "old")}


@dataclass(frozen=True)
class SentenceView:
    """One amending sentence as the reader sees it.

    For a 新旧対照表 bill, a "sentence" is a row of the table: ``text`` is the first line of its
    改正後 cell (else of its 改正前 cell), ``body`` both cells, ``applied`` False when the row could
    not be merged or one of its cells has an error.

    Attributes:
        number: 1-based, in bill order.
        text: the sentence as written.
        body: the provision lines quoted after it (joined by newlines; ``""`` if none).
        applied: False when the sentence (or a clause of it) could not be applied.
        changes: the spans of the consolidated text it wrote, in text order.
    """

    number: int
    text: str
    body: str
    applied: bool
    changes: tuple[Span, ...]


@dataclass(frozen=True)
class BillView:
    """A bill consolidated and reviewed, with every finding on the consolidated text.

    Attributes:
        review: the consolidated text's review; its findings are the bill's (without span,
            first) and then the consolidated text's.
        sentences: every amending sentence, in order.
        sentence_of: finding id → the sentence it is about (both kinds of findings).
        bill_path / current_path: the two inputs.
        bill_title: the bill's title line.
        failed: how many sentences could not be applied.
        unit: ``"sentence"`` for a 改め文 bill, ``"row"`` for a 新旧対照表 bill (its rows stand
            for the sentences).
        source: the ``BillReview`` or ``TableBillReview`` the view was made from (what the
            Word export of the bill writes from, as ``ordreview export BILL --current`` does).
    """

    review: Review
    sentences: tuple[SentenceView, ...]
    sentence_of: dict[str, int]
    bill_path: str
    current_path: str
    bill_title: str
    failed: int
    unit: str = "sentence"
    source: Any = None

    def sentence_at(self, offset: int) -> int | None:
        """The sentence that wrote the line of the consolidated text holding ``offset``."""
        for s in self.sentences:
            for span in s.changes:
                if span.start <= offset <= span.end:
                    return s.number
        return None


def bill_view(br: BillReview) -> BillView:
    """The :class:`BillView` of a reviewed bill."""
    result = br.consolidation
    bill = result.bill
    text = result.text
    sentences = bill.sentences if bill is not None else ()
    failed = {f.sentence for f in result.failures}

    sentence_of: dict[str, int] = {}
    findings: list[Finding] = []
    numbers = {s.number: s for s in sentences}
    for f in br.bill_findings:
        n = sentence_of_bill_finding(br, f)
        if n is not None and n in numbers:
            quoted = numbers[n].text
            ja = render(ON_SENTENCE, n=n, text=quoted, message=f.message_ja)[0]
            en = render(ON_SENTENCE, n=n, text=quoted, message=f.message_en)[1]
            sentence_of[f.id] = n
        else:
            ja = render(ON_BILL, text=f.anchor_text, message=f.message_ja)[0]
            en = render(ON_BILL, text=f.anchor_text, message=f.message_en)[1]
        loc = f.location
        findings.append(replace(f, location=Location(loc.article, loc.paragraph, loc.item, None),
                                message_ja=ja, message_en=en))
    findings.extend(_from_origin(br.review.findings, br.sentence_of, IN_SENTENCE, sentence_of))

    spans: dict[int, list[Span]] = {}
    pos = 0
    for i, line in enumerate(text.split("\n")):
        n = result.line_origins[i] if i < len(result.line_origins) else None
        if n is not None:
            found = spans.setdefault(n, [])
            if found and found[-1].end + 1 == pos:  # the next line of the same change
                found[-1] = Span(found[-1].start, pos + len(line))
            else:
                found.append(Span(pos, pos + len(line)))
        pos += len(line) + 1

    views = tuple(
        SentenceView(s.number, s.text, "\n".join(s.body), s.number not in failed, tuple(spans.get(s.number, ())))
        for s in sentences
    )
    return BillView(
        review=replace(br.review, findings=tuple(findings)),
        sentences=views,
        sentence_of=sentence_of,
        bill_path=br.bill_path,
        current_path=br.current_path,
        bill_title=bill.title if bill is not None else "",
        failed=len(failed),
        source=br,
    )


def prefixed(finding: Finding, code: str, **params: Any) -> Finding:
    """``finding`` with the message ``code`` (rendered with ``params``) put before its own, in both
    languages: the sentence, row or cell of the bill it comes from."""
    ja, en = render(code, **params)
    return replace(finding, message_ja=ja + finding.message_ja, message_en=en + finding.message_en)


def _from_origin(findings: tuple[Finding, ...], origin: dict[str, int], code: str,
                 sentence_of: dict[str, int]) -> list[Finding]:
    """The consolidated review's ``findings``, each on a provision a sentence (a row) of the bill
    wrote prefixed with its number (``code``) and noted in ``sentence_of``."""
    out: list[Finding] = []
    for f in findings:
        n = origin.get(f.id)
        if n is not None:
            f = prefixed(f, code, n=n)
            sentence_of[f.id] = n
        out.append(f)
    return out


def table_view(tr: Any) -> BillView:
    """The :class:`BillView` of a reviewed 新旧対照表 bill (``tablereview.TableBillReview``):
    the rows stand for the sentences; a finding on a cell names its row and column."""
    from ordreview.core.amend.tablereview import row_spans

    consolidation = tr.check.consolidation
    text = consolidation.text
    not_merged = {n for n, *_ in consolidation.failures}
    sentence_of: dict[str, int] = {}
    findings: list[Finding] = []
    bad = set(not_merged)
    for f in tr.table_findings:
        n = f.location.table_row
        column = COLUMNS.get(f.location.column or "new", COLUMNS["new"])
        ja = render(ON_ROW, n=n, column=column[0], column_en=column[1], message=f.message_ja)[0]
        en = render(ON_ROW, n=n, column=column[0], column_en=column[1], message=f.message_en)[1]
        loc = f.location
        findings.append(replace(f, location=Location(loc.article, loc.paragraph, loc.item, None),
                                message_ja=ja, message_en=en))
        if n is not None:
            sentence_of[f.id] = n
            if f.severity == "error":
                bad.add(n)
    findings.extend(tr.suppl_findings)  # the bill's own 附則: outside the table, no row
    findings.extend(_from_origin(tr.review.findings, tr.row_of, IN_ROW, sentence_of))
    spans: dict[int, list[Span]] = {}
    for start, end, n in row_spans(tr.rows, text, not_merged):
        spans.setdefault(n, []).append(Span(start, end))

    def first_line(side: Any) -> str:
        if not side.present:
            return f"（{side.note}）" if side.note else ""
        return next((line.strip() for line in side.text.split("\n") if line.strip()), "")

    def cell(side: Any) -> str:
        return side.text if side.present else (f"（{side.note}）" if side.note else "")

    views = tuple(
        SentenceView(r.number, first_line(r.new) if r.new.present else first_line(r.old),
                     f"【改正後】\n{cell(r.new)}\n【改正前】\n{cell(r.old)}", r.number not in bad,
                     tuple(spans.get(r.number, ())))
        for r in tr.rows
    )
    from pathlib import Path

    return BillView(
        review=replace(tr.review, findings=tuple(findings)),
        sentences=views,
        sentence_of=sentence_of,
        bill_path=tr.bill_path,
        current_path=tr.current_path,
        bill_title=Path(tr.bill_path).name,
        failed=len(bad),
        unit="row",
        source=tr,
    )


__all__ = ["BillView", "SentenceView", "bill_view", "prefixed", "table_view"]

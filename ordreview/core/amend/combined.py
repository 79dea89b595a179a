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


@dataclass(frozen=True)
class SentenceView:
    """One amending sentence as the reader sees it.

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
    """

    review: Review
    sentences: tuple[SentenceView, ...]
    sentence_of: dict[str, int]
    bill_path: str
    current_path: str
    bill_title: str
    failed: int

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
    for f in br.bill_findings:
        n = sentence_of_bill_finding(br, f)
        if n is not None and 1 <= n <= len(sentences):
            quoted = sentences[n - 1].text
            ja = render(ON_SENTENCE, n=n, text=quoted, message=f.message_ja)[0]
            en = render(ON_SENTENCE, n=n, text=quoted, message=f.message_en)[1]
            sentence_of[f.id] = n
        else:
            ja = render(ON_BILL, text=f.anchor_text, message=f.message_ja)[0]
            en = render(ON_BILL, text=f.anchor_text, message=f.message_en)[1]
        loc = f.location
        findings.append(replace(f, location=Location(loc.article, loc.paragraph, loc.item, None),
                                message_ja=ja, message_en=en))
    for f in br.review.findings:
        n = br.sentence_of.get(f.id)
        if n is not None:
            ja, en = render(IN_SENTENCE, n=n)
            f = replace(f, message_ja=ja + f.message_ja, message_en=en + f.message_en)
            sentence_of[f.id] = n
        findings.append(f)

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
    )


__all__ = ["BillView", "SentenceView", "bill_view"]

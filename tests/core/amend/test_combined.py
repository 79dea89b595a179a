"""One list of findings over the consolidated text, each linked to its bill sentence."""

from __future__ import annotations

import json
from pathlib import Path

from ordreview.core.amend.billreview import review_bill
from ordreview.core.amend.combined import bill_view

AMEND = Path(__file__).resolve().parents[3] / "fixtures" / "amend"


def test_bill_findings_quote_their_sentence_and_lose_their_bill_span() -> None:
    expected = json.loads((AMEND / "bill-yamabuki-errors-a.expected.json").read_text(encoding="utf-8"))
    br = review_bill(AMEND / "bill-yamabuki-errors-a.txt", AMEND / "current-yamabuki.txt")
    view = bill_view(br)
    bill = br.consolidation.bill
    assert len(view.review.findings) == len(br.bill_findings) + len(br.review.findings)
    failed = {x["sentence"] for x in expected["failures"]}
    assert view.failed == len(failed)
    assert [s.number for s in view.sentences if not s.applied] == sorted(failed)
    for f in view.review.findings[: len(br.bill_findings)]:
        assert f.location.span is None
        n = view.sentence_of.get(f.id)
        if n is not None:
            assert f.message_ja.startswith(f"改正規定{n}「{bill.sentences[n - 1].text}」: ")
            assert f.message_en.startswith(f"Sentence {n} 「{bill.sentences[n - 1].text}」: ")
    assert {view.sentence_of[f.id] for f in view.review.findings[: len(br.bill_findings)] if f.id in view.sentence_of} >= failed


def test_changes_are_the_lines_each_sentence_wrote() -> None:
    br = review_bill(AMEND / "bill-yamabuki-2017.txt", AMEND / "current-yamabuki.txt")
    view = bill_view(br)
    text = br.consolidation.text
    lines = text.split("\n")
    written = {i for i, n in enumerate(br.consolidation.line_origins) if n is not None}
    covered = set()
    for s in view.sentences:
        for span in s.changes:
            first, last = text.count("\n", 0, span.start), text.count("\n", 0, span.end)
            assert text[span.start:span.end] == "\n".join(lines[first:last + 1])  # whole lines
            for i in range(first, last + 1):
                assert br.consolidation.line_origins[i] == s.number
                covered.add(i)
            assert view.sentence_at(span.start) == s.number
    assert covered == written
    # a finding of the consolidated text on a written line names its sentence, as the CLI does
    for f in view.review.findings:
        n = view.sentence_of.get(f.id)
        if n is not None and f.location.span is not None:
            assert f.message_ja.startswith(f"（改正規定{n}）")
            assert br.consolidation.sentence_at(f.location.span.start) == n


def test_table_view_names_each_cell_finding_by_row_and_column() -> None:
    from ordreview.core.amend.combined import table_view
    from ordreview.core.amend.tablereview import review_table_bill

    expected = json.loads((AMEND / "yuzuriha-taishohyo-seeded.expected.json").read_text(encoding="utf-8"))["findings"]
    tr = review_table_bill(AMEND / "yuzuriha-taishohyo-seeded.docx", AMEND / "yuzuriha-current.txt")
    view = table_view(tr)
    assert view.unit == "row" and [s.number for s in view.sentences] == [r.number for r in tr.rows]
    cells = view.review.findings[: len(tr.table_findings)]
    assert len(view.review.findings) == len(tr.table_findings) + len(tr.review.findings)
    for f, e in zip(cells, expected):
        column = {"new": "改正後", "old": "改正前"}[e["column"]]
        assert f.message_ja.startswith(f"表{e['table_row']}行目・{column}欄: ")
        assert view.sentence_of[f.id] == e["table_row"] and f.location.span is None
    # a row with an error on a cell, or not merged, is not "applied"
    assert {s.number for s in view.sentences if not s.applied} == {
        e["table_row"] for e in expected if e["severity"] == "error"} | {n for n, *_ in tr.check.consolidation.failures}
    # what a merged row wrote is found in the consolidated text, and leads back to the row
    text = tr.check.consolidation.text
    for s in view.sentences:
        for span in s.changes:
            first = next(line.strip() for line in text[span.start:span.end].split("\n") if line.strip())
            assert first in s.body
            assert view.sentence_at(span.start) == s.number
    assert all(not s.changes for s in view.sentences if s.number in {n for n, *_ in tr.check.consolidation.failures})

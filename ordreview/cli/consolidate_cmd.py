"""``ordreview consolidate BILL --current CURRENT [-o OUT.txt]``: apply a 改め文 bill.

Writes the consolidated ordinance (溶け込み) as UTF-8 text to ``OUT.txt`` or stdout. Each
sentence that could not be applied (✖), each style point on a sentence that applied (▲) and
each citation the bill left pointing at a provision it renumbered or deleted (✖) is listed on
stderr (the rest of the bill is still applied). Exit code 0 when every sentence applied, 1 when
one did not, 2 when an input cannot be read.

``check BILL --current CURRENT`` (see ``check_cmd``) consolidates the same way and reviews the
result; its human output is printed by ``print_bill_review`` here. ``export BILL --current
CURRENT -o OUT`` (``export_bill``) writes into the folder OUT:

- ``<stem>_review-annotated.docx``: the bill with a Word comment on each sentence that could not
  be applied, and on each sentence whose text draws an error or a warning once consolidated;
- ``<stem>_review-report.docx``: the review report of the consolidated text, the bill's
  failures first (each finding names its sentence: 「（改正規定3）…」);
- ``<stem>_consolidated.txt``: the consolidated text;
- ``<stem>_taishohyo.docx``: the 新旧対照表 of the ordinance in force and the consolidated text.

The files are written by ``export.bill.export_bill_files``, which the window's export calls too.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from typing import Any

from ordreview.cli.common import Output
from ordreview.core.errors import OrdreviewError
from ordreview.core.messages import define, render
from ordreview.export.bill import SENTENCE_PREFIX  # shared with the window's export

HELP = define(
    "cli.consolidate.help",
    ja="改め文の一部改正条例案を現行条例に溶け込ませた全文を出力する",
    en="apply an amendment bill (改め文) to the ordinance in force and print the consolidated text",
)
FAILED = define(
    "cli.consolidate.failed",
    ja="✖ 改正規定{sentence}（{text}）: {message}",
    en="✖ sentence {sentence} ({text}): {message}",
)
NOTED = define(
    "cli.consolidate.noted",
    ja="▲ 改正規定{sentence}（{text}）: {message}",
    en="▲ sentence {sentence} ({text}): {message}",
)
STRAY_LINE = define(
    "cli.consolidate.stray",
    ja="▲ 改正規定として読み取れない行（適用していません）: {text}",
    en="▲ a line that is not an amending sentence (not applied): {text}",
)
STALE = define(
    "cli.consolidate.stale",
    ja="✖ {where}（改正規定{sentence}による）: {message}",
    en="✖ {where} (caused by sentence {sentence}): {message}",
)
SUMMARY = define(
    "cli.consolidate.summary",
    ja="改正規定 {total} 件のうち {failed} 件を適用できませんでした。引用の不整合 {stale} 件。",
    en="{failed} of {total} amending sentences could not be applied; {stale} stale citations.",
)
WRITE_FAILED = define(
    "cli.consolidate.write_failed",
    ja="出力ファイルに書き込めません: {path}（{reason}）",
    en="Cannot write the output file: {path} ({reason})",
)
HEADER = define(
    "cli.check.bill_header",
    ja="改正規定の適用: {total} 件中 {failed} 件を適用できませんでした（現行: {current}）",
    en="Amending sentences: {failed} of {total} could not be applied (in force: {current})",
)


class WriteError(OrdreviewError):
    """The output file cannot be written."""


def add_parser(subparsers: Any) -> None:
    """Register the ``consolidate`` subcommand."""
    ja, en = render(HELP)
    p = subparsers.add_parser("consolidate", help=f"{ja} / {en}")
    p.add_argument("bill", help="the amendment bill in 改め文: .txt or .docx")
    p.add_argument("--current", required=True, help="the ordinance in force (現行): .txt, .docx or .html")
    p.add_argument("-o", "--output", default=None, help="write the consolidated text here (default: stdout)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: Output) -> int:
    """Consolidate; exit 0 (all applied), 1 (a sentence failed) or 2 (unreadable input)."""
    from ordreview.core.amend.billreview import consolidate_files_noting

    result, _, skipped = consolidate_files_noting(args.bill, args.current)
    text = result.text if result.text.endswith("\n") else result.text + "\n"
    if args.output:
        _write(args.output, text)
    else:
        out.stdout.write(text)
    ja = out.lang == "ja"
    bill = result.bill
    for k in skipped:  # an article of the bill amending another ordinance
        print("▲ " + (k.message_ja if ja else k.message_en), file=out.stderr)
    for f in result.failures:
        text = bill.sentence(f.sentence).text if bill else ""
        line = render(FAILED, sentence=f.sentence, text=_short(text), message=f.message_ja if ja else f.message_en)
        print(line[0 if ja else 1], file=out.stderr)
    for n in result.notes:
        text = bill.sentence(n.sentence).text if bill else ""
        line = render(NOTED, sentence=n.sentence, text=_short(text), message=n.message_ja if ja else n.message_en)
        print(line[0 if ja else 1], file=out.stderr)
    if bill is not None:
        for start, end in bill.stray:
            line = render(STRAY_LINE, text=_short(bill.text[start:end]))
            print(line[0 if ja else 1], file=out.stderr)
    for s in result.stale_references:
        where = _where(s.citing)
        if not where:  # a citation in the 附則: named by its place there
            from ordreview.core.labels import suppl_label

            where = suppl_label(result.ordinance, s.span[0]) or "附則"
        line = render(STALE, where=where, sentence=s.sentence, message=s.message_ja if ja else s.message_en)
        print(line[0 if ja else 1], file=out.stderr)
    if result.failures or result.stale_references:
        total = len(bill.sentences) if bill else 0
        line = render(SUMMARY, total=total, failed=len({f.sentence for f in result.failures}),
                      stale=len(result.stale_references))
        print(line[0 if ja else 1], file=out.stderr)
    return 1 if result.failures else 0


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(citing: tuple[Any, ...]) -> str:
    from ordreview.core.labels import location_label
    from ordreview.core.model import Location

    return location_label(Location(citing[0], citing[1], citing[2], None))


def _write(path: str, text: str) -> None:
    """Write ``text`` atomically (a temporary file renamed over ``path``)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=".ordreview-", suffix=".txt", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise WriteError(WRITE_FAILED, path=path, reason=exc.strerror or type(exc).__name__) from exc


def print_bill_review(br: Any, out: Output) -> None:
    """The human report of ``check BILL --current CURRENT``: sentence failures, then the review."""
    from ordreview.cli.check_cmd import one_line, print_review

    ja = out.lang == "ja"
    bill = br.consolidation.bill
    total = len(bill.sentences) if bill else 0
    failed = len({f.sentence for f in br.consolidation.failures})
    out.msg(HEADER, total=total, failed=failed, current=br.current_path)
    for f in sorted((*br.consolidation.failures, *br.consolidation.notes), key=lambda x: x.sentence):
        text = bill.sentence(f.sentence).text if bill else ""
        code = NOTED if f in br.consolidation.notes else FAILED
        line = render(code, sentence=f.sentence, text=_short(text), message=one_line(f.message_ja if ja else f.message_en))
        out.line(line[0 if ja else 1])
    out.line()
    print_review(_with_sentences(br), out)


def _with_sentences(br: Any) -> Any:
    """The consolidated review with each finding that sits on a bill sentence prefixed
    「（改正規定N）」."""
    from dataclasses import replace

    from ordreview.core.amend.combined import prefixed

    findings = []
    for f in br.review.findings:
        n = br.sentence_of.get(f.id)
        findings.append(f if n is None else prefixed(f, SENTENCE_PREFIX, n=n))
    return replace(br.review, findings=tuple(findings))


def export_bill(args: argparse.Namespace, out: Output) -> int:
    """``export BILL --current CURRENT -o OUT``: annotated bill, report, consolidated text and
    the generated 新旧対照表 (``export.bill.export_bill_files``, which the window calls too); exit 0."""
    from ordreview.cli.export_cmd import WRITTEN, default_initials, default_reviewer_name, output_folder
    from ordreview.core.amend.tablereview import is_table_bill
    from ordreview.core.model import Reviewer
    from ordreview.export.bill import export_bill_files
    from ordreview.preferences import load_preferences

    if is_table_bill(args.file):  # a 新旧対照表 bill, told by its table headers
        from ordreview.core.amend.tablereview import review_table_bill

        result = review_table_bill(args.file, args.current, profile=args.profile)
    else:
        from ordreview.core.amend.billreview import review_bill

        result = review_bill(args.file, args.current, profile=args.profile)
    out_dir = output_folder(args.output)
    name = args.reviewer or default_reviewer_name()
    reviewer = Reviewer(name=name, initials=args.initials or default_initials(name))
    include_info = getattr(args, "include_info", None)
    if include_info is None:
        include_info = load_preferences().include_info
    files = export_bill_files(result, out_dir, reviewer=reviewer, municipality=args.municipality or "",
                              statute_first=args.statute_first, include_info=include_info,
                              annotated=not args.report_only, report=not args.annotated_only)
    for path in files.written():
        out.msg(WRITTEN, path=str(path))
    return 0

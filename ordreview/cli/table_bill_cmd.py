"""``export BILL --current CURRENT -o OUT`` for a 新旧対照表 bill (a Word table headed 改正後/改正前).

Writes into the folder OUT, as for a 改め文 bill (``consolidate_cmd.export_bill``):

- ``<stem>_review-annotated.docx``: the bill with a Word comment on the cell of each finding
  on the table, and on the 改正後 cell of each error or warning the consolidated text draws on a
  provision a row wrote (prefixed 「（改正後の第N条）」);
- ``<stem>_review-report.docx``: the review report of the consolidated text, the cells'
  findings first (each prefixed 「（表N行目・改正後欄）」);
- ``<stem>_consolidated.txt``: the 改正後 column merged into CURRENT.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from ordreview.cli.common import Output
from ordreview.core.messages import define, render

CELL_PREFIX = define("cli.export.cell_prefix", ja="（表{row}行目・{column}欄）", en="(row {row}, {column_en} column) ")
AMENDED_PREFIX = define("cli.export.amended_prefix", ja="（改正後の{where}）", en="(as amended, {where}) ")
COLUMN = {"new": ("改正後", "new"), "old": ("改正前", "old")}


def cell_findings(tr: Any, severities: tuple[str, ...] = ("error", "warning")) -> list[Any]:
    """What the annotated bill comments on: the cells' findings, then each consolidated finding
    of ``severities`` on a provision a row wrote, moved onto that row's 改正後 cell."""
    from ordreview.core.labels import location_label

    out = list(tr.table_findings)
    for f in tr.review.findings:
        row = tr.row_of.get(f.id)
        if row is None or f.severity not in severities:
            continue
        ja, en = render(AMENDED_PREFIX, where=location_label(f.location))
        out.append(replace(f, location=replace(f.location, table_row=row, column="new"),
                           message_ja=ja + f.message_ja, message_en=en + f.message_en))
    return out


def export_table_bill(args: argparse.Namespace, out: Output) -> int:
    """Annotated bill, report and consolidated text of a 対照表 bill; exit 0."""
    from ordreview.cli.consolidate_cmd import CONSOLIDATED_SUFFIX, _write
    from ordreview.cli.export_cmd import WRITTEN, default_initials, default_reviewer_name, output_folder
    from ordreview.core.amend.tablereview import review_table_bill
    from ordreview.core.model import Reviewer
    from ordreview.export.names import output_paths

    tr = review_table_bill(args.file, args.current, profile=args.profile)
    out_dir = output_folder(args.output)
    name = args.reviewer or default_reviewer_name()
    reviewer = Reviewer(name=name, initials=args.initials or default_initials(name))
    annotated_path, report_path = output_paths(args.file, out_dir)
    if not args.report_only:
        from ordreview.export.table_bill import export_table_bill_annotated

        written = export_table_bill_annotated(source=args.file, cells=tr.cells, findings=cell_findings(tr),
                                              ordinance=tr.review.ordinance, reviewer=reviewer, path=annotated_path)
        out.msg(WRITTEN, path=str(written))
    if not args.annotated_only:
        from ordreview.export.report import export_report

        findings = []
        for f in tr.table_findings:
            column = COLUMN[f.location.column or "new"]
            ja, en = render(CELL_PREFIX, row=f.location.table_row, column=column[0], column_en=column[1])
            findings.append(replace(f, message_ja=ja + f.message_ja, message_en=en + f.message_en))
        report_review = replace(tr.review, findings=(*findings, *tr.review.findings))
        written = export_report(review=report_review, annotations={}, reviewer=reviewer, path=report_path,
                                municipality=args.municipality or "", statute_first=args.statute_first)
        out.msg(WRITTEN, path=str(written))
        text = tr.check.consolidation.text
        text_path = out_dir / (Path(args.file).stem + CONSOLIDATED_SUFFIX)
        _write(str(text_path), text if text.endswith("\n") else text + "\n")
        out.msg(WRITTEN, path=str(text_path))
    return 0

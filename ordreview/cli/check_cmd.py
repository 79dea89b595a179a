"""``ordreview check FILE [--profile ID|PATH] [--json]``: review one draft.

Human output: a coverage line per point (A, B, C and O, the other checks), a line counting
the findings by severity (誤り / 注意 / 参考, the exports' labels), then the findings in document
order (severity mark, where, message, statute). ``--json`` prints the object documented in
``docs/check-json.md``. Exit code 0 when no finding has severity ``error``, 1 when some
do, 2 when the draft or the profile cannot be read. With ``--current CURRENT``, FILE is a
改め文 bill: it is applied to CURRENT and the consolidated text reviewed (``run_bill``); or a
新旧対照表 bill (a Word table headed 改正後/改正前, told by its headers): its cells are checked,
its 改正後 column merged into CURRENT and the result reviewed (``run_table_bill``).
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from ordreview.cli.common import Output
from ordreview.core.english import count
from ordreview.core.messages import define, render
from ordreview.export.labels import POINT_TITLES, SEVERITIES, SEVERITY_LABEL, severity_counts

HELP = define(
    "cli.check.help",
    ja="条例案を基本方針のチェックリストに照らして審査する",
    en="review a draft against the Basic Policy checklist",
)
HEADER = define(
    "cli.check.header",
    ja="{title}（プロファイル: {profile} {version}）",
    en="{title} (profile: {profile} {version})",
)
POINT_LINE = define(
    "cli.check.point",
    ja="{point} {label}: 充足 {covered} / 一部 {partial} / 欠落 {missing} / 対象外 {not_applicable}",
    en="{point} {label}: covered {covered} / partial {partial} / missing {missing} / n/a {not_applicable}",
)
TOTALS = define(
    "cli.check.totals",
    ja="指摘 {total} 件（{counts}）",
    en="{total_en} ({counts})",
)
OTHER_POINT = define("cli.check.point_other", ja="その他の確認事項", en="other checks")
POINTS = (("A", "A"), ("B", "B"), ("C", "C"), ("O", "other"))
"""(letter shown, key of ``coverage_summary``) of each coverage line."""
ACT_POINT = define("cli.check.point_act", ja="法施行条例の確認事項", en="implementing-ordinance checks")
ACT_POINTS = (("P", "other"),)
"""The one coverage line of a profile without points A–C (the post-2023 profile's P items)."""
STATUTE = define("cli.check.statute", ja="根拠: {statute}", en="Statute: {statute}")
WHOLE = define("cli.check.whole", ja="全体", en="whole draft")
NONE = define("cli.check.none", ja="指摘はありません。", en="No findings.")

MARKS = {"error": "✖", "warning": "▲", "info": "・"}
LINE_BREAK = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*")


def one_line(text: str) -> str:
    """``text`` with each line break (and the indentation around it) shown as ``↵``.

    A message quoting the draft across a paragraph end would otherwise break the listing.
    """
    return LINE_BREAK.sub("↵", text)


def add_parser(subparsers: Any) -> None:
    """Register the ``check`` subcommand."""
    ja, en = render(HELP)
    # the usage is written out so that it stays on one line (argparse wraps it at 80 columns)
    p = subparsers.add_parser("check", help=f"{ja} / {en}",
                              usage="ordreview check [-h] [--profile ID|PATH] [--json] [--current CURRENT] file")
    p.add_argument("file", help="draft: .docx, .txt or .html")
    p.add_argument("--profile", default=None,
                   help="profile id or path (default: chosen from the draft — kojin-joho-2023 for an ordinance "
                        "implementing the Act since 2023, else basic-policy-2016; 'auto' says so explicitly)")
    p.add_argument("--json", action="store_true", help="print the JSON object (docs/check-json.md)")
    p.add_argument("--current", default=None,
                   help="FILE is an amendment bill (改め文, or a 新旧対照表 in Word); CURRENT is the ordinance in force it amends")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: Output) -> int:
    """Review ``args.file``; exit 0 (no error finding), 1 (error findings) or 2 (unreadable)."""
    from ordreview.core.choose import choose_profile, is_auto
    from ordreview.core.parse import load_ordinance
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance, review_to_json

    requested = None if is_auto(args.profile) else load_profile(args.profile)  # a bad profile fails first
    if getattr(args, "current", None):  # a bill: reviewed as consolidated, with the current ordinance's profile
        from ordreview.core.amend.tablereview import is_table_bill

        if is_table_bill(args.file):  # a 新旧対照表 bill, told by its table headers
            return run_table_bill(args, out, requested or choose_profile(load_ordinance(args.current)).profile)
        return run_bill(args, out, requested or choose_profile(load_ordinance(args.current)).profile)
    ordinance = load_ordinance(args.file)
    choice = choose_profile(ordinance, requested)
    review = review_ordinance(ordinance, choice.profile, index=choice.index)  # the index is built once
    if args.json:
        data = review_to_json(review)
        data["profile"]["choice"] = choice.to_json()
        out.json(data)
    else:
        print_review(review, out, choice=choice)
    return 1 if any(f.severity == "error" for f in review.findings) else 0


def run_bill(args: argparse.Namespace, out: Output, profile: Any) -> int:
    """``check BILL --current CURRENT``: consolidate the bill, review the result, report both."""
    from ordreview.cli.consolidate_cmd import print_bill_review
    from ordreview.core.amend.billreview import bill_review_to_json, review_bill

    br = review_bill(args.file, args.current, profile=profile)
    if args.json:
        out.json(bill_review_to_json(br))
    else:
        print_bill_review(br, out)
    return 1 if any(f.severity == "error" for f in br.findings) else 0


TABLE_HEADER = define(
    "cli.check.table_header",
    ja="新旧対照表: {rows} 行、傍線等の指摘 {findings} 件、反映できなかった行 {failed} 件（現行: {current}）",
    en="Comparison table: {rows_en}, {findings_en} on its cells, {failed_en} not merged (in force: {current})",
)
TABLE_CELL = define(
    "cli.check.table_cell",
    ja="{mark} 表{row}行目・{column}欄: {message}",
    en="{mark} row {row}, {column} column: {message}",
)
TABLE_SUPPL = define(
    "cli.check.table_suppl",
    ja="{mark} 附則: {message}",
    en="{mark} supplementary provisions: {message}",
)


def run_table_bill(args: argparse.Namespace, out: Output, profile: Any) -> int:
    """``check BILL --current CURRENT`` for a 新旧対照表 bill: the cells' findings, then the
    review of the 改正後 column merged into CURRENT."""
    from ordreview.core.amend.tablereview import review_table_bill, table_bill_review_to_json

    tr = review_table_bill(args.file, args.current, profile=profile)
    if args.json:
        out.json(table_bill_review_to_json(tr))
    else:
        ja = out.lang == "ja"
        out.msg(TABLE_HEADER, rows=len(tr.rows), findings=len(tr.table_findings),
                failed=len(tr.check.consolidation.failures), current=tr.current_path,
                rows_en=count(len(tr.rows), "row"), findings_en=count(len(tr.table_findings), "finding"),
                failed_en=count(len(tr.check.consolidation.failures), "row"))
        for f in tr.table_findings:
            column = {"new": ("改正後", "new"), "old": ("改正前", "old")}[f.location.column or "new"]
            line = render(TABLE_CELL, mark=MARKS.get(f.severity, "・"), row=f.location.table_row,
                          column=column[0] if ja else column[1], message=one_line(f.message_ja if ja else f.message_en))
            out.line(line[0 if ja else 1])
        for f in tr.suppl_findings:
            line = render(TABLE_SUPPL, mark=MARKS.get(f.severity, "・"),
                          message=one_line(f.message_ja if ja else f.message_en))
            out.line(line[0 if ja else 1])
        out.line()
        print_review(_with_rows(tr), out)
    return 1 if any(f.severity == "error" for f in tr.findings) else 0


def _with_rows(tr: Any) -> Any:
    """The consolidated review with each finding on a provision a row wrote prefixed
    「（表N行目・改正後欄）」, so that the officer finds the row in the bill."""
    from dataclasses import replace

    from ordreview.cli.table_bill_cmd import CELL_PREFIX, COLUMN
    from ordreview.core.amend.combined import prefixed

    findings = []
    for f in tr.review.findings:
        row = tr.row_of.get(f.id)
        if row is not None:
            f = prefixed(f, CELL_PREFIX, row=row, column=COLUMN["new"][0], column_en=COLUMN["new"][1])
        findings.append(f)
    return replace(tr.review, findings=tuple(findings))


def print_review(review: Any, out: Output, *, choice: Any = None) -> None:
    """The human-readable report of one review (with the line saying which profile was chosen
    and why, when ``choice`` is given)."""
    from ordreview.core.labels import shown_label, shown_message
    from ordreview.core.review import coverage_summary

    ja = out.lang == "ja"
    title = review.ordinance.title or review.ordinance.document.source.path
    out.msg(HEADER, title=title, profile=review.profile_id, version=review.profile_version)
    if choice is not None:
        out.line(choice.line()[0 if ja else 1])
    summary = coverage_summary(review)
    points = POINTS if any(k in summary for k in ("A", "B", "C")) else ACT_POINTS
    for point, key in points:
        counts = summary.get(key, {"covered": 0, "partial": 0, "missing": 0, "not_applicable": 0})
        label = (POINT_TITLES[point][0 if ja else 1] if point in POINT_TITLES
                 else render(ACT_POINT if point == "P" else OTHER_POINT)[0 if ja else 1])
        out.msg(POINT_LINE, point=point, label=label, **counts)
    out.line(totals_line(review.findings, ja=ja))
    out.line()
    if not review.findings:
        out.msg(NONE)
        return
    whole = render(WHOLE)[0 if ja else 1]
    for f in review.findings:
        where = shown_label(f.location, review.ordinance) or whole  # the one label the window and the exports show
        if not ja and where == "全体":
            where = whole
        rid = f" [{f.requirement}]" if f.requirement else ""
        message = one_line(shown_message(f.message_ja, review.ordinance) if ja else f.message_en)
        out.line(f"{MARKS.get(f.severity, '・')} {where}{rid} {message}")
        if f.statute:
            out.line("    " + render(STATUTE, statute=f.statute)[0 if ja else 1])


def totals_line(findings: Any, *, ja: bool) -> str:
    """``指摘 18 件（誤り 4 / 注意 10 / 参考 4）`` (``18 findings (Error 4 / Warning 10 / Note 4)``)."""
    findings = list(findings)
    counts = severity_counts(findings)
    side = 0 if ja else 1
    parts = " / ".join(f"{render(SEVERITY_LABEL[s])[side]} {counts[s]}" for s in SEVERITIES)
    return render(TOTALS, total=len(findings), total_en=count(len(findings), "finding"), counts=parts)[side]

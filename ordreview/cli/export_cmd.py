"""``ordreview export FILE -o OUT``: the annotated draft and the review report as Word files.

Runs the review, takes the officer's statuses and comments from the store when this exact
file (same sha256) was reviewed and saved before, and writes into the folder OUT:

- ``<stem>_review-annotated.docx``: the draft with one Word comment per finding;
- ``<stem>_review-report.docx``: the review report with the 対照表.

The source draft is never written to, even when OUT is its own folder. With ``--current``,
FILE is a 改め文 bill: see ``consolidate_cmd.export_bill``.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from ordreview.cli.common import Output
from ordreview.core.english import count
from ordreview.core.messages import define

log = logging.getLogger(__name__)

WRITTEN = define("cli.export.written", ja="書き出しました: {path}", en="Written: {path}")
ANNOTATIONS_USED = define(
    "cli.export.annotations",
    ja="保存済みのレビュー（ID {review_id}）から確認状況とコメント {count} 件を反映しました。",
    en="Included the statuses and comments of {count_en} from the saved review (id {review_id}).",
)
STORE_SKIPPED = define(
    "cli.export.store_skipped",
    ja="レビューデータベースを読めないため、確認状況とコメントなしで書き出します: {reason}",
    en="The review database could not be read; exporting without statuses and comments: {reason}",
)
OUT_DIR_FAILED = define(
    "export.out_dir_failed",
    ja="出力先フォルダを作成できませんでした: {path}（{reason_ja}）",
    en="Could not create the output folder: {path} ({reason_en})",
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``export`` subcommand."""
    p = subparsers.add_parser(
        "export",
        help="注釈付き条例案と審査報告書（Word）を書き出す / export the annotated draft and the report",
        description="条例案を審査し、Wordコメント付きの条例案と対照表付きの審査報告書を書き出します。"
        " / Review the draft and write the commented draft and the report with comparison tables.",
    )
    p.add_argument("file", metavar="FILE", help="条例案 (.docx / .txt / .html / .pdf)")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="出力先フォルダ / output folder")
    only = p.add_mutually_exclusive_group()
    only.add_argument("--report-only", action="store_true", help="審査報告書だけ / only the report")
    only.add_argument("--annotated-only", action="store_true", help="注釈付き条例案だけ / only the annotated draft")
    p.add_argument(
        "--suggest-changes",
        action="store_true",
        help="修正案を変更履歴として挿入 / insert suggested wordings as tracked changes",
    )
    p.add_argument("--reviewer", metavar="NAME",
                   help="コメントの作成者（既定: 画面の出力で設定した名前） / comment author (default: the name set at export in the window)")
    p.add_argument("--initials", metavar="XX", help="作成者のイニシャル / author initials")
    p.add_argument("--municipality", metavar="NAME", help="団体名（報告書の表紙） / municipality on the cover")
    p.add_argument("--info", dest="include_info", action=argparse.BooleanOptionalAction, default=None,
                   help="参考の指摘を含める（--no-info で除く。既定: 設定に従う） / include info findings (default: as set)")
    p.add_argument(
        "--statute-first",
        action="store_true",
        help="対照表で法の欄を左に置く / put the statute column first in the comparison tables",
    )
    p.add_argument("--profile", metavar="ID|PATH", help="審査基準プロファイル / review profile")
    p.add_argument("--current", metavar="CURRENT",
                   help="FILE は一部改正条例案（改め文又は新旧対照表）、CURRENT は現行条例 / FILE is an amendment bill (改め文 or 新旧対照表), CURRENT the ordinance in force")
    p.set_defaults(run=run)


def default_reviewer_name() -> str:
    """``ORDREVIEW_REVIEWER``, else the name saved at export in the window, else 「レビュー担当」.

    Never the operating system's user name: the comments are signed as the officer chose."""
    from ordreview.preferences import DEFAULT_REVIEWER, load_preferences

    name = os.environ.get("ORDREVIEW_REVIEWER", "").strip()
    return name or load_preferences().reviewer_name or DEFAULT_REVIEWER


def default_initials(name: str) -> str:
    """The saved initials when ``name`` is the saved reviewer, else derived from ``name``."""
    from ordreview.preferences import load_preferences

    prefs = load_preferences()
    if prefs.reviewer_initials and name == prefs.reviewer_name:
        return prefs.reviewer_initials
    return initials_of(name)


def initials_of(name: str) -> str:
    """Initials for a name: first letter of each word (upper case), at most three; 山田 太郎 → 山太."""
    from ordreview.preferences import initials_of as initials

    return initials(name)


def stored_annotations(sha256: str, out: Output) -> tuple[Mapping, str, tuple]:
    """Annotations, municipality and the earlier revision's findings this draft no longer raises
    (``obsolete``) of the newest saved review of this file; empty if none.

    The store is only opened when a database exists (``ORDREVIEW_DB_URL`` or the default
    SQLite file), so exporting never creates an empty database as a side effect.
    """
    from ordreview import paths
    from ordreview.core.errors import StoreError

    if not os.environ.get("ORDREVIEW_DB_URL") and not paths.default_db_path().exists():
        return {}, "", ()
    try:
        from ordreview.store import open_store

        store = open_store()
    except StoreError as err:
        out.msg(STORE_SKIPPED, reason=err.message_ja if out.lang == "ja" else err.message_en)
        return {}, "", ()
    try:
        review_id = store.find_review_for(sha256)
        if review_id is None:
            return {}, "", ()
        annotations = store.annotations(review_id)
        municipality = getattr(store.review_summary(review_id), "municipality", "") or ""
        earlier = tuple(r.finding for r in store.load_review_rows(review_id) if r.state == "obsolete")
        out.msg(ANNOTATIONS_USED, review_id=review_id, count=len(annotations), count_en=count(len(annotations), "finding"))
        return annotations, municipality, earlier
    except StoreError as err:
        out.msg(STORE_SKIPPED, reason=err.message_ja if out.lang == "ja" else err.message_en)
        return {}, "", ()
    finally:
        store.close()


def output_folder(path: str) -> Path:
    """The export folder ``path``, made if missing; an ``ExportError`` naming why it cannot be."""
    from ordreview.core.errors import ExportError

    out_dir = Path(path)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        from ordreview.export.atomic import os_error_cause

        reason_ja, reason_en = os_error_cause(err)
        raise ExportError(OUT_DIR_FAILED, path=str(out_dir), reason_ja=reason_ja, reason_en=reason_en) from err
    return out_dir


def run(args: argparse.Namespace, out: Output) -> int:
    """Review FILE and write the requested Word files into OUT; exit code 0."""
    from ordreview.core.model import Reviewer
    from ordreview.export.names import output_paths

    if getattr(args, "current", None):
        from ordreview.cli.consolidate_cmd import export_bill

        return export_bill(args, out)
    source = Path(args.file)
    from ordreview.core.choose import choose_profile, is_auto
    from ordreview.core.parse import load_ordinance
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance

    requested = None if is_auto(args.profile) else load_profile(args.profile)
    ordinance = load_ordinance(source)
    choice = choose_profile(ordinance, requested)  # the draft's own profile unless one is named
    review = review_ordinance(ordinance, choice.profile)
    out_dir = output_folder(args.output)
    annotations, stored_municipality, earlier = stored_annotations(review.ordinance.document.source.sha256, out)
    from ordreview.export.selection import for_export
    from ordreview.preferences import load_preferences

    prefs = load_preferences()
    name = args.reviewer or default_reviewer_name()
    reviewer = Reviewer(name=name, initials=args.initials or default_initials(name))
    include_info = prefs.include_info if getattr(args, "include_info", None) is None else args.include_info
    review = for_export(review, include_info=include_info)
    annotated_path, report_path = output_paths(source, out_dir)
    if not args.report_only:
        from ordreview.export.annotate import export_annotated

        written = export_annotated(
            review=review,
            annotations=annotations,
            reviewer=reviewer,
            path=annotated_path,
            suggest_changes=args.suggest_changes,
        )
        out.msg(WRITTEN, path=str(written))
    if not args.annotated_only:
        from ordreview.export.report import export_report

        written = export_report(
            review=review,
            annotations=annotations,
            reviewer=reviewer,
            path=report_path,
            municipality=args.municipality or stored_municipality or prefs.municipality,
            statute_first=args.statute_first,
            earlier=earlier,
        )
        out.msg(WRITTEN, path=str(written))
    print(choice.line()[0 if out.lang == "ja" else 1], file=out.stderr)  # which profile and why (stdout: the files)
    return 0

"""``ordreview batch DIR [--csv OUT] [--json] [--jobs N] [--profile ID|PATH]``: review many drafts.

Every draft under ``DIR`` (recursively: .txt, .docx, .html, .htm) is reviewed in parallel
processes (``ProcessPoolExecutor``, 2 workers by default). A plain-text progress bar goes to
stderr. The result is a coverage matrix (draft × requirement: covered / partial / missing /
n/a) with finding counts per severity; drafts that cannot be read are listed with their
bilingual reason and never abort the batch. Exit code: 0 when every readable draft has no
error finding, 1 otherwise, 2 when ``DIR`` is not a folder or holds no draft.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ordreview.cli.common import Output
from ordreview.core.errors import OrdreviewError
from ordreview.core.messages import define, render

HELP = define(
    "cli.batch.help",
    ja="フォルダ内の条例案をまとめて審査し、充足状況の一覧を作る",
    en="review every draft in a folder and build a coverage matrix",
)
NOT_DIR = define("cli.batch.not_dir", ja="フォルダではありません: {path}", en="Not a folder: {path}")
EMPTY = define(
    "cli.batch.empty",
    ja="審査できるファイル（.txt .docx .html .htm）がありません: {path}",
    en="No draft (.txt .docx .html .htm) found in: {path}",
)
SUMMARY = define(
    "cli.batch.summary",
    ja="{done}件を審査（読めないファイル {failed}件）。誤りのある案 {with_errors}件。",
    en="{done} drafts reviewed ({failed} unreadable); {with_errors} with errors.",
)
FAILED = define("cli.batch.failed", ja="読めません: {path}", en="Unreadable: {path}")
CSV_WRITTEN = define("cli.batch.csv", ja="一覧を書き出しました: {path}", en="Matrix written to: {path}")

EXTENSIONS = (".txt", ".docx", ".html", ".htm", ".pdf")
CELL = {"covered": "covered", "partial": "partial", "missing": "missing", "not_applicable": "n/a"}


@dataclass
class DraftResult:
    """One draft's outcome, as a worker returns it (plain values only: it crosses processes)."""

    path: str
    ok: bool
    title: str = ""
    coverage: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    error_ja: str = ""
    error_en: str = ""


def add_parser(subparsers: Any) -> None:
    """Register the ``batch`` subcommand."""
    ja, en = render(HELP)
    p = subparsers.add_parser("batch", help=f"{ja} / {en}")
    p.add_argument("dir", help="folder of drafts (searched recursively)")
    p.add_argument("--csv", dest="csv_out", default=None, help="write the coverage matrix as CSV (UTF-8 with BOM)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--profile", default=None, help="profile id or path (default: basic-policy-2016)")
    p.set_defaults(run=run)


def find_drafts(folder: Path) -> list[Path]:
    """Every draft file under ``folder``, sorted, hidden and Office lock files skipped."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith((".", "~$")):
                continue
            if name.lower().endswith(EXTENSIONS):
                out.append(Path(root) / name)
    return out


def review_one(path: str, profile_ref: str | None) -> DraftResult:
    """Review one draft (runs in a worker process); never raises for bad input."""
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_file
    from ordreview.export.labels import severity_counts

    try:
        review = review_file(path, profile=load_profile(profile_ref))
    except OrdreviewError as err:
        return DraftResult(path, False, error_ja=err.message_ja, error_en=err.message_en)
    except Exception as err:  # a crash on one draft must not abort the batch
        return DraftResult(path, False, error_ja=f"内部エラー（{type(err).__name__}）", error_en=f"internal error ({type(err).__name__})")
    counts = severity_counts(review.findings)
    return DraftResult(
        path,
        True,
        title=review.ordinance.title,
        coverage={c.requirement: c.status for c in review.coverage},
        counts=counts,
    )


def _progress(done: int, total: int, stream: Any) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def run_batch(paths: list[Path], *, profile_ref: str | None, jobs: int, progress: Any = None) -> list[DraftResult]:
    """Review ``paths`` with ``jobs`` processes (1: in this process); results in input order."""
    results: dict[str, DraftResult] = {}
    total = len(paths)
    if jobs <= 1:
        for i, p in enumerate(paths, start=1):
            results[str(p)] = review_one(str(p), profile_ref)
            if progress is not None:
                _progress(i, total, progress)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(review_one, str(p), profile_ref): str(p) for p in paths}
            for i, fut in enumerate(as_completed(futures), start=1):
                results[futures[fut]] = fut.result()
                if progress is not None:
                    _progress(i, total, progress)
    return [results[str(p)] for p in paths]


def matrix_rows(results: list[DraftResult], requirement_ids: list[str], *, root: Path) -> list[list[str]]:
    """Header + one row per readable draft: path, title, cells, error/warning/info counts."""
    rows = [["path", "title", *requirement_ids, "errors", "warnings", "info"]]
    for r in results:
        if not r.ok:
            continue
        rel = os.path.relpath(r.path, root)
        cells = [CELL.get(r.coverage.get(rid, ""), "") for rid in requirement_ids]
        rows.append([rel, r.title, *cells, str(r.counts["error"]), str(r.counts["warning"]), str(r.counts["info"])])
    return rows


def run(args: argparse.Namespace, out: Output) -> int:
    """Review every draft under ``args.dir``; exit 0, 1 (error findings) or 2 (no drafts)."""
    from ordreview.core.profile import load_profile

    folder = Path(args.dir)
    if not folder.is_dir():
        ja, en = render(NOT_DIR, path=str(folder))
        print(f"エラー: {ja}\nError: {en}", file=out.stderr)
        return 2
    profile = load_profile(args.profile)  # fail early, with a clear message, on a bad profile
    paths = find_drafts(folder)
    if not paths:
        ja, en = render(EMPTY, path=str(folder))
        print(f"エラー: {ja}\nError: {en}", file=out.stderr)
        return 2
    results = run_batch(paths, profile_ref=args.profile, jobs=max(1, args.jobs), progress=out.stderr)
    rids = [r.id for r in profile.requirements]
    rows = matrix_rows(results, rids, root=folder)
    failed = [r for r in results if not r.ok]
    with_errors = sum(1 for r in results if r.ok and r.counts["error"])
    if args.csv_out:
        target = Path(args.csv_out)
        tmp = target.with_name(target.name + ".tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
        os.replace(tmp, target)
    if args.json:
        out.json(
            {
                "profile": {"id": profile.id, "version": profile.version},
                "requirements": rids,
                "drafts": [
                    {"path": os.path.relpath(r.path, folder), "title": r.title,
                     "coverage": {k: CELL[v] for k, v in r.coverage.items()}, "findings": r.counts}
                    for r in results if r.ok
                ],
                "unreadable": [
                    {"path": os.path.relpath(r.path, folder), "message_ja": r.error_ja, "message_en": r.error_en}
                    for r in failed
                ],
            }
        )
    else:
        if not args.csv_out:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerows(rows)
            out.stdout.write(buf.getvalue())  # type: ignore[union-attr]
        else:
            out.msg(CSV_WRITTEN, path=args.csv_out)
        for r in failed:
            out.msg(FAILED, path=os.path.relpath(r.path, folder))
            out.line(f"  {r.error_ja}")
            out.line(f"  {r.error_en}")
        out.msg(SUMMARY, done=len(results) - len(failed), failed=len(failed), with_errors=with_errors)
    return 1 if with_errors else 0

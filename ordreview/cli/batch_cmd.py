"""``ordreview batch DIR [--csv OUT] [--json] [--jobs N] [--profile ID|PATH]``: review many drafts.

Every draft under ``DIR`` (recursively: .txt, .docx, .html, .htm) is reviewed in parallel
processes (2 at once by default), each draft in its own process with its own time and memory
limit, so that one hostile or broken draft is reported as such and never holds the others. A plain-text progress bar goes to
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ordreview.cli.common import Output
from ordreview.core.errors import OrdreviewError
from ordreview.core.english import count
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
    en="{done_en} reviewed ({failed} unreadable); {with_errors} with errors.",
)
LIMIT_TIME = define(
    "cli.batch.limit_time",
    ja="審査が制限時間（{seconds} 秒）を超えたため中止しました。この案だけを個別に審査してください",
    en="The review exceeded its time limit ({seconds} s) and was stopped; review this draft on its own",
)
LIMIT_MEMORY = define(
    "cli.batch.limit_memory",
    ja="審査がメモリの上限（{memory}）を超えたか、異常終了しました。この案だけを個別に審査してください",
    en="The review exceeded its memory limit ({memory}) or ended abnormally; review this draft on its own",
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
    profile_id: str = ""
    profile_reason_ja: str = ""
    profile_reason_en: str = ""
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
    p.add_argument("--profile", default=None,
                   help="profile id or path for every draft (default: each draft's own, chosen from its text)")
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
    from ordreview.core.choose import choose_profile, is_auto
    from ordreview.core.parse import load_ordinance
    from ordreview.core.profile import load_profile
    from ordreview.core.review import review_ordinance
    from ordreview.export.labels import severity_counts

    try:
        requested = None if is_auto(profile_ref) else load_profile(profile_ref)
        ordinance = load_ordinance(path)
        choice = choose_profile(ordinance, requested)  # a mixed folder: each draft its own profile
        review = review_ordinance(ordinance, choice.profile)
    except OrdreviewError as err:
        return DraftResult(path, False, error_ja=err.message_ja, error_en=err.message_en)
    except MemoryError:  # over the worker's memory limit: reported as such by the worker
        raise
    except Exception as err:  # a crash on one draft must not abort the batch
        return DraftResult(path, False, error_ja=f"内部エラー（{type(err).__name__}）", error_en=f"internal error ({type(err).__name__})")
    counts = severity_counts(review.findings)
    return DraftResult(
        path,
        True,
        title=review.ordinance.title,
        coverage={c.requirement: c.status for c in review.coverage},
        counts=counts,
        profile_id=choice.profile.id,
        profile_reason_ja=choice.reason_ja,
        profile_reason_en=choice.reason_en,
    )


def _progress(done: int, total: int, stream: Any) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


DRAFT_SECONDS = 120.0
"""Wall-clock time one draft may take in a batch before it is stopped and reported (a
5,000-article draft takes about 10 s on an office PC)."""
DRAFT_MEMORY = 1024 * 1024 * 1024
"""Address space one draft's review may add to its worker's (POSIX; Windows has no such
per-process cap)."""


def _limited_child(path: str, profile_ref: str | None, memory: int, conn: Any) -> None:
    """A worker process: cap its memory, review one draft, send the result back, exit."""
    try:
        import resource

        try:  # what the worker maps already (a forked copy of its parent), on Linux
            with open("/proc/self/statm", encoding="ascii") as fh:
                base = int(fh.read().split()[0]) * resource.getpagesize()
        except (OSError, ValueError, IndexError):
            base = 0
        resource.setrlimit(resource.RLIMIT_AS, (base + memory, base + memory))
    except (ImportError, ValueError, OSError):
        pass
    try:
        result = review_one(path, profile_ref)
    except MemoryError:
        result = _over(path, LIMIT_MEMORY, memory=memory)
    try:
        conn.send(result)
    finally:
        conn.close()


def _over(path: str, code: str, seconds: float = DRAFT_SECONDS, memory: int = DRAFT_MEMORY) -> DraftResult:
    ja, en = render(code, seconds=f"{seconds:g}", memory=f"{memory // 1024**2:,} MB")
    return DraftResult(path, False, error_ja=ja, error_en=en)


def run_batch(paths: list[Path], *, profile_ref: str | None, jobs: int, progress: Any = None,
              seconds: float | None = None, memory: int | None = None) -> list[DraftResult]:
    """Review ``paths``, each in its own process with its own time and memory limit.

    At most ``jobs`` run at once. A draft over ``seconds`` (default ``DRAFT_SECONDS``) is
    stopped; one over ``memory`` (default ``DRAFT_MEMORY``) fails in its own process. Either
    is reported for that draft alone (``cli.batch.limit_*``) and the others go on. Results in
    input order.
    """
    import multiprocessing
    import time

    seconds = DRAFT_SECONDS if seconds is None else seconds
    memory = DRAFT_MEMORY if memory is None else memory
    ctx = multiprocessing.get_context()
    results: dict[str, DraftResult] = {}
    total, done = len(paths), 0
    waiting = [str(p) for p in paths]
    running: dict[str, tuple[Any, Any, float]] = {}  # path → (process, connection, deadline)
    while waiting or running:
        while waiting and len(running) < max(1, jobs):
            path = waiting.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_limited_child, args=(path, profile_ref, memory, child), daemon=True)
            proc.start()
            child.close()
            running[path] = (proc, parent, time.monotonic() + seconds)
        finished: list[str] = []
        for path, (proc, conn, deadline) in running.items():
            result: DraftResult | None = None
            if conn.poll(0.05):
                try:
                    result = conn.recv()
                except (EOFError, OSError):  # the worker died (killed for memory, crashed)
                    result = _over(path, LIMIT_MEMORY, seconds, memory)
            elif not proc.is_alive():
                result = _over(path, LIMIT_MEMORY, seconds, memory)
            elif time.monotonic() > deadline:
                proc.kill()
                result = _over(path, LIMIT_TIME, seconds, memory)
            if result is not None:
                proc.join(5)
                conn.close()
                results[path] = result
                finished.append(path)
        for path in finished:
            del running[path]
            done += 1
            if progress is not None:
                _progress(done, total, progress)
    return [results[str(p)] for p in paths]


def requirement_columns(profile: Any, results: list[DraftResult]) -> list[str]:
    """The matrix's requirement columns: those of every profile the drafts were reviewed with
    (``profile``, the one asked for or the default, first when used), in order."""
    from ordreview.core.profile import load_profile

    used = list(dict.fromkeys(r.profile_id for r in results if r.ok and r.profile_id))
    first = [profile.id] if profile.id in used or not used else []
    rids: list[str] = []
    for pid in first + [p for p in used if p != profile.id]:
        prof = profile if pid == profile.id else load_profile(pid)
        rids += [r.id for r in prof.requirements if r.id not in rids]
    return rids


def matrix_rows(results: list[DraftResult], requirement_ids: list[str], *, root: Path) -> list[list[str]]:
    """Header + one row per readable draft: path, title, cells, error/warning/info counts."""
    rows = [["path", "title", *requirement_ids, "profile", "errors", "warnings", "info"]]
    for r in results:
        if not r.ok:
            continue
        rel = os.path.relpath(r.path, root)
        cells = [CELL.get(r.coverage.get(rid, ""), "") for rid in requirement_ids]
        rows.append([rel, r.title, *cells, r.profile_id, str(r.counts["error"]), str(r.counts["warning"]),
                     str(r.counts["info"])])
    return rows


def run(args: argparse.Namespace, out: Output) -> int:
    """Review every draft under ``args.dir``; exit 0, 1 (error findings) or 2 (no drafts)."""
    from ordreview.core.profile import load_profile

    folder = Path(args.dir)
    if not folder.is_dir():
        ja, en = render(NOT_DIR, path=str(folder))
        print(f"エラー: {ja}\nError: {en}", file=out.stderr)
        return 2
    from ordreview.core.choose import is_auto

    profile = load_profile(None if is_auto(args.profile) else args.profile)  # a bad profile fails early
    paths = find_drafts(folder)
    if not paths:
        ja, en = render(EMPTY, path=str(folder))
        print(f"エラー: {ja}\nError: {en}", file=out.stderr)
        return 2
    results = run_batch(paths, profile_ref=args.profile, jobs=max(1, args.jobs), progress=out.stderr)
    rids = requirement_columns(profile, results)
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
                     "coverage": {k: CELL[v] for k, v in r.coverage.items()}, "findings": r.counts,
                     "profile": {"id": r.profile_id, "reason_ja": r.profile_reason_ja,
                                 "reason_en": r.profile_reason_en}}
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
        out.msg(SUMMARY, done=len(results) - len(failed), failed=len(failed), with_errors=with_errors,
                done_en=count(len(results) - len(failed), "draft"))
    return 1 if with_errors else 0

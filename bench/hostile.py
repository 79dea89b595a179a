"""Hostile and huge drafts at full size, each in its own bounded subprocess.

Usage: python bench/hostile.py [--only NAME[,NAME…]] [--kind KIND] [--fast] [--json]

Every case of ``bench/hostile_gen.py`` is written to a temporary folder and run as
``python -m ordreview …`` in a subprocess limited to 20 s of CPU time and 2 GiB of address
space (``resource.setrlimit``, POSIX), with a wall-clock backstop of 120 s for a machine under
load. For each case the report gives the CPU time (user + system) and the wall time, the
child's peak resident memory, the exit code and whether stderr holds a traceback (or
"Exception ignored" / "Logging error"); for an export, whether every written .docx opens with
python-docx, the main part found through its relationships, and every comment reference of the
body has its comment. A case passes when it ends within 10 s of CPU time (the budgets: a
5,000-article export 20 s, a batch of 22 drafts 20 s) and 1 GiB with exit
0, 1 or 2, no traceback, and openable output; the script exits 1 if any case fails. A run cut
short fails too: the child runs with ``ORDREVIEW_DEBUG=raise``, so a check rule that fails (a
``MemoryError`` under the address-space limit, say) is exit 3 with its traceback instead of a
``check.rule_failed`` warning, and a batch runs with ``--json`` and fails when a draft was
stopped by the batch's own per-draft limit or crashed in its worker
(``bench.hostile_gen.cut_short``). CPU time is
the bar because wall time on a shared machine measures the other processes as much as this
one; on an idle machine the two agree to within the interpreter's start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hostile_gen import CASES, Case, cut_short  # noqa: E402

HARD_SECONDS = 20  # CPU seconds (RLIMIT_CPU)
WALL_BACKSTOP = 120
HARD_BYTES = 2 * 1024**3
BAR_BYTES = 1024**3
_TRACE_MARKS = ("Traceback (most recent call last)", "Exception ignored", "--- Logging error ---")


def _limit() -> None:  # runs in the child before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (HARD_BYTES, HARD_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (HARD_SECONDS, HARD_SECONDS + 1))


def _check_outputs(out: Path) -> tuple[bool, str]:
    files = sorted(out.glob("*.docx"))
    if not files:
        return True, "no file"
    import docx
    from docx.oxml.ns import qn

    notes = []
    for f in files:
        try:
            d = docx.Document(str(f))  # the main part through the relationships, as Word does
            with zipfile.ZipFile(f) as z:
                has_comments = any(n.lower().endswith("comments.xml") for n in z.namelist())
            refs = [el.get(qn("w:id")) for el in d.element.body.iter(qn("w:commentReference"))]
            ids = {el.get(qn("w:id")) for el in d.comments._comments_elm.iterchildren(qn("w:comment"))}
            n_comments = len(ids)
        except Exception as exc:  # noqa: BLE001 - a report, not a handler
            return False, f"{f.name}: {type(exc).__name__}: {exc}"
        if "annotated" in f.name or "注釈" in f.name:
            if not has_comments or not refs or not set(refs) <= ids:
                return False, f"{f.name}: comments {n_comments}, references {len(refs)}"
        notes.append(f"{f.name[:20]}… ok ({n_comments} comments)")
    return True, "; ".join(notes)


def _cut_short(stdout: bytes) -> list[dict]:
    try:
        data = json.loads(stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return [{"path": "-", "message_en": "batch --json printed no JSON"}]
    return cut_short(data)


def run_case(c: Case, *, full: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="ordreview-hostile-") as tmp:
        folder = Path(tmp)
        out = folder / "out"
        out.mkdir()
        args = [a.replace("{out}", str(out)) for a in c.build(folder, full)]
        if args[0] == "batch":
            args.append("--json")  # each draft's outcome, for cut_short
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                   ORDREVIEW_HOME=str(folder / "home"), ORDREVIEW_DEBUG="raise")
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "ordreview", *args], cwd=folder, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_limit,
        )
        try:
            stdout, stderr = proc.communicate(timeout=WALL_BACKSTOP)
            timed_out = False
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
            timed_out = True
        seconds = time.perf_counter() - start
        import resource

        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak = usage.ru_maxrss * 1024
        cpu = usage.ru_utime + usage.ru_stime
        err = stderr.decode("utf-8", "replace")
        traceback = any(m in err for m in _TRACE_MARKS)
        ok_out, out_note = _check_outputs(out) if args[0] == "export" and not timed_out else (True, "")
        code = proc.returncode
        stopped = _cut_short(stdout) if args[0] == "batch" and code in (0, 1) else []
        if stopped:
            out_note = "cut short: " + "; ".join(f"{u['path']}: {u['message_en']}" for u in stopped)
        passed = (not timed_out and code in (0, 1, 2) and not traceback and ok_out and not stopped
                  and cpu <= c.seconds and peak <= BAR_BYTES)
        return {
            "case": c.name, "kind": c.kind, "command": args[0], "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "peak_mib": round(peak / 1024**2), "exit": None if timed_out else code,
            "traceback": traceback, "output": out_note, "passed": passed,
            "message": err.strip().splitlines()[-1][:160] if err.strip() else "",
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--kind", help="only the cases of this class")
    ap.add_argument("--fast", action="store_true", help="the test suite's sizes")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    ns = ap.parse_args()
    chosen = [c for c in CASES
              if (not ns.only or c.name in ns.only.split(",")) and (not ns.kind or c.kind == ns.kind)]
    rows = []
    for c in chosen:
        if ns.one:
            print(json.dumps(run_case(c, full=not ns.fast), ensure_ascii=False))
            return 0
        # one case per interpreter so that RUSAGE_CHILDREN is that case's peak alone
        res = subprocess.run(
            [sys.executable, __file__, "--only", c.name, "--one"] + (["--fast"] if ns.fast else []),
            capture_output=True, text=True,
        )
        try:
            row = json.loads(res.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            row = {"case": c.name, "kind": c.kind, "passed": False, "message": res.stderr[-300:]}
        rows.append(row)
        if not ns.json:
            flag = "ok  " if row.get("passed") else "FAIL"
            print(f"{flag} {row['case']:<30} {row.get('command', ''):<7} cpu {row.get('cpu_seconds', '-'):>5} s "
                  f"(wall {row.get('seconds', '-'):>6} s) "
                  f"{row.get('peak_mib', '-'):>5} MiB exit {row.get('exit')} "
                  f"{'TRACEBACK ' if row.get('traceback') else ''}{row.get('output', '')[:60]} "
                  f"| {row.get('message', '')[:90]}", flush=True)
    if ns.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0 if all(r.get("passed") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

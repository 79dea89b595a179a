"""Determinism of the review: a document's findings must depend on the document and the profile
only, never on what the same process reviewed before, nor on ``PYTHONHASHSEED``.

The window and ``ordreview batch`` review many documents in one process, and the engine keeps
caches between reviews (compiled patterns, the index of the draft reviewed last, the loaded
profiles). A cache keyed on less than its full input, a mutable default, an ``id()`` key of an
object that was freed, or a set's iteration order that reaches the output would make a finding
come and go with the order of the documents. This bench reviews every document three ways and
compares the findings:

1. **cold**: each document in a process of its own, forked from a process that has imported the
   engine and reviewed nothing (``PYTHONHASHSEED=0``);
2. **warm A**: all documents one after another in one process, in a random order
   (``PYTHONHASHSEED=1``);
3. **warm B**: the same in another random order (``PYTHONHASHSEED=2``).

Every document goes through the command line's own entry point, ``ordreview.cli.main`` with
``--json``, called in-process, as the command for its kind:

- a draft (.txt, .docx, .html, .pdf): ``check FILE``;
- an amendment bill (改め文) with its ordinance in force: ``check BILL --current CURRENT`` (the
  bill applied to the ordinance and the consolidated text reviewed) and also ``check BILL``;
- a 新旧対照表 bill (.docx): ``check BILL --current CURRENT``;
- an ordinance in force and its amended text: ``compare CURRENT AMENDED``.

The documents are every draft and bill under ``fixtures/`` and the development and held-out sets
under ``tests/``, except the fresh held-out sets that nobody may look at (``FRESH``).

A finding is compared by its id, rule, severity, location and message (Japanese and English),
in the order the output gives them. The bench prints each document whose findings differ
between the runs (which run, and the findings present in one and not the other) and exits 1 if
any does, 0 otherwise.

Run from the repository root::

    python bench/determinism.py            # every document (some minutes)
    python bench/determinism.py --quick    # a sample of 40 documents (all kinds)
    python bench/determinism.py --seed 7   # another pair of random orders
    python bench/determinism.py --only bill-yamabuki  # documents whose name contains this
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FRESH = ()
"""Held-out sets kept unseen: never read by this bench."""

OUT = "<OUT>"
"""Stands in a command for the folder it writes into (a new one each run)."""

DRAFT_SUFFIXES = (".txt", ".docx", ".html", ".htm", ".pdf")
QUICK = 40


# --------------------------------------------------------------------------- the documents


def _current_for(bill: Path) -> Path | None:
    """The ordinance in force a bill amends, by the naming of ``fixtures/amend`` and the
    ``cases``/``errors`` folders of the amendment sets."""
    name = bill.name
    if name.endswith(".bill.txt") and bill.parent.name != "errors":  # tests/*amend*/cases/NAME.bill.txt + NAME.current.txt
        cur = bill.with_name(name[: -len(".bill.txt")] + ".current.txt")
        return cur if cur.exists() else None
    if name.endswith(".bill.txt") and bill.parent.name == "errors":  # errors/CASE-defect.bill.txt
        prefix = name.split("-")[0]
        found = sorted((bill.parent.parent / "cases").glob(f"{prefix}*.current.txt"))
        return found[0] if found else None
    if name.startswith("bill-"):  # fixtures/amend/bill-TOWN-….txt + current-TOWN.txt
        town = name[len("bill-"):].split("-")[0]
        cur = bill.with_name(f"current-{town}.txt")
        return cur if cur.exists() else None
    if "-taishohyo" in name and name.endswith(".docx"):  # TOWN-taishohyo….docx + TOWN-current.txt
        cur = bill.with_name(name.split("-taishohyo")[0] + "-current.txt")
        return cur if cur.exists() else None
    return None


def _is_fresh(path: Path) -> bool:
    rel = path.relative_to(ROOT).parts
    return len(rel) > 1 and rel[0] == "tests" and rel[1] in FRESH


def jobs() -> list[tuple[str, list[str]]]:
    """``(name, argv)`` for every document and command, in a fixed order."""
    files: list[Path] = []
    for top in (ROOT / "fixtures", ROOT / "tests"):
        for p in sorted(top.rglob("*")):
            if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES and not _is_fresh(p):
                if p.name.endswith((".expected.txt",)) or p.name == "README.txt":
                    continue
                if "fixtures/tools" in p.as_posix():
                    continue
                files.append(p)
    out: list[tuple[str, list[str]]] = []
    for p in files:
        rel = p.relative_to(ROOT).as_posix()
        current = _current_for(p)
        if current is not None:
            out.append((f"bill {rel}", ["check", rel, "--current", current.relative_to(ROOT).as_posix(), "--json"]))
            if p.suffix == ".txt":
                out.append((f"check {rel}", ["check", rel, "--json"]))
            continue
        if p.name.endswith(".current.txt"):
            amended = p.with_name(p.name[: -len(".current.txt")] + ".expected.txt")
            if amended.exists():
                out.append((f"compare {rel}", ["compare", rel, amended.relative_to(ROOT).as_posix(), "-o", OUT,
                                                  "--aratamebun", "--json"]))
        if p.name.endswith("-current.txt"):
            amended = p.with_name(p.name[: -len("-current.txt")] + "-amended.txt")
            if amended.exists():
                out.append((f"compare {rel}", ["compare", rel, amended.relative_to(ROOT).as_posix(), "-o", OUT,
                                                  "--aratamebun", "--json"]))
        out.append((f"check {rel}", ["check", rel, "--json"]))
    return out


# --------------------------------------------------------------------------- one review


def _findings(data: object) -> list[list[object]]:
    """Every finding object in a command's JSON output, in output order."""
    found: list[list[object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "rule" in node and "severity" in node and ("message_ja" in node or "message" in node):
                found.append([node.get("id"), node.get("rule"), node.get("severity"), node.get("location"),
                              node.get("message_ja", node.get("message")), node.get("message_en")])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(data)
    return found


def run_one(argv: list[str]) -> object:
    """The findings of one command run in this process (or its output when it is no JSON)."""
    from ordreview.cli import main

    writes = OUT in argv
    with tempfile.TemporaryDirectory(prefix="ordreview-determinism-out-") as folder:
        argv = [folder if a == OUT else a for a in argv]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:
                code = exc.code
            except Exception as exc:  # noqa: BLE001 - a crash is a result too
                return {"crash": f"{type(exc).__name__}: {exc}"}
        text = out.getvalue().replace(folder, OUT)
        written = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))}
    try:
        data = json.loads(text)
    except ValueError:
        return {"exit": code, "output": text.strip()[:2000]}
    result: dict[str, object] = {"exit": code, "findings": _findings(data)}
    if writes:  # compare: what it wrote and said, beyond findings
        result["written"] = written
        result["output"] = _without_timings(data)
    return result


def _without_timings(data: object) -> object:
    """``data`` without the keys that measure time (they differ from run to run)."""
    if isinstance(data, dict):
        return {k: _without_timings(v) for k, v in data.items() if not any(t in k for t in ("elapsed", "seconds", "_ms", "time"))}
    if isinstance(data, list):
        return [_without_timings(v) for v in data]
    return data


def _warm_up() -> None:
    """Import what the commands import lazily, so that a forked child starts from the state a
    fresh ``ordreview`` process has before its first review."""
    import ordreview.cli  # noqa: F401
    import ordreview.cli.check_cmd  # noqa: F401
    import ordreview.cli.compare_cmd  # noqa: F401
    import ordreview.core.amend.billreview  # noqa: F401
    import ordreview.core.amend.tablereview  # noqa: F401
    import ordreview.core.parse  # noqa: F401
    import ordreview.core.review  # noqa: F401
    from ordreview.core.checks.registry import all_rules
    from ordreview.core.read import docx, html, pdf  # noqa: F401

    all_rules()  # (imports every check module, as the first review of any process does)


def worker(mode: str, names: list[str], out_path: str) -> int:
    """Review ``names`` (job names) in this process (``warm``) or each in a forked child
    (``cold``); write ``{name: result}`` as JSON to ``out_path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)
    table = dict(jobs())
    _warm_up()
    results: dict[str, object] = {}
    for done, name in enumerate(names, start=1):
        if done % 100 == 0:
            print(f"  {mode}: {done}/{len(names)}", file=sys.stderr, flush=True)
        if mode == "warm":
            results[name] = run_one(table[name])
            continue
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one review, its result down the pipe
            os.close(r)
            try:
                payload = json.dumps(run_one(table[name]), ensure_ascii=False).encode("utf-8")
                with os.fdopen(w, "wb") as fh:
                    fh.write(payload)
            finally:
                os._exit(0)
        os.close(w)
        with os.fdopen(r, "rb") as fh:
            payload = fh.read()
        os.waitpid(pid, 0)
        results[name] = json.loads(payload.decode("utf-8")) if payload else {"crash": "no result"}
    Path(out_path).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------- the comparison


def _spawn(mode: str, names: list[str], seed: int, tmp: Path, label: str) -> tuple[subprocess.Popen, Path]:
    names_file = tmp / f"{label}.names.json"
    names_file.write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    out_file = tmp / f"{label}.out.json"
    env = dict(os.environ, PYTHONHASHSEED=str(seed), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", mode,
                             str(names_file), str(out_file)], env=env, cwd=str(ROOT))
    return proc, out_file


def _show(finding: list[object]) -> str:
    fid, rule, severity, location, msg, _en = finding
    where = ""
    if isinstance(location, dict):
        where = location.get("label") or location.get("label_ja") or json.dumps(location, ensure_ascii=False)[:60]
    return f"{severity} {rule} {where} {str(msg)[:70]} [{fid}]"


def _differences(a: object, b: object) -> list[str]:
    if not (isinstance(a, dict) and isinstance(b, dict) and "findings" in a and "findings" in b):
        return [f"  {json.dumps(a, ensure_ascii=False)[:200]}", f"  {json.dumps(b, ensure_ascii=False)[:200]}"]
    fa = [json.dumps(f, ensure_ascii=False) for f in a["findings"]]
    fb = [json.dumps(f, ensure_ascii=False) for f in b["findings"]]
    lines = [f"  {len(fa)} vs {len(fb)} findings"]
    lines += [f"  - {_show(json.loads(f))}" for f in fa if f not in fb]
    lines += [f"  + {_show(json.loads(f))}" for f in fb if f not in fa]
    if len(lines) == 1:
        lines.append("  the same findings in another order")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Findings independent of review order and hash seed.")
    ap.add_argument("--quick", action="store_true", help=f"a sample of {QUICK} documents")
    ap.add_argument("--seed", type=int, default=1, help="seed of the random orders (and the sample)")
    ap.add_argument("--only", action="append", help="only documents whose name contains this (repeatable)")
    ap.add_argument("--worker", nargs=3, metavar=("MODE", "NAMES", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        mode, names_file, out_file = args.worker
        return worker(mode, json.loads(Path(names_file).read_text(encoding="utf-8")), out_file)

    names = [n for n, _ in jobs()]
    if args.only:
        names = [n for n in names if any(o in n for o in args.only)]
    rng = random.Random(args.seed)
    if args.quick and len(names) > QUICK:
        bills = [n for n in names if not n.startswith("check ")]  # every kind is kept in the sample
        keep = set(rng.sample(bills, min(len(bills), QUICK // 4)))
        rest = [n for n in names if n not in keep]
        keep |= set(rng.sample(rest, QUICK - len(keep)))
        names = [n for n in names if n in keep]
    order_a = names[:]
    rng.shuffle(order_a)
    order_b = names[:]
    rng.shuffle(order_b)
    print(f"{len(names)} documents: cold (each in its own process, PYTHONHASHSEED=0), "
          f"then two random orders in one process (PYTHONHASHSEED=1 and 2)", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ordreview-determinism-") as tmpdir:
        tmp = Path(tmpdir)
        runs = [("cold", "cold", names, 0), ("warm A", "warm", order_a, 1), ("warm B", "warm", order_b, 2)]
        procs = [(label, *_spawn(mode, order, seed, tmp, label.replace(" ", "_"))) for label, mode, order, seed in runs]
        results: dict[str, dict[str, object]] = {}
        for label, proc, out_file in procs:
            if proc.wait() != 0 or not out_file.exists():
                print(f"{label}: the worker failed (exit {proc.returncode})")
                return 2
            results[label] = json.loads(out_file.read_text(encoding="utf-8"))
    differ = 0
    for name in names:
        cold = results["cold"][name]
        for label in ("warm A", "warm B"):
            other = results[label][name]
            if other != cold:
                differ += 1
                print(f"DIFFERS {name}: cold vs {label}")
                for line in _differences(cold, other):
                    print(line)
                break
    total = sum(len(r.get("findings", [])) for r in results["cold"].values() if isinstance(r, dict))
    print(f"{differ} of {len(names)} documents with findings that depend on the order or the hash seed "
          f"({total} findings in the cold run; {time.monotonic() - started:.0f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Guard for changes that must not change any finding (speed work, refactoring).

Runs every document of ``bench/determinism.py`` (every draft and bill under ``fixtures/`` and
``tests/`` except the fresh held-out sets) through the command line's own entry point with
``--json``, in one process, and saves the findings (id, rule, severity, location, messages) of
each; with ``--compare`` it compares a new run against a saved one and prints every document
whose findings differ.

Run from the repository root::

    python bench/findings_guard.py --save /tmp/before.json
    python bench/findings_guard.py --compare /tmp/before.json   # exits 1 on any difference
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.determinism import jobs, run_one  # noqa: E402


def run_all() -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)
    return {name: run_one(argv) for name, argv in jobs()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="FILE")
    group.add_argument("--compare", metavar="FILE")
    args = parser.parse_args()
    results = run_all()
    if args.save:
        Path(args.save).write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(results)} documents saved to {args.save}")
        return 0
    before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
    now = json.loads(json.dumps(results, ensure_ascii=False))
    differ = sorted(n for n in set(before) | set(now) if before.get(n) != now.get(n))
    for name in differ:
        print(f"DIFFERS: {name}")
    print(f"{len(now)} documents, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

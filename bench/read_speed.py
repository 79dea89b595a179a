"""Reader speed: in-process read time per fixture and whole-process start-up for a .txt.

Prints medians; numbers, not pass/fail. Run from the repository root::

    python bench/read_speed.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
FILES = (
    "model-complete.txt",
    "enc-cp932-crlf.txt",
    "reikishu.html",
    "model-complete.docx",
    "auto-numbering.docx",
    "tracked-changes.docx",
)


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.2f} ms"


def main() -> int:
    """Measure and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from ordreview.core.read import read_document

    print("in-process read_document (median of", args.repeat, "runs)")
    for name in FILES:
        path = FIXTURES / name
        read_document(path)  # warm the imports
        samples = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            read_document(path)
            samples.append(time.perf_counter() - start)
        print(f"  {name:24s} {path.stat().st_size:>8d} B {_median_ms(samples)}")

    code = f"from ordreview.core.read import read_document; read_document({str(FIXTURES / FILES[0])!r})"
    for label, cmd in (("bare interpreter", "pass"), ("import + read .txt", code)):
        samples = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", cmd], check=True)
            samples.append(time.perf_counter() - start)
        print(f"process: {label:22s} {_median_ms(samples)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

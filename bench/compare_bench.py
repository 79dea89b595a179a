"""Compare speed: two 500-article versions → the 新旧対照表 (.docx) and the 改め文 bill (.txt).

Usage: python bench/compare_bench.py [--runs 5]

CURRENT is the generated 500-article ordinance of ``bench/gen.py``; AMENDED changes words in
30 articles, adds a 枝番 article and a caption, and — the heavy case — adds one article in the
middle with every later article renumbered (about 250 renumbered rows in the table and a range
move in the bill). Timed from the two texts to both files written: parse both, compare, write
the .docx, generate and write the .txt. Prints the median and spread in seconds and the number
of table rows. Target: ≤ 2 s.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen import generate_ordinance  # noqa: E402

from ordreview.core.amend.compare import compare_texts  # noqa: E402
from ordreview.core.amend.generate import generate_bill  # noqa: E402
from ordreview.export.taishohyo import export_taishohyo  # noqa: E402


def amended_of(current: str) -> str:
    """The amended version (see the module docstring)."""
    blocks = current.split("\n\n")
    arts = [i for i, b in enumerate(blocks) if re.match(r"(?:（[^）\n]*）\n)?第\d+条　", b)]
    for i in arts[5::16][:30]:  # word changes
        blocks[i] = blocks[i].replace("しなければならない", "するものとする", 1).replace("実施機関", "町長", 1)
    middle = arts[len(arts) // 2]
    m = re.match(r"(?:（[^）\n]*）\n)?第(\d+)条", blocks[middle])
    n = int(m.group(1)) if m else 0
    for i in arts:
        if i > middle:
            blocks[i] = re.sub(r"(?m)^第(\d+)条", lambda k: f"第{int(k.group(1)) + 1}条", blocks[i], count=1)
    blocks.insert(middle + 1, f"（新たな措置）\n第{n + 1}条　実施機関は、個人情報の漏えいが生じたときは、速やかに町長に報告しなければならない。")
    return "\n\n".join(blocks)


def run_once(current: str, amended: str, out: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    diff = compare_texts(current, amended)
    export_taishohyo(diff, out / "bench_taishohyo.docx")
    bill = generate_bill(diff)
    (out / "bench_aratamebun.txt").write_text(bill.text, encoding="utf-8")
    return time.perf_counter() - t0, len(diff.rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    current = generate_ordinance(500)
    amended = amended_of(current)
    times: list[float] = []
    rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            t, rows = run_once(current, amended, Path(tmp))
            times.append(t)
    print(f"compare 500 articles + write 対照表 and 改め文: median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}; {rows} rows, {args.runs} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Compare the parser's speed with Lawtext (yamachig/lawtext, Node) on the same drafts.

Lawtext is not a dependency. Install it in a temporary folder first (its optional ``canvas``
build needs system libraries, hence ``--ignore-scripts``)::

    mkdir /tmp/lawtext && cd /tmp/lawtext && npm install lawtext --ignore-scripts
    python bench/parse_lawtext.py --lawtext-dir /tmp/lawtext

For 50, 500 and 5,000 articles from ``bench/gen.py`` it prints the median in-process parse
time of both (Lawtext's ``parse`` from ``lawtext/dist/src/parser/lawtext`` in one Node process;
ordreview's ``parse_text``) and the median wall time of one whole command per draft
(``lawtext -i FILE --it lawtext --ot json`` and ``ordreview parse --json FILE``). Lawtext reads
its own plain-text format, so it reports errors on lines of our drafts it does not expect
(目次 entries, 附則); the article count shows both still found every article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen import generate_ordinance  # noqa: E402
from bench.parse_bench import in_process  # noqa: E402
from ordreview.core.parse import parse_text  # noqa: E402

NODE_SCRIPT = r"""
const { parse } = require('lawtext/dist/src/parser/lawtext');
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const runs = parseInt(process.argv[3]);
parse(text);
const times = []; let result;
for (let i = 0; i < runs; i++) {
  const t = process.hrtime.bigint(); result = parse(text);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
let articles = 0;
const walk = (el) => { if (el && typeof el === 'object') {
  if (el.tag === 'Article') articles++; (el.children || []).forEach(walk); } };
walk(result.value);
console.log(JSON.stringify({median_ms: times[Math.floor(times.length / 2)], articles,
                            errors: result.errors.length}));
"""


def _wall(cmd: list[str], runs: int, cwd: Path) -> float:
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=cwd)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Print both parsers' timings side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lawtext-dir", required=True, type=Path,
                        help="folder where `npm install lawtext` was run")
    parser.add_argument("--quick", action="store_true", help="skip the 5,000-article draft")
    args = parser.parse_args()
    lawtext_dir = args.lawtext_dir.resolve()
    script = lawtext_dir / "ordreview_bench.js"
    script.write_text(NODE_SCRIPT, encoding="utf-8")
    cli = lawtext_dir / "node_modules" / ".bin" / "lawtext"
    sizes = (50, 500) if args.quick else (50, 500, 5000)
    runs = {50: (10, 5), 500: (5, 5), 5000: (3, 1)}
    print(f"{'articles':>8} {'lawtext ms':>11} {'ordreview ms':>13} {'lawtext proc s':>15} "
          f"{'ordreview proc s':>17} {'articles found (lt/or)':>23} {'lt errors':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"gen-{n}.txt"
            text = generate_ordinance(n)
            path.write_text(text, encoding="utf-8")
            inner_runs, proc_runs = runs[n]
            out = subprocess.run(["node", str(script), str(path), str(inner_runs)], check=True,
                                 capture_output=True, text=True, cwd=lawtext_dir)
            lt = json.loads(out.stdout.strip().splitlines()[-1])
            ours, _cpu = in_process(text, inner_runs)
            lt_proc = _wall([str(cli), "-i", str(path), "--it", "lawtext", "-o",
                             str(Path(tmp) / "out.json"), "--ot", "json"], proc_runs, lawtext_dir)
            our_proc = _wall([sys.executable, "-m", "ordreview", "parse", "--json", str(path)],
                             proc_runs, ROOT)
            found = len(parse_text(text).articles)
            print(f"{n:>8} {lt['median_ms']:>11.1f} {ours * 1000:>13.1f} {lt_proc:>15.3f} "
                  f"{our_proc:>17.3f} {lt['articles']:>11}/{found:<11} {lt['errors']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

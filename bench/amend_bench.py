"""Speed of applying a 改め文 bill: 100 amending sentences on a 100-article ordinance.

Run from the repository root::

    python bench/amend_bench.py [--runs 20] [--articles 100] [--sentences 100]

Generates a fictional ordinance (目次, 10 chapters, ``--articles`` articles with captions, 2
paragraphs each and 3 items in every other article, 附則) and a bill of ``--sentences``
sentences mixing every form the applier reads: 字句 (改める／削る／次に加える), 見出し,
items added at the end and in the middle with 繰下げ, paragraphs deleted, whole articles
replaced, articles added with 枝番, and a 目次 replaced. Each run parses the bill, reads the
ordinance, applies every sentence and runs the consolidated-text checks (stale citations —
which parses both texts — and the 目次). Prints the median and 90th percentile wall time,
the CPU-time median and whether the bill applied without failure. Target: ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.amend.apply import consolidate_texts  # noqa: E402


def ordinance(n: int) -> str:
    per = max(1, n // 10)
    out = ["かえで市個人情報保護条例", "平成14年3月22日条例第8号", "", "目次"]
    for c in range(10):
        first, last = c * per + 1, min(n, (c + 1) * per)
        out.append(f"　第{c + 1}章　第{c + 1}の事項（第{first}条―第{last}条）")
    out.append("　附則")
    for c in range(10):
        out += ["", f"　　　第{c + 1}章　第{c + 1}の事項"]
        for a in range(c * per + 1, min(n, (c + 1) * per) + 1):
            out += ["", f"（第{a}の事項）", f"第{a}条　実施機関は、第{a}の事務に関し、規則で定めるところにより、個人情報を適正に取り扱わなければならない。"]
            if a % 2:
                out += [f"　({k})　第{a}の事務に係る第{k}の事項" for k in (1, 2, 3)]
            out.append("2　実施機関は、前項の事務を行うときは、本人の権利利益を侵害しないよう努めなければならない。")
    out += ["", "　　　附　則", "", "この条例は、平成14年4月1日から施行する。"]
    return "\n".join(out) + "\n"


def bill(n_articles: int, n_sentences: int) -> str:
    out = ["かえで市個人情報保護条例の一部を改正する条例", "",
           "かえで市個人情報保護条例（平成14年かえで市条例第8号）の一部を次のように改正する。", ""]
    sentences = 0
    a = 1
    forms = 8
    while sentences < n_sentences - 1 and a <= n_articles:
        kind = sentences % forms
        if kind == 0:
            out.append(f"第{a}条第1項中「適正に」を「適正かつ安全に」に改め、同条第2項中「努めなければ」を「しなければ」に改める。")
        elif kind == 1:
            out.append(f"第{a}条の見出し中「事項」を「取扱い」に改め、同条第1項中「規則で定めるところにより、」を削る。")
        elif kind == 2 and a % 2:
            out += [f"第{a}条第1項第3号を同項第4号とし、同項第2号の次に次の1号を加える。", f"　(3)　第{a}の事務に係る追加の事項"]
        elif kind == 3 and a % 2:
            out += [f"第{a}条第1項に次の1号を加える。", f"　(4)　第{a}の事務に係る最後の事項"]
        elif kind == 4:
            out.append(f"第{a}条第2項を削る。")
        elif kind == 5:
            out += [f"第{a}条を次のように改める。", f"（第{a}の事項の改正）", f"第{a}条　実施機関は、第{a}の事務を適正に行わなければならない。"]
        elif kind == 6:
            out += [f"第{a}条の次に次の1条を加える。", f"（第{a}の2の事項）", f"第{a}条の2　実施機関は、第{a}の事務の状況を公表するものとする。"]
        else:
            out.append(f"第{a}条第1項中「個人情報」の次に「（要配慮個人情報を含む。）」を加える。")
        sentences += 1
        a += 1
    out += ["目次中「第1の事項」を「第1の事項及び総則」に改める。"]
    out += ["", "　　　附　則", "", "この条例は、公布の日から施行する。"]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--sentences", type=int, default=100)
    args = parser.parse_args()
    current = ordinance(args.articles)
    text = bill(args.articles, args.sentences)
    n_sentences = sum(1 for line in text.splitlines() if line.endswith(("改める。", "加える。", "削る。")))
    walls, cpus = [], []
    result = None
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = consolidate_texts(current, text)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    assert result is not None
    walls.sort()
    print(f"{args.articles} articles, {n_sentences} amending sentences, {args.runs} runs")
    print(f"wall median {statistics.median(walls) * 1000:.1f} ms, p90 {walls[int(len(walls) * 0.9) - 1] * 1000:.1f} ms, "
          f"CPU median {statistics.median(cpus) * 1000:.1f} ms (target ≤ 500 ms)")
    print(f"failures: {len(result.failures)}; stale citations: {len(result.stale_references)}")
    for f in result.failures[:5]:
        print(f"  {f.sentence} {f.code} {f.message_ja}")


if __name__ == "__main__":
    main()

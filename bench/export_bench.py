"""Export speed: a 50-article draft with 200 findings, annotated (.txt and .docx source) and reported.

Usage: python bench/export_bench.py [--runs 7]
Prints the median and spread of each step in seconds. Target: annotated export ≤ 1 s.
The draft is generated here (a fictional 架空市 ordinance); findings are hand-made values with
spans spread over the articles, a fifth of them carrying a definition comparison and a
suggested wording, so comments, run splitting, tracked changes and the 対照表 all get work.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ordreview.core.checks.registry import finding_id  # noqa: E402
from ordreview.core.diff import diff_chunks  # noqa: E402
from ordreview.core.model import (  # noqa: E402
    Comparison,
    Finding,
    Location,
    Review,
    Reviewer,
    RuleId,
    Span,
)
from ordreview.core.parse import parse_document  # noqa: E402
from ordreview.core.read import read_document  # noqa: E402
from ordreview.export.annotate import export_annotated  # noqa: E402
from ordreview.export.docx_build import build_document  # noqa: E402
from ordreview.export.report import export_report  # noqa: E402

REVIEWER = Reviewer("法制 太郎", "HT")


def draft_text(articles: int = 50) -> str:
    """A fictional ordinance with ``articles`` articles of two paragraphs and three items each."""
    lines = ["架空市個人情報保護条例", "平成30年3月20日条例第7号", "第1章　総則"]
    for n in range(1, articles + 1):
        lines.append(f"（第{n}条の事項）")
        lines.append(f"第{n}条　実施機関は、第{n}条の事務に関し、個人情報を適正に取り扱わなければならない。")
        for k in range(1, 4):
            lines.append(f"({k})　第{k}号の事項として、保有個人情報の安全管理のために必要な措置を講ずること。")
        lines.append("2　前項の規定は、実施機関が事務を委託する場合について準用する。")
    lines += ["附　則", "この条例は、公布の日から施行する。"]
    return "\n".join(lines)


def findings_for(ordinance, count: int = 200) -> tuple[Finding, ...]:
    text = ordinance.text
    needle = "個人情報を適正に取り扱わなければならない"
    starts = []
    pos = text.find(needle)
    while pos >= 0:
        starts.append(pos)
        pos = text.find(needle, pos + 1)
    out = []
    for i in range(count):
        base = starts[i % len(starts)]
        width = 4 + (i % 5) * 3  # inside one run, splitting it
        span = Span(base + (i // len(starts)) * 2, base + (i // len(starts)) * 2 + width)
        anchor = span.slice(text)
        comparison = None
        suggestion = ""
        if i % 5 == 0:
            statute = "保有個人情報を適切に取り扱わなければならない"
            draft = anchor
            comparison = Comparison("取扱いの定め", "Handling", draft, statute, "行政機関個人情報保護法 第3条",
                                    diff_chunks(draft, statute), span)
            suggestion = anchor.replace("個人", "保有個人")
        out.append(Finding(
            id=finding_id("bench", "A1", anchor, i), rule=RuleId("bench"), requirement=None, severity="warning",
            point="A", location=Location(None, None, None, span), code="bench", message_ja=f"指摘{i}",
            message_en=f"Finding {i}", statute="行政機関個人情報保護法 第3条", suggestion=suggestion,
            anchor_text=anchor, comparison=comparison,
        ))
    return tuple(out)


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="export-bench-"))
    txt = tmp / "draft.txt"
    txt.write_text(draft_text(), encoding="utf-8")
    ord_txt = parse_document(read_document(txt))
    built = build_document(ord_txt)
    docx_path = tmp / "draft.docx"
    built.document.save(str(docx_path))
    ord_docx = parse_document(read_document(docx_path))
    cases = {}
    for label, ordinance in (("txt", ord_txt), ("docx", ord_docx)):
        review = Review(ordinance, "basic-policy-2016", "bench", (), {}, findings_for(ordinance))
        cases[label] = review
    print(f"draft: {len(ord_txt.articles)} articles, {len(ord_txt.document.blocks)} blocks; findings: 200; runs: {args.runs}")
    rows = [
        ("annotated (.txt source, built docx)", lambda: export_annotated(review=cases["txt"], annotations={}, reviewer=REVIEWER, path=tmp / "a1.docx")),
        ("annotated (.docx source copy)", lambda: export_annotated(review=cases["docx"], annotations={}, reviewer=REVIEWER, path=tmp / "a2.docx")),
        ("annotated + --suggest-changes (.docx)", lambda: export_annotated(review=cases["docx"], annotations={}, reviewer=REVIEWER, path=tmp / "a3.docx", suggest_changes=True)),
        ("report (200 findings, 対照表)", lambda: export_report(review=cases["docx"], annotations={}, reviewer=REVIEWER, path=tmp / "r.docx")),
    ]
    for label, fn in rows:
        times = timed(fn, args.runs)
        print(f"{label:42s} median {statistics.median(times):.3f} s  (min {min(times):.3f}, max {max(times):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``ordreview compare CURRENT AMENDED -o OUTDIR [--aratamebun] [--json]``.

Compares the ordinance in force (現行) with its amended version and writes into OUTDIR:

- ``<AMENDED stem>_taishohyo.docx``: the 新旧対照表 (see ``export/taishohyo.py``);
- with ``--aratamebun``, ``<AMENDED stem>_aratamebun.txt``: the 一部改正条例案 in 改め文 form
  (UTF-8, LF), ready for ``ordreview consolidate``.

Exit codes: 0 written; 1 written, but part of the change could not be put into 改め文 (each
such provision is listed on stderr and in the JSON); 2 unreadable input or output folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO

from ordreview.cli.common import Output
from ordreview.core.messages import define

WRITTEN = define("cli.compare.written", ja="書き出しました: {path}", en="Written: {path}")
SUMMARY = define(
    "cli.compare.summary",
    ja="改正箇所 {rows} 件（改正 {changed}、移動 {renumbered}、追加 {added}、削除 {deleted}）",
    en="{rows} changed provisions ({changed} amended, {renumbered} renumbered, {added} added, {deleted} deleted)",
)
NO_CHANGE = define(
    "cli.compare.no_change",
    ja="2つの版に相違はありません。対照表は見出しだけになります。",
    en="The two versions do not differ; the table has its header only.",
)
TABLE_SUFFIX = "_taishohyo.docx"
BILL_SUFFIX = "_aratamebun.txt"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``compare`` subcommand."""
    p = subparsers.add_parser(
        "compare",
        help="現行と改正後から新旧対照表（と改め文）を作る / write the comparison table (and the amending text)",
        description="現行の条例と改正後の条例を比較し、新旧対照表（Word）と、--aratamebun で改め文の"
        "一部改正条例案（テキスト）を書き出します。 / Compare the ordinance in force with the amended "
        "version; write the 新旧対照表 (.docx) and, with --aratamebun, the 改め文 bill (.txt).",
    )
    p.add_argument("current", metavar="CURRENT", help="現行の条例 (.docx / .txt / .html)")
    p.add_argument("amended", metavar="AMENDED", help="改正後の条例 (.docx / .txt / .html)")
    p.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="出力先フォルダ / output folder")
    p.add_argument("--aratamebun", action="store_true", help="改め文の条例案も書き出す / also write the 改め文 bill")
    p.add_argument("--old-left", action="store_true", help="改正前の欄を左に置く / put the 改正前 column left")
    p.add_argument("--numerals", choices=("auto", "arabic", "full", "kanji"), default="auto",
                   help="改め文の条項番号の数字（auto: 条例の表記に合わせる） / numerals of the 改め文 (auto: as the ordinance)")
    p.add_argument("--json", action="store_true", help="結果をJSONで出力 / print the result as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, out: Output) -> int:
    """Compare, write the files, print what was written; see the module docstring."""
    from ordreview.cli.export_cmd import OUT_DIR_FAILED
    from ordreview.core.amend.compare import compare_versions
    from ordreview.core.errors import ExportError
    from ordreview.core.parse import load_ordinance
    from ordreview.export.atomic import os_error_cause
    from ordreview.export.taishohyo import TableSettings, export_taishohyo

    current = load_ordinance(args.current)
    amended = load_ordinance(args.amended)
    diff = compare_versions(current, amended)
    out_dir = Path(args.output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        reason_ja, reason_en = os_error_cause(err)
        raise ExportError(OUT_DIR_FAILED, path=str(out_dir), reason_ja=reason_ja, reason_en=reason_en) from err
    stem = Path(args.amended).stem
    sources = (args.current, args.amended)
    written: dict[str, str] = {}
    table_path = export_taishohyo(
        diff, out_dir / f"{stem}{TABLE_SUFFIX}", settings=TableSettings(old_left=args.old_left), sources=sources
    )
    written["taishohyo"] = str(table_path)
    problems: list[dict[str, str]] = []
    if args.aratamebun:
        from ordreview.core.amend.generate import GenerateSettings, generate_bill
        from ordreview.export.atomic import check_not_source, save_atomically

        bill = generate_bill(diff, GenerateSettings(numerals=args.numerals))
        bill_path = out_dir / f"{stem}{BILL_SUFFIX}"
        for source in sources:
            check_not_source(bill_path, source)
        written["aratamebun"] = str(save_atomically(_Text(bill.text), bill_path))
        problems = [{"provision": n.label, "message_ja": n.message_ja, "message_en": n.message_en} for n in bill.notices]
    counts = {k: sum(1 for r in diff.rows if r.kind == k) for k in ("changed", "renumbered", "added", "deleted")}
    if args.json:
        out.json(
            {
                "current": str(args.current),
                "amended": str(args.amended),
                "summary": {"rows": len(diff.rows), **counts},
                "rows": [_row_json(r) for r in diff.rows],
                "written": written,
                "unsupported": problems,
            }
        )
    else:
        out.msg(SUMMARY, rows=len(diff.rows), **counts)
        if not diff.rows:
            out.msg(NO_CHANGE)
        for path in written.values():
            out.msg(WRITTEN, path=path)
    for p in problems:
        print(f"{p['provision']}: {p['message_ja'] if out.lang == 'ja' else p['message_en']}", file=out.stderr)
    return 1 if problems else 0


class _Text:
    """A text the atomic writer can save (UTF-8, LF line ends)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def save(self, stream: IO[bytes]) -> None:
        """Write the text to the binary ``stream`` the atomic writer hands over."""
        stream.write(self.text.replace("\r\n", "\n").encode("utf-8"))


def _row_json(row) -> dict:
    def side(p, marks):
        if p is None:
            return None
        return {"kind": p.kind, "label": p.label, "text": p.text, "marks": [list(m) for m in marks]}

    return {"kind": row.kind, "text_changed": row.text_changed, "new": side(row.new, row.new_marks), "old": side(row.old, row.old_marks)}


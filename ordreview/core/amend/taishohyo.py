"""新旧対照表 bills: the rows of the table, the check of their 傍線, and the consolidated text.

A row has a 改正後 side and a 改正前 side, each a text with underlined (傍線) ranges, or a
note alone (「（新設）」「（削る）」) or nothing. The tables come from
``core.read.tables.read_docx_tables`` (:func:`rows_from_document`) or from a comparison
(:func:`rows_from_diff`, what ``export/taishohyo.py`` writes).

What :func:`verify_rows` reports, each as a finding on the cell (``location.table_row``,
``location.column``):

- ``taisho.unmarked_change`` (error): text that differs between the columns without 傍線.
  The test does not depend on how a diff aligns the texts: a correct table is one where the
  two columns, once every underlined character (and every blank) is taken out, read the
  same. Where they do not, the residues are diffed and each difference is located;
- ``taisho.unmarked_number`` (error): the same, inside a provision number or marker (第12条,
  (3), a paragraph number): a renumbered 条/項/号 whose number is not underlined;
- ``taisho.stray_mark`` (warning): an underlined run that touches no difference at all
  (neither in the semantic diff, nor in the minimal character diff, nor in the diff that pairs
  lines first, so a 傍線 widened to the meaningful unit 「第5条」 around a changed digit, or
  set on a renumbered item paired line by line, is accepted);
- ``taisho.unmarked_addition`` (error): a provision in one column only (the other empty or
  「（新設）」/「（削る）」) that is not underlined throughout;
- ``taisho.abridged_change`` (error): a provision abridged 「（略）」 in one column and written
  out in the other (where it is therefore amended): 「（略）」 stands only for a provision neither
  column changes, so the abridged column hides what the amendment does. The two lines are left
  out of the other checks;
- ``taisho.old_mismatch`` (error, only with the ordinance in force): a line of the 改正前
  column that is not in the ordinance in force.

:func:`consolidate_from_table` merges the 改正後 column into the ordinance in force.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from ordreview.core.amend.compare import NUMBER_TOKEN, VersionDiff, line_diff, number_key, provisions
from ordreview.core.checks.registry import finding_id
from ordreview.core.diff import diff_chunks
from ordreview.core.messages import define, render
from ordreview.core.model import Finding, Location, Ordinance
from ordreview.core.read.tables import TableDocument
from ordreview.core.text import fold

UNMARKED_CHANGE = define(
    "taisho.unmarked_change",
    ja="{column}欄の「{text}」は改正前後で異なるが、傍線が付されていない。傍線を付されたい。",
    en="「{text}」 in the {column_en} column differs between the two versions but is not underlined.",
)
UNMARKED_NUMBER = define(
    "taisho.unmarked_number",
    ja="{column}欄の番号「{text}」は改正前後で異なる（移動）が、傍線が付されていない。傍線を付されたい。",
    en="The number 「{text}」 in the {column_en} column changes (renumbering) but is not underlined.",
)
STRAY_MARK = define(
    "taisho.stray_mark",
    ja="{column}欄の「{text}」に傍線が付されているが、改正前後で変わっていない。傍線を削られたい。",
    en="「{text}」 in the {column_en} column is underlined but does not change.",
)
UNMARKED_ADDITION = define(
    "taisho.unmarked_addition",
    ja="{what}規定（{label}）が{column}欄だけにあるが、全体に傍線が付されていない（「{text}」）。全体に傍線を付されたい。",
    en="The {what_en} provision {label} is only in the {column_en} column but is not underlined throughout (「{text}」).",
)
ABRIDGED_CHANGE = define(
    "taisho.abridged_change",
    ja="{column}欄では「{text}」と略されているが、{other}欄ではこの規定が記載されており、改正されることになる。改正する規定は両欄に記載し、改正しない規定は両欄とも「（略）」とされたい。",
    en="「{text}」 is abridged in the {column_en} column but written out in the {other_en} column, so the provision is amended; an amended provision must be shown in both columns, an unchanged one abridged in both.",
)
OLD_MISMATCH = define(
    "taisho.old_mismatch",
    ja="改正前欄の「{text}」が現行の条例にない。改正前欄は現行の規定のとおり記載されたい。",
    en="「{text}」 in the 改正前 column is not in the ordinance in force; the column must reproduce it.",
)
UNMATCHED_ROW = define(
    "taisho.unmatched_row",
    ja="表の{row}行目の改正前欄に当たる規定が現行の条例に見当たらないため、この行を反映できない。改正前欄を確認されたい。",
    en="Row {row}: the provision in the 改正前 column is not in the ordinance in force; the row cannot be merged.",
)
NO_TABLE = define(
    "taisho.no_table",
    ja="改正後・改正前（改正案・現行、新・旧）の見出しのある表が見つかりません: {path}",
    en="No table headed 改正後/改正前 (改正案/現行, 新/旧) was found: {path}",
)

COLUMN_JA = {"new": "改正後", "old": "改正前"}
COLUMN_EN = {"new": "amended (改正後)", "old": "current (改正前)"}
NEW_LABELS = ("改正後", "改正案", "新")
OLD_LABELS = ("改正前", "現行", "旧")
_NOTE = re.compile(r"^[（(]?\s*(新設|削る|削除|略|追加)\s*[）)]?$")
_RYAKU = re.compile(r"[（(]\s*略\s*[）)]")
_BLANK = re.compile(r"[\s\u3000]")
_ARTICLE_LINE = re.compile(r"(?m)^[ \u3000]*(第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)*)")
_SNIPPET = 30
_DIVISION_LINE = re.compile(r"^[ \u3000]*第[0-9一二三四五六七八九十百]+[編章節款目](?:の[0-9一二三四五六七八九十]+)*[ \u3000]")


@dataclass(frozen=True, slots=True)
class TableSide:
    """One column of one row: text and 傍線, or a note alone (``text`` empty)."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()
    note: str | None = None

    @property
    def present(self) -> bool:
        """True when the column holds a provision (not a note, not empty)."""
        return self.note is None and bool(self.text.strip())


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a 対照表: its 1-based number (header rows excluded, across tables) and sides."""

    number: int
    new: TableSide
    old: TableSide


def side_of(text: str, marks: tuple[tuple[int, int], ...]) -> TableSide:
    """A column from cell text and marks; a cell holding only 「（新設）」 etc. is a note. A note
    on the last line under heading lines (the 章 a new article opens, shown for its place:
    「第2章　…」 then 「（新設）」) is left out: the cell is those lines."""
    m = _is_note(text) if text.strip() else None
    if m or not text.strip():
        return TableSide("", (), m.group(1) if m else None)
    lines = text.rstrip().split("\n")
    if len(lines) > 1 and _is_note(lines[-1]) and all(_DIVISION_LINE.match(fold(x)) for x in lines[:-1] if x.strip()):
        kept = "\n".join(lines[:-1]).rstrip()
        return TableSide(kept, tuple((s, min(e, len(kept))) for s, e in marks if s < len(kept)))
    return TableSide(text, marks)


def _is_note(text: str) -> re.Match[str] | None:
    return _NOTE.match(_BLANK.sub("", fold(text)).replace("(", "（").replace(")", "）"))


def rows_from_diff(diff: VersionDiff) -> list[TableRow]:
    """The rows a comparison gives (the same the 対照表 export writes)."""
    out: list[TableRow] = []
    for n, row in enumerate(diff.rows, start=1):
        new_cell, old_cell = row.cells()
        new = TableSide(*new_cell) if new_cell else TableSide("", (), "削る")
        old = TableSide(*old_cell) if old_cell else TableSide("", (), "新設")
        out.append(TableRow(n, new, old))
    return out


def _label_kind(text: str) -> str | None:
    t = _BLANK.sub("", fold(text))
    if t not in NEW_LABELS and t not in OLD_LABELS:
        t = re.sub(r"\(.*?\)", "", t)  # 「改正後（案）」, 「新（改正案）」
    if t in NEW_LABELS:
        return "new"
    if t in OLD_LABELS:
        return "old"
    return None


def bill_cells(doc: TableDocument):
    """``(row number, 改正後 cell, 改正前 cell)`` of every row of the tables headed
    改正後/改正前 (either order; 改正案/現行, 新/旧), header rows excluded, numbered across tables.

    A table without such a header continues the columns of the previous one (a table split
    over pages). Yields nothing when no table has such a header.
    """
    number = 0
    columns: dict[str, int] | None = None
    for table in doc.tables:
        for cells in table.rows:
            kinds = {_label_kind(c.text): i for i, c in enumerate(cells)}
            if "new" in kinds and "old" in kinds:
                columns = {"new": kinds["new"], "old": kinds["old"]}
                continue
            if columns is None or max(columns.values()) >= len(cells):
                continue
            number += 1
            yield number, cells[columns["new"]], cells[columns["old"]]


def has_table_header(doc: TableDocument) -> bool:
    """True when a table of ``doc`` has a row headed 改正後/改正前 (改正案/現行, 新/旧)."""
    for table in doc.tables:
        for cells in table.rows:
            kinds = {_label_kind(c.text) for c in cells}
            if "new" in kinds and "old" in kinds:
                return True
    return False


def rows_from_document(doc: TableDocument) -> list[TableRow]:
    """The rows of every table headed 改正後/改正前 (either order; 改正案/現行, 新/旧).

    A table without such a header continues the columns of the previous one (a table split
    over pages); a header row is not counted. Columns other than the two (説明) are ignored.

    Raises:
        ReadError: no table of the bill has such a header.
    """
    from ordreview.core.errors import ReadError

    if not has_table_header(doc):
        raise ReadError(NO_TABLE, path=doc.path)
    bold = declares_bold(doc)
    return [TableRow(n, side_of(new.text, _marks_of(new, bold)), side_of(old.text, _marks_of(old, bold)))
            for n, new, old in bill_cells(doc)]


_BOLD_WORDS = re.compile(r"太字|ゴシック")


def declares_bold(doc: TableDocument) -> bool:
    """True when the text around the tables says that 太字 marks the changes (「下線及び太字で
    示すように改正する」): the bill then marks moved or changed parts in bold as well as with 傍線."""
    return any(_BOLD_WORDS.search(p) for p in doc.paragraphs)


def _marks_of(cell, bold: bool) -> tuple[tuple[int, int], ...]:
    if not bold or not cell.bold:
        return cell.marks
    merged: list[tuple[int, int]] = []
    for a, b in sorted(cell.marks + cell.bold):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return tuple(merged)


# --------------------------------------------------------------------------- verification


def _article_of(side: TableSide) -> str | None:
    m = _ARTICLE_LINE.search(side.text)
    if not m:
        return None
    key = number_key(m.group(1))
    return "_".join(map(str, key)) if key else None


def _article_at(side: TableSide, anchor: str) -> str | None:
    """The article holding ``anchor`` in the cell (the last article heading at or before it),
    else the cell's first article."""
    needle = anchor.strip(" \u3000\n")
    pos = side.text.find(needle) if needle else -1
    if pos >= 0:
        heads = [m for m in _ARTICLE_LINE.finditer(side.text) if m.start() <= pos]
        if heads:
            key = number_key(heads[-1].group(1))
            if key:
                return "_".join(map(str, key))
    return _article_of(side)


def _snippet(text: str) -> str:
    t = text.strip(" \u3000\n")
    return t if len(t) <= _SNIPPET else t[:_SNIPPET] + "…"


def _finding(code: str, severity: str, row: TableRow, column: str, anchor: str, **params: str) -> Finding:
    side = row.new if column == "new" else row.old
    ja, en = render(code, column=COLUMN_JA[column], column_en=COLUMN_EN[column], **params)
    rule = code
    return Finding(
        id=finding_id(rule, None, anchor, row.number, column),
        rule=rule,  # type: ignore[arg-type]
        requirement=None,
        severity=severity,  # type: ignore[arg-type]
        point="other",
        location=Location(_article_at(side, anchor), None, None, None, table_row=row.number, column=column),  # type: ignore[arg-type]
        code=code,
        message_ja=ja,
        message_en=en,
        anchor_text=anchor,
    )


def _residue(text: str, marks: tuple[tuple[int, int], ...]) -> tuple[str, list[int]]:
    flags = bytearray(len(text))
    for s, e in marks:
        flags[max(0, s) : min(len(text), e)] = b"\x01" * (min(len(text), e) - max(0, s))
    keep = [i for i, c in enumerate(text) if not flags[i] and not _BLANK.match(c)]
    return "".join(text[i] for i in keep), keep


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in positions:
        if out and p == out[-1][1]:
            out[-1] = (out[-1][0], p + 1)
        else:
            out.append((p, p + 1))
    return out


def _joined(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs separated only by blanks on one line taken as one (「（３）　個人識別符号…」 is one
    unmarked change, not a number and a text)."""
    out: list[tuple[int, int]] = []
    for s, e in runs:
        if out and all(c in " \u3000" for c in text[out[-1][1] : s]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _in_number(text: str, start: int, end: int) -> tuple[int, int] | None:
    for m in NUMBER_TOKEN.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return None


def _changed_ranges(a: str, b: str, *, semantic: bool, lines: bool = False) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Ranges of ``a`` and of ``b`` that a diff marks changed (zero-width for the other side):
    the semantic character diff, the line-first diff (``lines``) or the minimal one."""
    if semantic or lines:
        chunks = line_diff(a, b) if lines else diff_chunks(a, b)
    else:
        dmp = diff_match_patch()
        chunks_raw = dmp.diff_main(a, b, False)
        ia = ib = 0
        ra: list[tuple[int, int]] = []
        rb: list[tuple[int, int]] = []
        for op, t in chunks_raw:
            n = len(t)
            if op == 0:
                ia += n
                ib += n
            elif op == -1:
                ra.append((ia, ia + n))
                rb.append((ib, ib))
                ia += n
            else:
                rb.append((ib, ib + n))
                ra.append((ia, ia))
                ib += n
        return ra, rb
    ra, rb = [], []
    for c in chunks:
        if c.tag != "equal":
            ra.append((c.start_a, c.end_a))
            rb.append((c.start_b, c.end_b))
    return ra, rb


def _justified(run: tuple[int, int], changed: list[tuple[int, int]]) -> bool:
    s, e = run
    for cs, ce in changed:
        if cs == ce:
            if s <= cs <= e:
                return True
        elif cs < e and s < ce:
            return True
    return False


_LINE_LABEL = re.compile(
    r"^[ \u3000]*(?:(?P<art>第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)*)"
    r"|(?P<para>[0-9０-９]+(?:(?:[・～〜~\-―]|及び|から)[0-9０-９]+(?:まで)?)*)"
    r"|(?P<item>(?:[(（][0-9０-９]+[)）]|[⑴-⒇]|[一二三四五六七八九十]+)(?:(?:[・～〜~\-―]|及び|から)(?:[(（][0-9０-９]+[)）]|[⑴-⒇]|[一二三四五六七八九十]+)(?:まで)?)*))"
    r"(?=[ \u3000]|[（(]?略)"
)
_RANGE_SPLIT = re.compile(r"[・～〜~\-―]|及び|から|まで")
_ABRIDGED_REST = re.compile(r"[ \u3000]*(?:[（(]\s*略\s*[）)]|略)[ \u3000]*")
"""What follows the label of an abridged line: 「（略）」, or 「略」 as some write it."""


def _abridged(line: str) -> bool:
    """True for a line that is a provision label and 「（略）」 (or 「略」) alone."""
    m = _LINE_LABEL.match(line)
    return bool(m) and bool(_ABRIDGED_REST.fullmatch(line[m.end():]))


def _has_abridged(text: str) -> bool:
    return any(_abridged(x) for x in text.split("\n")) or bool(_RYAKU.search(fold(text)))


def _label_keys(label: str, kind: str, article: tuple, para: int) -> tuple[list[tuple], int]:
    """The keys of the units a line's label names (a range 「2～4」 names each), and the 項 the
    lines after it belong to."""
    parts = [p for p in _RANGE_SPLIT.split(fold(label)) if p]
    nums: list[int] = []
    for p in parts:
        core = p.strip("()（） ")
        if len(core) == 1 and "⑴" <= core <= "⒇":
            nums.append(ord(core) - ord("⑴") + 1)
        elif re.fullmatch(r"[0-9]+", core):
            nums.append(int(core))
        else:
            key = number_key("第" + core + "号")
            if key:
                nums.append(key[0])
    if len(nums) == 2 and any(c in label for c in "～〜~-―から"):
        nums = list(range(nums[0], nums[1] + 1))
    if kind == "para":
        return [("P", article, n) for n in nums], (nums[-1] if nums else para)
    return [("I", article, para, n) for n in nums], para


def _line_units(side: TableSide) -> list[tuple[int, int, list[tuple], bool, bool]]:
    """``(start, end, keys, abridged, number marked)`` of each line of a cell that starts with a
    provision label: the article it is in, the 項 and 号 (an article line's key is the article)."""
    out = []
    article: tuple = ()
    para = 1
    pos = 0
    marked = bytearray(len(side.text))
    for a, b in side.marks:
        marked[a:b] = b"\x01" * (min(b, len(side.text)) - a)
    for line in side.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        m = _LINE_LABEL.match(line)
        if not m:
            continue
        f = fold(line)
        abridged = bool(_ABRIDGED_REST.fullmatch(f[m.end():]))
        if m.group("art"):
            article = number_key(m.group("art"))
            para = 1
            keys: list[tuple] = [("A", article)]
        else:
            keys, para = _label_keys(m.group("para") or m.group("item"), "para" if m.group("para") else "item", article, para)
        label_marked = any(marked[start + k] for k in range(m.start(), m.end()) if not _BLANK.match(line[k]))
        out.append((start, end, keys, abridged, label_marked))
    return out


def _abridged_lines(row: TableRow) -> tuple[list[Finding], dict[str, list[tuple[int, int]]]]:
    """Findings on lines abridged in one column and written out in the other, and the spans of
    those lines in each column (left out of the other checks)."""
    units = {"new": _line_units(row.new), "old": _line_units(row.old)}
    out: list[Finding] = []
    skip: dict[str, list[tuple[int, int]]] = {"new": [], "old": []}
    for column, other in (("new", "old"), ("old", "new")):
        side = row.new if column == "new" else row.old
        written = {}
        for start, end, keys, abridged, _ in units[other]:
            if not abridged:
                for k in keys:
                    written.setdefault(k, (start, end))
        for start, end, keys, abridged, label_marked in units[column]:
            if not abridged or label_marked:  # a moved provision abridged: its number is underlined
                continue
            hits = [written[k] for k in keys if k in written]
            if not hits:
                continue
            text = side.text[start:end].strip(" \u3000")
            out.append(_finding(ABRIDGED_CHANGE, "error", row, column, text, text=_snippet(text),
                                other=COLUMN_JA[other], other_en=COLUMN_EN[other]))
            skip[column].append((start, end))
            skip[other].extend(hits)
    return out, skip


def _blanked(side: TableSide, spans: list[tuple[int, int]]) -> TableSide:
    if not spans:
        return side
    chars = list(side.text)
    for a, b in spans:
        for k in range(a, b):
            chars[k] = "\u3000"
    return TableSide("".join(chars), side.marks, side.note)


def _check_pair(row: TableRow) -> list[Finding]:
    abridged, skip = _abridged_lines(row)
    if abridged:
        row = TableRow(row.number, _blanked(row.new, skip["new"]), _blanked(row.old, skip["old"]))
    out: list[Finding] = abridged
    new, old = row.new, row.old
    semantic = _changed_ranges(old.text, new.text, semantic=True)
    minimal = _changed_ranges(old.text, new.text, semantic=False)
    by_line = _changed_ranges(old.text, new.text, semantic=False, lines=True)
    kept: dict[str, list[tuple[int, int]]] = {"old": [], "new": []}
    for column, side, idx in (("old", old, 0), ("new", new, 1)):
        for s, e in side.marks:
            piece = side.text[s:e]
            if not piece.strip(" \u3000\n") or any(_justified((s, e), d[idx]) for d in (semantic, minimal, by_line)):
                kept[column].append((s, e))  # blank padding marks a deletion's place
                continue
            out.append(_finding(STRAY_MARK, "warning", row, column, piece, text=_snippet(piece)))
    # a stray 傍線 is reported once, as such: its words count as unmarked below
    rn, kn = _residue(new.text, tuple(kept["new"]))
    ro, ko = _residue(old.text, tuple(kept["old"]))
    if rn != ro:
        positions: dict[str, list[int]] = {"old": [], "new": []}
        for c in diff_chunks(ro, rn):
            if c.tag == "equal":
                continue
            sa, ea = _slid(ro, ko, old.text, c.start_a, c.end_a) if c.start_b == c.end_b else (c.start_a, c.end_a)
            sb, eb = _slid(rn, kn, new.text, c.start_b, c.end_b) if c.start_a == c.end_a else (c.start_b, c.end_b)
            positions["old"].extend(ko[k] for k in range(sa, ea))
            positions["new"].extend(kn[k] for k in range(sb, eb))
        for column, text in (("old", old.text), ("new", new.text)):
            for rs, re_ in _joined(text, _to_numbers(text, _runs(sorted(set(positions[column]))))):
                number = _in_number(text, rs, re_)
                if number is not None:
                    token = text[number[0] : number[1]]
                    out.append(_finding(UNMARKED_NUMBER, "error", row, column, token, text=token))
                else:
                    out.append(_finding(UNMARKED_CHANGE, "error", row, column, text[rs:re_], text=_snippet(text[rs:re_])))
    return _dedupe(out)


def _slid(residue: str, keep: list[int], text: str, s: int, e: int) -> tuple[int, int]:
    """An insertion (or deletion) ``residue[s:e]`` moved to the equivalent place that starts a
    line of ``text``, if one does: 「（３）…をいう。」 rather than 「３）…をいう。（」 when a 「（略）」
    follows (the same text inserted, the diff's choice of place being arbitrary)."""
    def starts_line(k: int) -> bool:
        p = keep[k]
        line = text[text.rfind("\n", 0, p) + 1 : p]
        return not line.strip(" \u3000")

    if e <= s or starts_line(s):
        return s, e
    a, b = s, e
    while a > 0 and residue[a - 1] == residue[b - 1]:
        a, b = a - 1, b - 1
        if starts_line(a):
            return a, b
    a, b = s, e
    while b < len(residue) and residue[a] == residue[b]:
        a, b = a + 1, b + 1
        if starts_line(a):
            return a, b
    return s, e


def _to_numbers(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs that cut into a provision number widened to the whole number, then merged (a diff
    may take the 「（」 of 「（３）」 for the one of a 「（略）」 nearby)."""
    if not runs:
        return runs
    tokens = [(m.start(), m.end()) for m in NUMBER_TOKEN.finditer(text)]
    wide = []
    for s, e in runs:
        for ts, te in tokens:
            if ts < e and s < te:
                s, e = min(s, ts), max(e, te)
        wide.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(wide):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out: list[Finding] = []
    for f in findings:
        if f.id not in seen:
            seen.add(f.id)
            out.append(f)
    return out


def _check_single(row: TableRow, column: str) -> list[Finding]:
    side = row.new if column == "new" else row.old
    flags = bytearray(len(side.text))
    for s, e in side.marks:
        flags[s:e] = b"\x01" * (min(e, len(side.text)) - s)
    bare = [i for i, c in enumerate(side.text) if not flags[i] and not _BLANK.match(c)]
    if not bare:
        return []
    first = bare[0]  # the anchor is the first line not underlined throughout
    s = side.text.rfind("\n", 0, first) + 1
    e = side.text.find("\n", first)
    e = len(side.text) if e < 0 else e
    while s < e and _BLANK.match(side.text[s]):
        s += 1
    label_m = _ARTICLE_LINE.search(side.text)
    label = label_m.group(1) if label_m else _snippet(side.text.split("\n", 1)[0])
    what, what_en = ("追加する", "added") if column == "new" else ("削る", "deleted")
    return [
        _finding(
            UNMARKED_ADDITION, "error", row, column, side.text[s:e],
            what=what, what_en=what_en, label=label, text=_snippet(side.text[s:e]),
        )
    ]


def _norm_line(line: str) -> str:
    return _BLANK.sub("", fold(line))


def _check_old(row: TableRow, current_lines: set[str]) -> list[Finding]:
    for line in row.old.text.split("\n"):
        n = _norm_line(line)
        if not n or _RYAKU.search(fold(line)) or _abridged(line):
            continue
        if n not in current_lines:
            return [_finding(OLD_MISMATCH, "error", row, "old", line.strip(), text=_snippet(line))]
    return []


def verify_rows(rows: list[TableRow], current: Ordinance | str | None = None) -> list[Finding]:
    """The 傍線 findings of a 対照表 (see the module docstring), in row order."""
    current_lines: set[str] | None = None
    if current is not None:
        text = current if isinstance(current, str) else current.text
        current_lines = {_norm_line(line) for line in text.split("\n")}
    out: list[Finding] = []
    article: str | None = None  # the article of the row before (a row may go on with it)
    for row in rows:
        found: list[Finding] = []
        if row.new.present and row.old.present:
            found.extend(_check_pair(row))
        elif row.new.present:
            found.extend(_check_single(row, "new"))
        elif row.old.present:
            found.extend(_check_single(row, "old"))
        if current_lines is not None and row.old.present:
            found.extend(_check_old(row, current_lines))
        continues = _continues(row)
        if continues and article is not None:
            found = [f if f.location.article is not None else
                     dataclasses.replace(f, location=dataclasses.replace(f.location, article=article)) for f in found]
        if not continues:
            article = _article_of(row.new) or _article_of(row.old)
        out.extend(found)
    return out


# --------------------------------------------------------------------------- consolidation


@dataclass(frozen=True, slots=True)
class TableConsolidation:
    """The ordinance in force with the 改正後 column merged in.

    Attributes:
        text: the consolidated text.
        failures: ``(row number, message_ja, message_en)`` of the rows that could not be merged.
    """

    text: str
    failures: tuple[tuple[int, str, str], ...]


def _key_of_text(text: str) -> tuple[int, ...]:
    m = _ARTICLE_LINE.search(text)
    return number_key(m.group(1)) if m else ()


_DIVISION_LABEL = re.compile(r"第[0-9０-９一二三四五六七八九十百]+[章節款目](?:の[0-9０-９一二三四五六七八九十]+)*")


def _toc_openings(toc_text: str | None) -> dict[str, tuple[int, ...]]:
    """Division label → number of the first article the 目次 line gives it
    (「第5章　雑則（第15条―第18条）」 → ``{"第5章": (15,)}``)."""
    out: dict[str, tuple[int, ...]] = {}
    for line in (toc_text or "").splitlines():
        f = fold(line)
        label = _DIVISION_LABEL.match(f.strip())
        paren = max(f.rfind("("), f.rfind("（"))
        if not label or paren < 0:
            continue
        first = re.search(r"第[0-9一二三四五六七八九十百]+条(?:の[0-9一二三四五六七八九十]+)*", f[paren:])
        if first:
            out.setdefault(label.group(0), number_key(first.group(0)))
    return out


def _opening_place(result: list[list], at: int, key: tuple[int, ...], openings: dict[str, tuple[int, ...]]) -> int:
    """Where an added article numbered ``key`` goes when the headings that follow ``at``
    (before any article) open a division the amended 目次 starts with that article: under
    the last of them. Otherwise ``at``."""
    place = at
    for k in range(at, len(result)):
        text, _, _, kind = result[k]
        if text is None:
            continue
        if kind != "division":
            break
        label = _DIVISION_LABEL.search(fold(text))
        if label and openings.get(label.group(0)) == key:
            place = k + 1
    return place


def _opened(target, new_text: str | None) -> str | None:
    """When the 改正前 cell is a 章・節 heading alone and the 改正後 cell is that heading with an
    article under it (an article added as the first of the 章), the article's text."""
    if target.kind != "division" or new_text is None:
        return None
    head, sep, rest = new_text.partition("\n")
    if not sep or not rest.strip() or _BLANK.sub("", fold(head)) != _BLANK.sub("", fold(target.text)):
        return None
    rest = rest.strip("\n")
    return rest if _ARTICLE_LINE.search(rest) else None


def consolidate_from_table(current_text: str, rows: list[TableRow]) -> TableConsolidation:
    """Merge the 改正後 column of ``rows`` into ``current_text``.

    Each 改正前 cell is found in the ordinance in force by its text (blanks ignored) and
    replaced by the 改正後 cell, or removed when the 改正後 side is empty or 「（削る）」. A
    provision only in the 改正後 column goes after the last article numbered before it (a
    heading, before the article of the next row), or, when the table's 改正後 目次 has a 章/節
    begin with it, right under the heading of that 章/節; a row whose 改正前 cell is a heading
    alone and whose 改正後 cell is that heading and an article puts the article right under the
    heading (the row of an article added as the first of a 章). Cells abridged with 「（略）」 are not
    expanded: such a row is reported in ``failures`` and left out.
    """
    rows = _joined_rows(rows)
    merge = _TableMerge(current_text, rows)
    # replacements and deletions first, so that additions see the amended numbers
    order = [r for r in rows if r.old.present] + [r for r in rows if not r.old.present]
    position = {id(r): k for k, r in enumerate(rows)}
    for row in order:
        if row.old.present:
            merge.replace(row, position[id(row)])
        elif row.new.present:
            merge.add(row, position[id(row)])
    return TableConsolidation(merge.text(), tuple(merge.failures))


def _continues(row: TableRow) -> bool:
    """True for a row that goes on with the article of the row before (an article split over
    rows, or over tables at a page break): both cells start with a 項 or 号, not with an article,
    a 見出し or a heading."""
    for side in (row.new, row.old):
        if not side.present:
            return False
        first = next((x for x in side.text.split("\n") if x.strip(" \u3000")), "")
        m = _LINE_LABEL.match(first)
        if not m or m.group("art") or _ARTICLE_LINE.search(side.text) or _DIVISION_LINE.match(fold(side.text)):
            return False
    return True


def _joined_rows(rows: list[TableRow]) -> list[TableRow]:
    """``rows`` with each continuation row (:func:`_continues`) joined to the article row before
    it, under that row's number (for merging; the cells are checked one by one)."""
    out: list[TableRow] = []
    for row in rows:
        if out and _continues(row) and out[-1].new.present and out[-1].old.present and _ARTICLE_LINE.search(out[-1].old.text):
            prev = out[-1]
            out[-1] = TableRow(prev.number, TableSide(prev.new.text.rstrip("\n") + "\n" + row.new.text),
                               TableSide(prev.old.text.rstrip("\n") + "\n" + row.old.text))
        else:
            out.append(row)
    return [piece for row in out for piece in _split_articles(row)]


_CAPTION_LINE = re.compile(r"^[ \u3000]*[（(][^）)\n]*[）)][ \u3000]*$")


def _article_pieces(text: str) -> list[str]:
    """``text`` cut before each article after the first (with the 見出し line above it)."""
    lines = text.split("\n")
    starts = [k for k, x in enumerate(lines) if _ARTICLE_LINE.match(x)]
    cuts = []
    for k in starts[1:]:
        cuts.append(k - 1 if k > 0 and _CAPTION_LINE.match(lines[k - 1]) else k)
    pieces, prev = [], 0
    for c in cuts:
        pieces.append("\n".join(lines[prev:c]).strip("\n"))
        prev = c
    pieces.append("\n".join(lines[prev:]).strip("\n"))
    return pieces


def _starts_with_article(text: str) -> bool:
    lines = [x for x in text.split("\n") if x.strip(" \u3000")]
    if lines and _CAPTION_LINE.match(lines[0]):
        lines = lines[1:]
    return bool(lines) and bool(_ARTICLE_LINE.match(lines[0]))


def _split_articles(row: TableRow) -> list[TableRow]:
    """A row whose two cells show the same number (two or more) of articles, as one row per
    article (some tables put consecutive moved articles in one row)."""
    if not (row.new.present and row.old.present):
        return [row]
    new, old = _article_pieces(row.new.text), _article_pieces(row.old.text)
    if len(new) < 2 or len(new) != len(old) or not all(_starts_with_article(x) for x in new + old):
        return [row]  # a 附則 in 条 is one provision
    return [TableRow(row.number, TableSide(n), TableSide(o)) for n, o in zip(new, old)]


class _TableMerge:
    """The ordinance in force as a list of entries the rows of a 対照表 replace, remove and add to.

    An entry is ``[text, key, gap, kind]``: the provision's text (``None`` once removed: a
    placeholder, dropped at the end), its article number key (``None`` for a heading), the
    blank text before it and its kind (``"division"``, ``"article"`` or ``"added"``).
    Provisions outside the body (title, 目次, 附則) are replaced in place at the end.
    """

    def __init__(self, current_text: str, rows: list[TableRow]) -> None:
        from ordreview.core.parse import parse_text

        self.current_text = current_text
        self.rows = rows
        self.cur = provisions(parse_text(current_text, path="<current>"))
        self.body = [p for p in self.cur if p.kind in ("division", "article")]
        self.body_idx = {id(p): k for k, p in enumerate(self.body)}
        self.by_norm: dict[str, list[int]] = {}
        for k, p in enumerate(self.cur):
            self.by_norm.setdefault(_BLANK.sub("", fold(p.text)), []).append(k)
        gaps: list[str] = []
        prev_end = None
        for p in self.body:
            gaps.append("\n\n" if prev_end is None else current_text[prev_end : p.start])
            prev_end = p.start + len(p.text)
        self.result: list[list] = [[p.text, p.number_key if p.kind == "article" else None, g, p.kind]
                                   for p, g in zip(self.body, gaps)]
        self.replaced_outside: dict[int, str | None] = {}
        self.failures: list[tuple[int, str, str]] = []
        self.entries = {id(p): self.result[k] for k, p in enumerate(self.body)}
        self.last_added: list | None = None
        self.placed_row: dict[int, list] = {}  # row position → its entry (a deleted one stays as a placeholder)

    def replace(self, row: TableRow, pos: int) -> None:
        """A row with a 改正前 cell: its provision replaced by the 改正後 cell, or removed."""
        old_text, new_text_cell = row.old.text, row.new.text
        if _has_abridged(old_text) or (row.new.present and _has_abridged(new_text_cell)):
            expanded = _expand_abridged(old_text, new_text_cell if row.new.present else "", self.cur)
            if expanded is None:
                self.failures.append((row.number, *render(UNMATCHED_ROW, row=row.number)))
                return
            old_text, new_text_cell = expanded
            row = TableRow(row.number, TableSide(new_text_cell, (), None if row.new.present else row.new.note),
                           TableSide(old_text))
        hits = self.by_norm.get(_BLANK.sub("", fold(old_text)), [])
        if not hits:
            self.failures.append((row.number, *render(UNMATCHED_ROW, row=row.number)))
            return
        target = self.cur[hits.pop(0)]
        new_text = row.new.text.rstrip() if row.new.present else None
        opened = _opened(target, new_text)
        if opened is not None and id(target) in self.body_idx:  # the heading kept, an article under it
            entry = self.entries[id(target)]
            k = _index(self.result, entry) + 1
            gap = self.result[k][2] if k < len(self.result) else "\n\n"
            added = [opened, _key_of_text(opened) or None, gap, "added"]
            self.result.insert(k, added)
            self.placed_row[pos] = added
        elif id(target) in self.body_idx:
            entry = self.entries[id(target)]
            self.placed_row[pos] = entry
            if new_text is None:
                entry[0], entry[1] = None, None  # a placeholder, dropped at the end
            else:
                entry[0] = new_text
                if entry[1] is not None:
                    entry[1] = _key_of_text(new_text) or entry[1]
        else:
            self.replaced_outside[id(target)] = new_text
        self.last_added = None

    def add(self, row: TableRow, pos: int) -> None:
        """A row with only a 改正後 cell: a new provision put in its place."""
        rows = self.rows
        text = row.new.text.rstrip()
        key = _key_of_text(text)
        is_article = bool(_ARTICLE_LINE.search(text))
        if not key:  # a heading alone: numbered by the next row's article
            for later in rows[pos + 1 :]:
                if later.new.present and _key_of_text(later.new.text):
                    key = _key_of_text(later.new.text)
                    break
        entry = [text, key if is_article else None, "\n\n", "added"]
        last_added = self.last_added
        if last_added is not None and last_added[1] is None and pos > 0 and not rows[pos - 1].old.present:
            at = _index(self.result, last_added) + 1  # right under the heading added just before
        else:
            at = self._place_of_added(pos, key, is_article)
        self.result.insert(at, entry)
        self.placed_row[pos] = entry
        self.last_added = entry

    def _place_of_added(self, pos: int, key: tuple[int, ...], is_article: bool) -> int:
        """Where the provision of row ``pos`` (article key ``key``, empty for none) goes."""
        result = self.result
        # after the last article numbered before it; with none, just before the
        # first article (under the headings that open the body)
        at = next((k for k, e in enumerate(result) if e[1] is not None), len(result))
        for k, e in enumerate(result):
            if e[1] is not None and key and e[1] < key:
                at = k + 1
        if not key:
            at = len(result)
        # the row before it in the table may sit further on, past a heading (the
        # added article opens a chapter): go there when only headings and
        # removed provisions lie between
        before = self.placed_row.get(pos - 1)
        if before is not None and _index(result, before) >= 0:
            b = _index(result, before) + 1
            if b > at and all(e[0] is None or e[3] in ("division",) for e in result[at:b]):
                at = b
        # an article the amended 目次 (a row of the table) puts first in a 章/節 goes
        # under its heading; the 目次 in force numbers the articles before the change
        toc = next((p for p in self.cur if p.kind == "toc"), None)
        if is_article and key and toc is not None and self.replaced_outside.get(id(toc)):
            at = _opening_place(result, at, key, _toc_openings(self.replaced_outside[id(toc)]))
        return at

    def text(self) -> str:
        """The merged text: the body's entries joined by their gaps, between the head and tail."""
        current_text, body = self.current_text, self.body
        first = body[0].start if body else len(current_text)
        last = body[-1].start + len(body[-1].text) if body else len(current_text)
        head, tail = current_text[:first], current_text[last:]
        for p in self.cur:
            if id(p) in self.replaced_outside:
                new = self.replaced_outside[id(p)]
                if p.start < first:
                    head = head.replace(p.text, new if new is not None else "", 1)
                else:
                    tail = tail.replace(p.text, new if new is not None else "", 1)
        result = [e for e in self.result if e[0] is not None]
        parts = [head]
        for k, e in enumerate(result):
            parts.append(e[0] if k == 0 else e[2] + e[0])
        parts.append(tail)
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class TableBillCheck:
    """A 対照表 bill checked against the ordinance in force.

    Attributes:
        rows: the table rows.
        findings: the 傍線 findings (:func:`verify_rows`).
        consolidation: the 改正後 column merged into the ordinance in force.
    """

    rows: tuple[TableRow, ...]
    findings: tuple[Finding, ...]
    consolidation: TableConsolidation


def check_table_bill(path: str, current_text: str) -> TableBillCheck:
    """Read the 対照表 bill at ``path`` (.docx), check its 傍線 against ``current_text`` and merge it.

    Raises:
        ReadError: the file cannot be read, or has no table headed 改正後/改正前.
    """
    from ordreview.core.read.tables import read_docx_tables

    rows = rows_from_document(read_docx_tables(path))
    return TableBillCheck(tuple(rows), tuple(verify_rows(rows, current_text)), consolidate_from_table(current_text, rows))


def _units(article_text: str):
    """The parsed article alone and functions giving the text of its parts: the 項 ``a``–``b``
    (``first_line``: only the first line of ``a``, its 柱書 when its 号 are shown apart), the 号
    ``a``–``b`` of a 項, the article after its 見出し (``first_line``: its first line only)."""
    from ordreview.core.parse import parse_text

    o = parse_text(article_text, path="<article>")
    if len(o.articles) != 1:
        return None
    art = o.articles[0]
    text = o.text

    def line_start(pos: int) -> int:
        return text.rfind("\n", 0, pos) + 1

    def line_end(pos: int) -> int:
        e = text.find("\n", pos)
        return len(text) if e < 0 else e

    def paragraphs(a: int, b: int, first_line: bool = False) -> str | None:
        ps = [p for p in art.paragraphs if a <= p.num <= b]
        if len(ps) != b - a + 1 or a == 1:
            return None  # the first 項 sits on the 第N条 line: abridged with the article itself
        s0 = line_start(ps[0].span.start)
        return text[s0 : line_end(ps[0].span.start) if first_line else ps[-1].span.end]

    def items(para: int, a: int, b: int) -> str | None:
        p = next((p for p in art.paragraphs if p.num == para), None)
        its = [i for i in (p.items if p else ()) if i.num.isdigit() and a <= int(i.num) <= b]
        if len(its) != b - a + 1:
            return None
        return text[line_start(its[0].span.start) : its[-1].span.end]

    def body(first_line: bool = False) -> str:
        s0 = line_start(art.span.start if art.caption_span is None else art.caption_span.end + 1)
        return text[s0 : line_end(s0) if first_line else len(text)].rstrip("\n")

    return art, paragraphs, items, body


def _abridged_label(line: str) -> tuple[str, str, str] | None:
    """``(kind, printed label, folded label)`` of a line 「第17条　（略）」, 「2・3　（略）」, 「(1)～(3)
    （略）」, 「一・二　（略）」 (kind ``"art"``, ``"para"`` or ``"item"``), else ``None``."""
    m = _LINE_LABEL.match(line)
    if not m or not _ABRIDGED_REST.fullmatch(line[m.end():]):
        return None
    kind = next(k for k in ("art", "para", "item") if m.group(k))
    return kind, m.group(kind), fold(m.group(kind))


def _expand_abridged(old_cell: str, new_cell: str, cur: list) -> tuple[str, str] | None:
    """Both cells of an article row with their 「（略）」 lines replaced by the text in force.

    「第17条　（略）」 stands for the article's whole text after its 見出し, or, when lines of its
    項 or 号 follow in the cell, for its first line only; 「2　（略）」, 「2・3　（略）」, 「2～4　（略）」
    stand for 項 (the first line only when that 項's 号 follow), 「(1)　（略）」, 「一・二　（略）」 and
    ranges for 号 of the 項 last named in the cell. Arabic, full-width and kanji numbers alike. The
    改正後 cell's 略 lines are matched with the 改正前 cell's in order; a renumbered single provision
    gets its new number as printed in the 改正後 cell. ``None`` when a line cannot be matched.
    """
    m = _ARTICLE_LINE.search(old_cell)
    if not m or not _starts_with_article(old_cell):
        return _expand_outside(old_cell, new_cell, cur)
    key = number_key(m.group(1))
    target = next((p for p in cur if p.kind == "article" and p.number_key == key), None)
    if target is None:
        return None
    parsed = _units(target.text)
    if parsed is None:
        return None
    _, paragraphs, items, body = parsed

    def expand(cell: str, sources: list[tuple[str, str, str]] | None) -> tuple[str, list[tuple[str, str, str]]] | None:
        lines = cell.split("\n")
        labels = [_LINE_LABEL.match(x) for x in lines]
        out: list[str] = []
        seen: list[tuple[str, str, str]] = []  # (what the line stood for, its kind, its printed label)
        para = 1
        k = 0
        for n, line in enumerate(lines):
            ab = _abridged_label(line)
            lm = labels[n]
            if ab is None:
                out.append(line)
                if lm and lm.group("para"):
                    para = _label_keys(lm.group("para"), "para", (), para)[1]
                elif lm and lm.group("art"):
                    para = 1
                continue
            kind, printed, folded = ab
            later = [x for x in labels[n + 1 :] if x]
            if sources is not None:  # the 改正後 cell: the 改正前 line in the same place
                if k >= len(sources):
                    return None
                piece, old_kind, old_printed = sources[k]
                k += 1
                if kind == "para":
                    para = _label_keys(printed, "para", (), para)[1]
                if old_kind == kind and old_printed != printed and not _RANGE_SPLIT.search(folded):
                    at = piece.find(old_printed)
                    if at >= 0 and not piece[:at].strip(" \u3000"):
                        piece = piece[:at] + printed + piece[at + len(old_printed) :]
                out.append(piece)
                continue
            nums = [key[-1] for key in _label_keys(printed, "item" if kind == "item" else "para", (), para)[0]]
            if kind == "art":
                first = any(x.group("para") or x.group("item") for x in later if not x.group("art"))
                piece = body(first_line=first)
                para = 1
            elif kind == "para":
                if not nums:
                    return None
                shows_items = bool(later) and bool(later[0].group("item")) and len(nums) == 1
                piece = paragraphs(nums[0], nums[-1], first_line=shows_items)
                para = nums[-1]
            else:
                piece = items(para, nums[0], nums[-1]) if nums else None
            if piece is None:
                return None
            out.append(piece)
            seen.append((piece, kind, printed))
        return "\n".join(out), seen

    old_expanded = expand(old_cell, None)
    if old_expanded is None:
        return None
    new_expanded = expand(new_cell, old_expanded[1]) if new_cell else ("", [])
    if new_expanded is None:
        return None
    return old_expanded[0], new_expanded[0]


def _expand_outside(old_cell: str, new_cell: str, cur: list) -> tuple[str, str] | None:
    """:func:`_expand_abridged` for a provision outside the articles (a 附則 in 項, a 別表 with a
    備考): the provision whose first line heads the cell, its 略 lines filled in line by line."""
    first = _norm_line(next((x for x in old_cell.split("\n") if x.strip(" \u3000")), ""))
    for p in cur:
        if p.kind in ("article", "division") or _norm_line(p.text.split("\n", 1)[0]) != first:
            continue
        old = _fill_lines(old_cell, p.text.split("\n"), None)
        if old is None or _BLANK.sub("", fold(old[0])) != _BLANK.sub("", fold(p.text)):
            continue
        new = _fill_lines(new_cell, None, old[1]) if new_cell else ("", [])
        if new is not None:
            return old[0], new[0]
    return None


def _fill_lines(cell: str, lines: list[str] | None, sources: list[tuple[str, str, str]] | None):
    """The cell with each 略 line replaced by the lines of ``lines`` it stands for (read in order:
    from the line with its first label to the line before the next label of the same or a higher
    level, or before a 見出し line); with ``sources``, by the 改正前 pieces in order. ``None`` when
    a line is not found."""
    out: list[str] = []
    seen: list[tuple[str, str, str]] = []
    at = 0
    k = 0
    for line in cell.split("\n"):
        ab = _abridged_label(line)
        if ab is None:
            out.append(line)
            if lines is not None:
                n = _norm_line(line)
                while at < len(lines) and _norm_line(lines[at]) != n:
                    at += 1
                if at == len(lines):
                    return None
                at += 1
            continue
        kind, printed, folded = ab
        if sources is not None:
            if k >= len(sources):
                return None
            piece, old_kind, old_printed = sources[k]
            k += 1
            if old_kind == kind and old_printed != printed and not _RANGE_SPLIT.search(folded):
                pos = piece.find(old_printed)
                if pos >= 0 and not piece[:pos].strip(" \u3000"):
                    piece = piece[:pos] + printed + piece[pos + len(old_printed) :]
            out.append(piece)
            continue
        assert lines is not None
        labels = [p for p in _RANGE_SPLIT.split(folded) if p]
        first_label, last_label = labels[0], labels[-1]

        def label_of(x: str) -> tuple[str, str] | None:
            lm = _LINE_LABEL.match(x)
            if not lm or _CAPTION_LINE.match(x):
                return None
            kd = "para" if lm.group("para") else "item" if lm.group("item") else "art"
            return kd, fold(lm.group(kd))

        while at < len(lines) and label_of(lines[at]) != (kind, first_label):
            at += 1
        if at == len(lines):
            return None
        start = at
        reached_last = first_label == last_label
        at += 1
        while at < len(lines):
            lab = label_of(lines[at])
            if (_CAPTION_LINE.match(lines[at]) and reached_last) or (
                    lab is not None and (lab[0] == kind or (kind == "item" and lab[0] == "para"))):
                if lab == (kind, last_label) and not reached_last:
                    reached_last = True
                    at += 1
                    continue
                if reached_last or lab is None or lab[0] != kind:
                    break
            at += 1
        while at - 1 > start and not lines[at - 1].strip(" \u3000"):
            at -= 1  # the blank lines before the next unit stay in the cell
        piece = "\n".join(lines[start:at])
        out.append(piece)
        seen.append((piece, kind, printed))
    return "\n".join(out), seen


def _index(entries: list[list], entry: list) -> int:
    """Position of ``entry`` itself (not of an equal one) in ``entries``, or -1."""
    return next((k for k, e in enumerate(entries) if e is entry), -1)


__all__ = [
    "TableBillCheck",
    "TableConsolidation",
    "check_table_bill",
    "TableRow",
    "TableSide",
    "consolidate_from_table",
    "rows_from_diff",
    "rows_from_document",
    "verify_rows",
]

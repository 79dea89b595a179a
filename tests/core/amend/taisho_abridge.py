"""Turn a generated 新旧対照表 into the layouts municipalities print: unchanged 項 and 号 abridged
「（略）」, columns swapped, labels 改正案/現行 — so that the reader and the merge can be tried on
every amendment case of the held-out sets, not only on hand-made bills."""

from __future__ import annotations

import re

from ordreview.core.amend.taishohyo import TableRow, TableSide
from tests.core.amend.taisho_variants import Bill, Table

# written here, apart from the reader's own pattern, so that a misreading there shows
_LINE_LABEL = re.compile(
    r"^[ \u3000]*(?:(?P<art>第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)*)"
    r"|(?P<para>[0-9０-９]+)|(?P<item>[(（][0-9０-９]+[)）]|[⑴-⒇]|[一二三四五六七八九十]+))(?=[ \u3000])"
)

_CAPTION = re.compile(r"^[ \u3000]*[（(][^）)\n]*[）)][ \u3000]*$")


def _units(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, kind)`` of each unit of a cell: a labelled line with the unlabelled lines
    after it (sub-items ア イ, a 号's continuation), ``kind`` None for other lines (見出し)."""
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        m = _LINE_LABEL.match(line)
        if m and not _CAPTION.match(line):
            kind = "art" if m.group("art") else "para" if m.group("para") else "item"
            out.append((start, end, kind))
        elif out and out[-1][2] is not None and out[-1][2] != "art" and not _CAPTION.match(line):
            s, _, k = out[-1]
            out[-1] = (s, end, k)  # a sub-item or continuation line belongs to the unit above
        else:
            out.append((start, end, None))
    return out


def _marked(side: TableSide, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in side.marks)


def abridged(row: TableRow) -> tuple[str, str] | None:
    """The row's cells with every unit unchanged and unmarked in both cells replaced by
    「label　（略）」, as marked-up text for ``taisho_variants.build_bill``; ``None`` when the
    cells do not have the same units."""
    if not (row.new.present and row.old.present):
        return None
    un, uo = _units(row.new.text), _units(row.old.text)
    if [k for *_, k in un] != [k for *_, k in uo]:
        return None
    keep = []
    for (ns, ne, k), (os_, oe, _) in zip(un, uo):
        same = (k is not None and row.new.text[ns:ne] == row.old.text[os_:oe]
                and not _marked(row.new, ns, ne) and not _marked(row.old, os_, oe))
        keep.append(not same)
    # the article's first line is abridged only when something after it is shown
    for i, (_, _, k) in enumerate(un):
        if k == "art" and not keep[i] and not any(keep[j] for j in range(i + 1, len(un)) if un[j][2] is not None):
            keep[i] = True
    if all(keep):
        return None

    def cell(side: TableSide, units) -> str:
        parts = []
        for (s, e, k), kept in zip(units, keep):
            if kept:
                parts.append(_markup(side, s, e))
            else:
                m = _LINE_LABEL.match(side.text[s:e])
                parts.append(side.text[s : s + m.end()] + "　（略）")
        return "\n".join(parts)

    return cell(row.new, un), cell(row.old, uo)


def _markup(side: TableSide, s: int, e: int) -> str:
    out = []
    for k in range(s, e):
        c = side.text[k]
        on = any(a <= k < b for a, b in side.marks)
        prev = k > s and any(a <= k - 1 < b for a, b in side.marks)
        if c == "\n":
            if prev:
                out.append("</u>")
            out.append("\n")
            continue
        if on and (not prev or side.text[k - 1] == "\n"):
            out.append("<u>")
        if not on and prev and side.text[k - 1] != "\n":
            out.append("</u>")
        out.append(c)
    if e > s and any(a <= e - 1 < b for a, b in side.marks) and side.text[e - 1] != "\n":
        out.append("</u>")
    return "".join(out)


def side_markup(side: TableSide) -> str:
    if side.note is not None:
        return f"（{side.note}）"
    return _markup(side, 0, len(side.text))


def municipal_bill(name: str, rows: list[TableRow], *, old_left: bool) -> tuple[Bill, int]:
    """A bill of ``rows`` with unchanged units abridged; the number of rows abridged."""
    cells = []
    n = 0
    for row in rows:
        ab = abridged(row)
        if ab is not None:
            n += 1
            cells.append(ab)
        else:
            cells.append((side_markup(row.new), side_markup(row.old)))
    labels = ("改正案", "現行") if old_left else ("改正後", "改正前")
    return Bill(name, ["（題名）の一部を改正する条例"], [Table(cells)], new_label=labels[0], old_label=labels[1],
                new_left=not old_left), n

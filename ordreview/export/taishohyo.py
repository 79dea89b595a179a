"""The 新旧対照表 of an amendment as a Word file.

Layout (municipal horizontal practice, see ``docs/amendments.md``): one landscape A4 section;
the title 「○○条例の一部を改正する条例 新旧対照表」, a note that the underlined parts are the
amended parts, then one table with a repeated header row 改正後 | 改正前 (改正後 left by
default, ``old_left`` puts 改正前 left) and one row per changed provision:

- a changed provision in both columns, the changed characters underlined (傍線) in both;
- a renumbered provision with its number underlined on both sides;
- an added provision only in the 改正後 column, wholly underlined, the other cell reading
  「（新設）」; a deleted one only in the 改正前 column, the other cell 「（削る）」
  (``notes=False`` leaves those cells empty, as some municipalities do).

Each line of a provision is one Word paragraph with a hanging indent; the 傍線 ranges come from
the comparison (``core/amend/compare.py``) and are written as runs the way the report's
``write_marked`` cuts them (see :func:`write_lines`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ordreview.core.amend.compare import ChangeRow, VersionDiff
from ordreview.core.chars import leading_blanks
from ordreview.export import oxml
from ordreview.export.atomic import check_not_source, save_atomically
from ordreview.export.docx_build import GOTHIC, new_document
from ordreview.export.report import HEADER_FILL, LANDSCAPE_WIDTH_TW, marked_pieces

COLUMN_NEW = "改正後"
COLUMN_OLD = "改正前"
NOTE_ADDED = "（新設）"
NOTE_DELETED = "（削る）"
TABLE_NOTE = "（下線の部分は改正部分）"
CELL_SIZE = 10.0


@dataclass(frozen=True, slots=True)
class TableSettings:
    """Choices a municipality makes for its 対照表.

    Attributes:
        old_left: put 改正前 in the left column (岩手県 style); default 改正後 left.
        notes: write 「（新設）」/「（削る）」 in the empty cell of an added/deleted provision.
        new_label / old_label: column headings (改正後/改正前; also 改正案/現行, 新/旧).
    """

    old_left: bool = False
    notes: bool = True
    new_label: str = COLUMN_NEW
    old_label: str = COLUMN_OLD


def table_title(diff: VersionDiff) -> str:
    """「○○条例の一部を改正する条例 新旧対照表」 from the current version's title."""
    title = diff.current.title or diff.amended.title or ""
    return f"{title}の一部を改正する条例　新旧対照表" if title else "新旧対照表"


def row_cells(row: ChangeRow, settings: TableSettings) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """(new cell, old cell), each as (text, 傍線 ranges). An article opening a 章 shows the
    heading above it in both cells (``ChangeRow.context``), the note under the heading."""
    new_cell, old_cell = row.cells()
    new = new_cell or (NOTE_DELETED if settings.notes else "", ())
    old = old_cell or (NOTE_ADDED if settings.notes else "", ())
    if row.context and row.old is None and settings.notes:
        old = (old[0] + "\n" + NOTE_ADDED, old[1])
    return new, old


def build_taishohyo(
    diff: VersionDiff, *, settings: TableSettings | None = None, title: str | None = None
) -> DocxDocument:
    """The 対照表 as an unsaved python-docx document."""
    settings = settings or TableSettings()
    document = new_document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    heading = document.paragraphs[0] if document.paragraphs else document.add_paragraph()
    run = heading.add_run(title or table_title(diff))
    run.bold = True
    run.font.size = Pt(12)
    oxml.run_east_asian_font(run, GOTHIC)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note = document.add_paragraph(TABLE_NOTE)
    note.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    labels = (settings.new_label, settings.old_label)
    if settings.old_left:
        labels = labels[::-1]
    table = document.add_table(rows=1, cols=2)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    oxml.row_repeat_as_header(header)
    for cell, label in zip(header.cells, labels):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(label)
        r.bold = True
        r.font.size = Pt(CELL_SIZE)
        oxml.cell_shading(cell, HEADER_FILL)
    for row in diff.rows:
        cells = row_cells(row, settings)
        if settings.old_left:
            cells = cells[::-1]
        tr = table.add_row()
        for cell, (text, marks) in zip(tr.cells, cells):
            write_lines(cell, text, marks)
    width = (LANDSCAPE_WIDTH_TW + 1100) // 2  # 20 mm margins leave a little more than the report
    oxml.table_fixed_widths(table, [width, width])
    return document


def write_lines(cell, text: str, marks: Sequence[tuple[int, int]]) -> None:
    """Write ``text`` into a table cell, one paragraph per line, underlining ``marks``.

    The runs are cut by the report's ``marked_pieces`` (as its ``write_marked`` cuts them) and
    made by ``oxml.marked_run``, which builds them without python-docx's slower run API.
    """
    lines = text.split("\n")
    pos = 0
    for p, line in zip(oxml.cell_paragraphs(cell, len(lines)), lines):
        end = pos + len(line)
        local = [(max(s, pos) - pos, min(e, end) - pos) for s, e in marks if s < end and e > pos]
        lead = leading_blanks(line)
        if line.strip():  # wrapped lines hang under the text, as 例規 are printed
            oxml.set_hanging_indent(p, int(CELL_SIZE * 20 * (lead + 1)))
        for piece, underlined in marked_pieces(line, local):
            p.append(oxml.marked_run(piece, underlined=underlined, half_points=int(CELL_SIZE * 2)))
        pos = end + 1


def export_taishohyo(
    diff: VersionDiff,
    path: str | os.PathLike[str],
    *,
    settings: TableSettings | None = None,
    sources: Sequence[str] = (),
    title: str | None = None,
) -> Path:
    """Write the 対照表 to ``path`` atomically; never over one of ``sources``.

    Raises:
        ExportError: the file cannot be written (no partial file is left).
    """
    target = Path(path)
    for source in sources:
        check_not_source(target, source)
    return save_atomically(build_taishohyo(diff, settings=settings, title=title), target)

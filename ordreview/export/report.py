"""The review report: cover, coverage summary per point, findings table and 対照表.

The 対照表 follows the 新旧対照表 convention (docs/domain.md): two columns side by side in a landscape section,
the differing characters underlined (傍線) in both columns. Definitions are compared with the
statute (条例案 / 法（参考）; ``statute_first`` swaps them), the differing characters taken from
the comparison's diff chunks. Suggested wordings are laid out as a 新旧対照表
(``provision_rows``): 修正案 left, 原案 right, each row the whole provision (条, 項 or 号)
holding the finding, and a missing provision's model wording numbered where it would go, with
（新設） on the right. Advice in brackets is not wording and gets no table.

The findings table and the 対照表 are in landscape sections; the cover and summary portrait.
A revised draft's report ends with 「前回指摘の対応状況」: the earlier revision's findings this
draft no longer raises, with the officer's notes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_UNDERLINE
from docx.shared import Mm, Pt

from ordreview.core.labels import earlier_label, in_numerals, in_numerals_text, shown_label, shown_message, shown_style
from ordreview.core.labels import suppl_label
from ordreview.core.messages import define, render
from ordreview.core.model import (
    SEVERITY_ORDER,
    STATUS_LABELS,
    Annotation,
    Finding,
    FindingId,
    Location,
    Ordinance,
    Review,
    Reviewer,
)
from ordreview.export import oxml
from ordreview.export.atomic import check_not_source, save_atomically
from ordreview.export.docx_build import GOTHIC, new_document
from ordreview.export.labels import POINT_TITLES, SEVERITY_LABEL, severity_counts
from ordreview.export.provision_rows import ProvisionRow, consecutive_item, gap_row, marks_of, rewrite_row

REPORT_TITLE = define("export.report.title", ja="個人情報保護条例案 審査報告書", en="Review report on the draft ordinance")
SUMMARY = define("export.report.summary", ja="1　点検結果の概要", en="1. Summary of the review")
FINDINGS = define("export.report.findings", ja="2　指摘事項一覧", en="2. Findings")
TABLE_HEADING = define("export.report.comparison", ja="3　対照表", en="3. Comparison tables")
TABLE_NOTE = define(
    "export.report.comparison_note",
    ja="傍線（下線）を付した部分は、条例案と比較対象との相違箇所を示す。",
    en="Underlined characters are where the draft and the compared text differ.",
)
EARLIER_HEADING = define(
    "export.report.earlier", ja="4　前回指摘の対応状況", en="4. Findings of the earlier draft"
)
EARLIER_NOTE = define(
    "export.report.earlier_note",
    ja="以前の版の条例案に対する指摘のうち、本案では生じなくなったもの（改稿により解消）とその際の担当者の確認状況・コメントを示す。",
    en="Findings on an earlier version of the draft that this draft no longer raises (resolved by the redraft), with the reviewer's status and notes.",
)
EARLIER_DONE = define("export.report.earlier_done", ja="本案で解消", en="Resolved in this draft")
DELEGATIONS_HEADING = define(
    "export.report.delegations", ja="（参考）規則への委任事項一覧", en="(Reference) Inventory of delegations"
)
DELEGATIONS_NOTE = define(
    "export.report.delegations_note",
    ja="条例案が規則等に委ねている事項の一覧である。施行規則の立案に当たり、各事項が委任先で定められているかを確認する際のチェックリストとして用いられたい。"
    "手数料の額は条例で定めなければならない（地方自治法第228条第1項）。",
    en="What the draft leaves to a rule or another body: a checklist for drafting the implementing rule. "
    "Fees must be fixed by ordinance (Local Autonomy Act Art. 228(1)).",
)
NO_FINDINGS = define("export.report.no_findings", ja="指摘事項なし。", en="There are no findings.")
NO_COMPARISONS = define(
    "export.report.no_comparisons", ja="対照する規定なし。", en="There is nothing to compare."
)
NOT_PROVIDED = define("export.report.not_provided", ja="（規定なし）", en="(no provision)")

COVER_LABELS: tuple[tuple[str, str], ...] = (
    ("title", "条例案の題名"),
    ("municipality", "団体名"),
    ("date", "作成日"),
    ("reviewer", "審査者"),
    ("profile", "審査基準（プロファイル）"),
    ("file", "条例案ファイル"),
    ("sha256", "SHA-256"),
    ("counts", "指摘件数"),
)
POINT_LABELS: dict[str, str] = {
    **{point: f"{point}　{ja}" for point, (ja, _) in POINT_TITLES.items()},
    "other": "その他",
}
COVERAGE_LABELS: dict[str, str] = {
    "covered": "充足",
    "partial": "一部",
    "missing": "欠落",
    "not_applicable": "対象外",
}
SEVERITY_JA: dict[str, str] = {severity: render(code).ja for severity, code in SEVERITY_LABEL.items()}
COLUMN_DRAFT = "条例案"
COLUMN_STATUTE = "法（参考）"
COLUMN_SUGGESTION = "修正案"
COLUMN_ORIGINAL = "原案"
HEADER_FILL = "D9D9D9"
PORTRAIT_WIDTH_TW = 9070  # A4 minus 25 mm margins, in twips
LANDSCAPE_WIDTH_TW = 14000
SUGGESTION_LIMIT = 60


@dataclass(frozen=True, slots=True)
class SideBySide:
    """One 対照表 entry: two texts and, per text, the character ranges to underline.

    Attributes:
        heading: the entry's heading (what is compared and the reference).
        left_label / right_label: column headings, already in display order.
        left / right: the texts.
        left_marks / right_marks: half-open ranges of underlined characters.
    """

    heading: str
    left_label: str
    right_label: str
    left: str
    right: str
    left_marks: tuple[tuple[int, int], ...]
    right_marks: tuple[tuple[int, int], ...]


def export_report(
    *,
    review: Review,
    annotations: Mapping[FindingId, Annotation],
    reviewer: Reviewer,
    path: str | os.PathLike[str],
    municipality: str = "",
    statute_first: bool = False,
    earlier: Sequence[Finding] = (),
) -> Path:
    """Write the review report to ``path`` (atomically) and return its absolute path.

    Args:
        municipality: printed on the cover ("" leaves the field blank).
        statute_first: put the statute / suggestion column left of the draft column.
        earlier: findings of an earlier revision this draft no longer raises (the store's
            ``obsolete`` findings); listed with their notes (from ``annotations``) in the
            section 「前回指摘の対応状況」, so the 審議会 history keeps what the redraft fixed.

    Raises:
        ExportError: the file cannot be written (no partial file is left).
    """
    target = Path(path)
    check_not_source(target, review.ordinance.document.source.path)
    document = build_report(
        review=review,
        annotations=annotations,
        reviewer=reviewer,
        municipality=municipality,
        statute_first=statute_first,
        earlier=earlier,
    )
    return save_atomically(document, target)


def build_report(
    *,
    review: Review,
    annotations: Mapping[FindingId, Annotation],
    reviewer: Reviewer,
    municipality: str = "",
    statute_first: bool = False,
    today: dt.date | None = None,
    earlier: Sequence[Finding] = (),
) -> DocxDocument:
    """The report as an unsaved python-docx document."""
    document = new_document()
    _footer_page_number(document)
    titles = requirement_titles(review.profile_id)
    _cover(document, review, reviewer, municipality, today or dt.date.today())
    _summary(document, review, titles)
    _findings(document, review, annotations, titles)
    _delegations(document, review)
    entries = side_by_side_entries(review, statute_first=statute_first)
    _comparisons(document, entries)
    if earlier:
        _earlier(document, earlier, annotations, titles, review.ordinance)
    return document


# --------------------------------------------------------------------------- data


def requirement_titles(profile_id: str) -> dict[str, tuple[str, str]]:
    """Requirement id → (Japanese title, point) from the profile; empty if it cannot be loaded."""
    try:
        from ordreview.core.profile import load_profile

        profile = load_profile(profile_id)
    except Exception:  # noqa: BLE001 - the report still prints ids without the profile
        return {}
    out: dict[str, tuple[str, str]] = {}
    for req in getattr(profile, "requirements", ()):
        out[str(req.id)] = (str(getattr(req, "title_ja", "")), str(getattr(req, "point", "")))
    return out


def requirement_groups(profile_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """The profile's report headings: (group key → label, requirement id → group key).

    Empty for a profile that groups its requirements by point A/B/C/O (or cannot be loaded).
    """
    try:
        from ordreview.core.profile import load_profile

        groups = load_profile(profile_id).groups
    except Exception:  # noqa: BLE001 - the report falls back to the points
        return {}, {}
    labels = {f"group:{g.id}": g.title_ja for g in groups}
    member = {rid: f"group:{g.id}" for g in groups for rid in g.requirements}
    return labels, member


def point_of(requirement: str, titles: Mapping[str, tuple[str, str]]) -> str:
    """The point A/B/C/other of a requirement id."""
    if requirement in titles and titles[requirement][1]:
        return titles[requirement][1]
    head = requirement[:1]
    return head if head in ("A", "B", "C") else "other"


def location_label(loc: Location, ordinance: Ordinance | None = None) -> str:
    """The one label the window, the command line and the Word comments show (第2条第1項第3号ア,
    附則第2項, 題名, 目次, 別表第1, 「全体」 for the whole ordinance), in the numerals chosen."""
    return shown_label(loc, ordinance)


def suppl_place(review: Review, loc: Location) -> str:
    """The 附則 label (附則第2項, 付則第1条) of a location inside a 附則, else ``""``."""
    if loc.article is not None or loc.span is None:
        return ""
    return suppl_label(review.ordinance, loc.span.start)


def _sort_key(f: Finding) -> tuple[int, int, int]:
    span = f.location.span
    return (span.start if span else -1, SEVERITY_ORDER.get(f.severity, 9), span.end if span else -1)


def side_by_side_entries(review: Review, *, statute_first: bool = False) -> list[SideBySide]:
    """The 対照表 entries: each distinct definition comparison, then each suggested wording."""
    from ordreview.export.annotate import is_gap
    from ordreview.export.changes import is_wording

    entries: list[SideBySide] = []
    seen: set[tuple[str, str, str]] = set()
    findings = sorted(review.findings, key=_sort_key)
    for f in findings:
        comp = f.comparison
        if comp is None:
            continue
        key = (comp.label_ja, comp.draft, comp.statute)
        if key in seen:
            continue
        seen.add(key)
        entries.append(
            _pair(
                f"{comp.label_ja}（{comp.statute_ref}）" if comp.statute_ref else comp.label_ja,
                (COLUMN_DRAFT, comp.draft, marks_of(comp.chunks, "a")),
                (COLUMN_STATUTE, comp.statute, marks_of(comp.chunks, "b")),
                statute_first,
            )
        )
    new_items: dict[tuple[str | None, str], int] = {}
    suggested: list[tuple[tuple[int, tuple[int, ...]], int, SideBySide]] = []
    for f in findings:
        if not is_wording(f.suggestion) or f.comparison is not None:
            continue
        key = ("suggestion", f.anchor_text, f.suggestion)
        if key in seen:
            continue
        seen.add(key)
        where = location_label(f.location, review.ordinance)
        place = (_sort_key(f)[0], ())
        heading = f"{where}　{f.requirement or ''}　{shown_message(f.message_ja, review.ordinance)}".replace("　　", "　")
        if is_gap(f):
            from ordreview.export.changes import _is_provision
            from ordreview.export.provision_rows import NEW_PROVISION

            row = gap_row(review, f)
            if row.old == NEW_PROVISION and not _is_provision(row.new):
                continue  # a model phrase, no provision: a row is a whole provision, never a fragment
            row = consecutive_item(row, f.location.article, new_items)
            if row.label:
                new_label = in_numerals(row.label, shown_style(review.ordinance))
                moved = f"{in_numerals(row.moved, shown_style(review.ordinance))}　" if row.moved else ""
                heading = f"{new_label}（新設）　{moved}{f.requirement or ''}　{shown_message(f.message_ja, review.ordinance)}".replace("　　", "　")
                place = _new_article_place(review, f, row.label)
        else:
            row = rewrite_row(review.ordinance, f)
            if row is None:  # no place in the draft: the suggestion alone
                text = f.suggestion.strip()
                row = ProvisionRow(text, render(NOT_PROVIDED).ja, ((0, len(text)),), ())
        # 新旧対照表 order whatever ``statute_first``: the revised text left, the draft right
        suggested.append((place, len(suggested), SideBySide(heading, COLUMN_SUGGESTION, COLUMN_ORIGINAL, row.new,
                                                            row.old, row.new_marks, row.old_marks)))
    # in the order of the provisions: a new article where it goes, after the one it follows
    entries.extend(entry for _, _, entry in sorted(suggested, key=lambda t: (t[0], t[1])))
    return entries


def _new_article_place(review: Review, finding: Finding, label: str) -> tuple[int, tuple[int, ...]]:
    """Where a new article's row goes among the rows: right after the article it follows, the
    new articles after one article in the order of their numbers."""
    from ordreview.core.text import kanji_to_int
    from ordreview.export.provision_rows import article_before

    after = article_before(review, finding)
    numbers = tuple(kanji_to_int(n) or 0 for n in re.findall(r"[0-9０-９〇一二三四五六七八九十百千]+", label))
    if after is None:
        return (_sort_key(finding)[0], numbers)
    return (after.span.end, numbers)


def placed_suggestions(review: Review) -> dict[FindingId, str]:
    """Per gap finding with a new provision, its wording numbered as the 対照表 numbers it
    (第6条の2, a new 号 run on after the others: (5), (6), (7)), so that the list of findings
    and the 対照表 give one number to one provision."""
    from ordreview.export.annotate import is_gap
    from ordreview.export.changes import is_wording

    out: dict[FindingId, str] = {}
    seen: set[tuple[str, str]] = set()
    new_items: dict[tuple[str | None, str], int] = {}
    for f in sorted(review.findings, key=_sort_key):
        if not is_gap(f) or not is_wording(f.suggestion) or f.comparison is not None:
            continue
        if (f.anchor_text, f.suggestion) in seen:
            continue
        seen.add((f.anchor_text, f.suggestion))
        row = gap_row(review, f)
        if row.old == "（新設）":
            out[f.id] = consecutive_item(row, f.location.article, new_items).new
    return out


def _pair(heading: str, draft_side, other_side, statute_first: bool) -> SideBySide:
    left, right = (other_side, draft_side) if statute_first else (draft_side, other_side)
    return SideBySide(heading, left[0], right[0], left[1], right[1], tuple(left[2]), tuple(right[2]))


# --------------------------------------------------------------------------- layout


def _footer_page_number(document: DocxDocument) -> None:
    footer = document.sections[0].footer
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("－ ")
    oxml.paragraph_page_number(p)
    p.add_run(" －")


def _heading(document: DocxDocument, text: str, *, size: float = 12, center: bool = False):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    oxml.run_east_asian_font(run, GOTHIC)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(
    document: DocxDocument,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    *,
    keep_rows_whole: bool = True,
):
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    oxml.row_repeat_as_header(hdr)
    for cell, text in zip(hdr.cells, header):
        _cell_text(cell, text, bold=True)
        oxml.cell_shading(cell, HEADER_FILL)
    for values in rows:
        row = table.add_row()
        if keep_rows_whole:
            oxml.row_cant_split(row)
        cells = row.cells
        for cell, text in zip(cells, values):
            _cell_text(cell, text)
    oxml.table_fixed_widths(table, list(widths))
    return table


def _cell_text(cell, text: str, *, bold: bool = False, size: float = 9) -> None:
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.font.size = Pt(size)
        if bold:
            run.bold = True


def _cover(document: DocxDocument, review: Review, reviewer: Reviewer, municipality: str, today: dt.date) -> None:
    ordinance = review.ordinance
    source = ordinance.document.source
    _heading(document, render(REPORT_TITLE).ja, size=16, center=True)
    if ordinance.title:
        p = document.add_paragraph(ordinance.title)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    counts = severity_counts(review.findings)
    values = {
        "title": ordinance.title or Path(source.path).stem,
        "municipality": municipality,
        "date": f"{today.year}年{today.month}月{today.day}日",
        "reviewer": reviewer.name,
        "profile": f"{review.profile_id}（版 {review.profile_version}）",
        "file": Path(source.path).name,
        "sha256": source.sha256,
        "counts": "、".join(f"{SEVERITY_JA[s]} {n}件" for s, n in counts.items()) + f"（計 {len(review.findings)}件）",
    }
    rows = [(label, values[key]) for key, label in COVER_LABELS]
    document.add_paragraph()
    _table(document, ("項目", "内容"), rows, (2600, PORTRAIT_WIDTH_TW - 2600))
    if ordinance.document.source_map is not None:  # a PDF, or text pasted out of one: say how it was read
        document.add_paragraph()
        for code in ("read.pdf_read", "read.pdf_text_cleaned", "read.pdf_structure_inferred",
                     "read.pdf_punctuation_lost", "read.pdf_vertical"):
            for notice in ordinance.document.notices:
                if notice.code == code:
                    document.add_paragraph(notice.message_ja)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _summary(document: DocxDocument, review: Review, titles: Mapping[str, tuple[str, str]]) -> None:
    _heading(document, render(SUMMARY).ja)
    group_labels, group_of = requirement_groups(review.profile_id)
    labels = {**POINT_LABELS, **group_labels}
    by_point: dict[str, dict[str, int]] = {p: dict.fromkeys(COVERAGE_LABELS, 0) for p in labels}
    for cov in review.coverage:
        rid = str(cov.requirement)
        point = group_of.get(rid) or point_of(rid, titles)
        by_point.setdefault(point, dict.fromkeys(COVERAGE_LABELS, 0))[cov.status] += 1
    rows = []
    has_points = any(sum(by_point[p].values()) for p in POINT_TITLES)
    if has_points:
        shown = list(POINT_LABELS)
    else:  # a profile without points A–C (post-2023): its own groups, then anything left over
        shown = [*group_labels, *(["other"] if sum(by_point["other"].values()) or not group_labels else [])]
    for point in shown:
        counts = by_point[point]
        rows.append([labels[point], *(str(counts[s]) for s in COVERAGE_LABELS), str(sum(counts.values()))])
    header = ("観点", *COVERAGE_LABELS.values(), "計")
    _table(document, header, rows, (3670, 1080, 1080, 1080, 1080, 1080))
    document.add_paragraph()
    req_rows = []
    for cov in review.coverage:
        rid = str(cov.requirement)
        title = titles.get(rid, ("", ""))[0]
        where = "、".join(location_label(loc, review.ordinance) for loc in cov.evidence[:3])
        req_rows.append([rid, title, COVERAGE_LABELS.get(cov.status, cov.status), where, f"{cov.confidence:.2f}"])
    if req_rows:
        _table(document, ("ID", "確認項目", "判定", "該当箇所", "確度"), req_rows, (700, 4270, 900, 2400, 800))


def _landscape_section(document: DocxDocument) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(20)


def _short(text: str, limit: int = SUGGESTION_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit] + "…（全文は対照表）"


def _findings(
    document: DocxDocument,
    review: Review,
    annotations: Mapping[FindingId, Annotation],
    titles: Mapping[str, tuple[str, str]],
) -> None:
    _landscape_section(document)
    _heading(document, render(FINDINGS).ja)
    if not review.findings:
        document.add_paragraph(render(NO_FINDINGS).ja)
        return
    rows = []
    placed = placed_suggestions(review)
    for n, f in enumerate(sorted(review.findings, key=_sort_key), start=1):
        ann = annotations.get(f.id)
        status = STATUS_LABELS.get(ann.status if ann else "unreviewed", ("", ""))[0]
        item = f.requirement or ""
        if item and titles.get(item, ("", ""))[0]:
            item = f"{item}\n{titles[item][0]}"
        basis = f.statute
        if f.suggestion:
            from ordreview.export.changes import is_wording

            advice = f.suggestion.strip()[1:-1]
            shown = placed.get(f.id, f.suggestion)
            wording = f"修正案: 「{_short(shown)}」" if is_wording(f.suggestion) else f"対応: {advice}"
            basis = f"{basis}\n{wording}" if basis else wording
        rows.append(
            [
                str(n),
                location_label(f.location, review.ordinance),
                SEVERITY_JA.get(f.severity, f.severity),
                item,
                shown_message(f.message_ja, review.ordinance),
                basis,
                status,
                ann.comment if ann else "",
            ]
        )
    header = ("No.", "位置", "重要度", "項目", "指摘内容", "根拠・修正案", "状況", "担当者コメント")
    _table(document, header, rows, (600, 1300, 700, 1800, 3700, 3600, 800, 1500))


def delegation_rows(review: Review) -> list[list[str]]:
    """The rows of the delegation inventory (empty when the review has no O8 finding)."""
    if not any(f.rule == "delegation" for f in review.findings):
        return []
    from ordreview.core.checks.integrity_style import delegations

    rows = []
    style = shown_style(review.ordinance)  # the provision labels in the numerals chosen, as everywhere
    for n, d in enumerate(delegations(review.ordinance), start=1):
        note = "手数料（額は条例で定める）" if d.fee else ""
        if d.blank:
            note = "、".join(x for x in (note, f"白紙委任のおそれ（{in_numerals_text(d.blank, style)}）") if x)
        rows.append([str(n), in_numerals(d.where, style), d.provision, d.who, note, "□"])
    return rows


def _delegations(document: DocxDocument, review: Review) -> None:
    rows = delegation_rows(review)
    if not rows:
        return
    _heading(document, render(DELEGATIONS_HEADING).ja)
    document.add_paragraph(render(DELEGATIONS_NOTE).ja)
    header = ("No.", "規定", "委任の内容（規定の文言）", "委任先", "確認事項", "確認")
    _table(document, header, rows, (600, 1700, 7400, 1500, 2100, 700))


def _comparisons(document: DocxDocument, entries: Sequence[SideBySide]) -> None:
    _landscape_section(document)
    _heading(document, render(TABLE_HEADING).ja)
    document.add_paragraph(render(TABLE_NOTE).ja)
    if not entries:
        document.add_paragraph(render(NO_COMPARISONS).ja)
        return
    half = LANDSCAPE_WIDTH_TW // 2
    for entry in entries:
        _heading(document, entry.heading, size=10.5)
        # a long provision may be taller than a page: Word would clip an unsplittable row
        table = _table(document, (entry.left_label, entry.right_label), [("", "")], (half, half), keep_rows_whole=False)
        row = table.rows[1]
        write_marked(row.cells[0].paragraphs[0], entry.left, entry.left_marks)
        write_marked(row.cells[1].paragraphs[0], entry.right, entry.right_marks)


def _earlier(
    document: DocxDocument,
    earlier: Sequence[Finding],
    annotations: Mapping[FindingId, Annotation],
    titles: Mapping[str, tuple[str, str]],
    ordinance: Ordinance | None = None,
) -> None:
    _heading(document, render(EARLIER_HEADING).ja)
    document.add_paragraph(render(EARLIER_NOTE).ja)
    rows = []
    for n, f in enumerate(sorted(earlier, key=_sort_key), start=1):
        ann = annotations.get(f.id)
        status = STATUS_LABELS.get(ann.status if ann else "unreviewed", ("", ""))[0]
        item = f.requirement or ""
        if item and titles.get(item, ("", ""))[0]:
            item = f"{item}\n{titles[item][0]}"
        when = ann.updated_at[:10] if ann and ann.updated_at else ""
        note = ann.comment.strip() if ann else ""
        rows.append([str(n), earlier_label(f, ordinance), item, shown_message(f.message_ja, ordinance), status,
                     f"{note}\n（{when}）" if note and when else note, render(EARLIER_DONE).ja])
    header = ("No.", "前回の位置", "項目", "前回の指摘内容", "前回の状況", "担当者コメント", "対応状況")
    _table(document, header, rows, (600, 1400, 1800, 4100, 1200, 3500, 1400))


def marked_pieces(text: str, marks: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into runs, each with True where it is underlined (傍線) by ``marks``."""
    flags = [False] * len(text)
    for start, end in marks:
        for i in range(max(0, start), min(len(text), end)):
            flags[i] = True
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and flags[j] == flags[i]:
            j += 1
        out.append((text[i:j], flags[i]))
        i = j
    return out


def write_marked(paragraph, text: str, marks: Sequence[tuple[int, int]], *, size: float = 10) -> None:
    """Write ``text`` into ``paragraph`` as runs, underlining (傍線) exactly the ``marks`` ranges."""
    for piece, underlined in marked_pieces(text, marks):
        run = paragraph.add_run(piece)
        run.font.size = Pt(size)
        if underlined:
            run.font.underline = WD_UNDERLINE.SINGLE

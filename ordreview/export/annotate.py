"""The annotated draft: the officer's draft with one real Word comment per finding.

For a .docx draft the output is a copy of the original (styles, headers, numbering and
existing comments untouched) with comments anchored on exactly the text each finding names;
runs are split where a finding starts or ends inside one, each half keeping the run's
``w:rPr``. For .txt and .html drafts ``docx_build`` first lays the ordinance out as a clean
Word document, keeping one paragraph per block so the same anchoring applies.

Anchoring rules (see docs/export.md):

- the comment covers the runs holding ``Finding.location.span``; a span across paragraphs
  runs from the first run to the last;
- a span (or the part of it in one paragraph) lying wholly in Word's numbering text, which no
  run holds, is anchored on the paragraph's first run;
- a finding without a span (a whole-draft finding, or a check that failed) is anchored on
  the title, or gets a point comment at the start of the draft when there is no title;
- an empty span gets a point comment (an empty range) at its offset.

A .docx source passes ``core.read.docx.check_docx_safe`` (size, zip bomb, DTD) again before
python-docx opens it, and must still have the sha256 it had when it was reviewed: spans
index the reviewed text, so comments on an edited file would land in the wrong places. Its
external relationships (hyperlinks, an attached template on a server, linked pictures) are
removed from the copy (``export.oxml.external``).

With ``suggest_changes`` the suggested wordings also go in as tracked changes (see
``changes``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ordreview.core.errors import ExportError
from ordreview.core.labels import article_label, in_numerals, shown_label, shown_message, shown_style
from ordreview.core.messages import define, render
from ordreview.core.model import STATUS_LABELS, Annotation, Finding, FindingId, Location, Ordinance, Review, Reviewer
from ordreview.export import oxml
from ordreview.export.anchor import BlockParagraph, SpanMapper, body_paragraphs
from ordreview.export.atomic import check_not_source, save_atomically
from ordreview.export.labels import SEVERITY_LABEL

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

log = logging.getLogger(__name__)

SOURCE_UNREADABLE = define(
    "export.source_unreadable",
    ja="元の条例案（Word）を開けませんでした: {path}（{reason}）",
    en="Could not open the source Word draft: {path} ({reason})",
)
SOURCE_MISSING = define(
    "export.source_missing",
    ja="元の条例案（Word）を開けませんでした: {path}（ファイルが見つかりません。移動または削除されていないか確認してください）",
    en="Could not open the source Word draft: {path} (the file was not found; was it moved or deleted?)",
)
SOURCE_CHANGED = define(
    "export.source_changed",
    ja="元の条例案（Word）が審査の後に変更されています。コメントの位置がずれるため、"
    "もう一度審査してから書き出してください: {path}",
    en="The source Word draft has changed since it was reviewed; review it again before exporting,"
    " or the comments would land in the wrong places: {path}",
)
SOURCE_UNSAFE = define(
    "export.source_unsafe",
    ja="元の条例案（Word）が審査の後に変更されたか、安全に開けないため、注釈付き条例案を作成できません。{reason_ja}",
    en="The source Word draft changed after the review or cannot be opened safely; no annotated draft"
    " was written. {reason_en}",
)
LABEL_STATUTE = define("export.label.statute", ja="根拠", en="Basis")
LABEL_SUGGESTION = define("export.label.suggestion", ja="修正案", en="Suggested wording")
LABEL_ADVICE = define("export.label.advice", ja="対応", en="What to do")
LABEL_STATUS = define("export.label.status", ja="確認状況", en="Status")
LABEL_OFFICER = define("export.label.officer_comment", ja="担当者コメント", en="Officer's comment")
LABEL_REQUIREMENT = define("export.label.requirement", ja="確認項目", en="Checklist item")
WHERE_TO_ADD = define(
    "export.where_to_add",
    ja="規定の追加位置: {where}の後に置くことを検討されたい。",
    en="Where to add: consider placing the provision after {where}.",
)
WHERE_TO_EDIT = define(
    "export.where_to_edit",
    ja="修正する規定: {where}（修正案のとおり改められたい。）",
    en="Provision to amend: {where} (as the suggested wording reads).",
)
SOURCE_PAGE_LINE = define(
    "export.source_page_line", ja="元の PDF での位置: {page}ページ {line}行目", en="In the source PDF: page {page}, line {line}"
)
SOURCE_LINE_COLUMN = define(
    "export.source_line_column",
    ja="元のファイルでの位置: {line}行目 {column}字目",
    en="In the source file: line {line}, column {column}",
)
WHERE_TITLE = define("export.where.title", ja="題名", en="the title")
WHERE_DRAFT = define("export.where.draft", ja="条例案の冒頭", en="the beginning of the draft")


def export_annotated(
    *,
    review: Review,
    annotations: Mapping[FindingId, Annotation],
    reviewer: Reviewer,
    path: str | os.PathLike[str],
    suggest_changes: bool = False,
) -> Path:
    """Write the annotated draft to ``path`` (atomically) and return its absolute path.

    Args:
        review: the review whose findings become comments.
        annotations: the officer's status/comment per finding id (missing → 未確認).
        reviewer: comment and tracked-change author.
        path: the .docx to write; never the source draft itself.
        suggest_changes: also insert suggested wordings as tracked changes.

    Raises:
        ExportError: the source .docx cannot be opened, or the file cannot be written.
    """
    target = Path(path)
    source = review.ordinance.document.source
    check_not_source(target, source.path)
    document, mapper = _open_or_build(review.ordinance)
    annotate_document(
        document,
        mapper,
        review=review,
        annotations=annotations,
        reviewer=reviewer,
        suggest_changes=suggest_changes,
    )
    return save_atomically(document, target)


def _open_or_build(ordinance: Ordinance) -> tuple[DocxDocument, SpanMapper]:
    doc = ordinance.document
    if doc.source.format != "docx":
        from ordreview.export.docx_build import build_document

        built = build_document(ordinance)
        return built.document, SpanMapper(doc, built.paragraphs)
    word = open_source_copy(doc.source.path, sha256=doc.source.sha256)
    paras = body_paragraphs(word.element.body)
    mapped: list[BlockParagraph | None] = []
    previous: tuple[int, int] | None = None  # (locator index, start of the next block)
    for block in doc.blocks:
        index = block.locator.index
        if block.locator.kind != "docx" or not 0 <= index < len(paras):
            mapped.append(None)
            previous = None
            continue
        start = previous[1] if previous is not None and previous[0] == index else -block.prefix_len
        mapped.append(BlockParagraph(paras[index], start))
        previous = (index, start + len(block.text) + 1)
    return word, SpanMapper(doc, mapped)


def open_source_copy(path: str, *, sha256: str | None = None) -> DocxDocument:
    """The received .docx at ``path``, opened for an annotated copy.

    It must still exist, pass ``check_docx_safe`` (size, zip bomb, DTD) and, when ``sha256`` is
    given, still have that content (spans index the reviewed text); its external relationships
    are removed (hyperlinks keep their text; templates and links out go).

    Raises:
        ExportError: missing, unsafe, changed since the review, or not readable by python-docx.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from ordreview.core.errors import ReadError
    from ordreview.core.read.docx import check_docx_safe
    from ordreview.export.oxml.external import strip_external_links

    if not os.path.isfile(path):
        raise ExportError(SOURCE_MISSING, path=path)
    try:
        check_docx_safe(path)
    except ReadError as err:
        raise ExportError(SOURCE_UNSAFE, reason_ja=err.message_ja, reason_en=err.message_en) from err
    if sha256 is not None:
        try:
            changed = _sha256_of(path) != sha256
        except OSError as err:
            raise ExportError(SOURCE_UNREADABLE, path=path, reason=err.strerror or type(err).__name__) from err
        if changed:
            raise ExportError(SOURCE_CHANGED, path=path)
    try:
        word = docx.Document(path)
    except (OSError, PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError,
            TypeError, oxml.XMLError) as err:  # a part the reader never needed may be malformed
        raise ExportError(SOURCE_UNREADABLE, path=path, reason=str(err) or type(err).__name__) from err
    strip_external_links(word)
    return word


def _sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def annotate_document(
    document: DocxDocument,
    mapper: SpanMapper,
    *,
    review: Review,
    annotations: Mapping[FindingId, Annotation],
    reviewer: Reviewer,
    suggest_changes: bool = False,
    now: dt.datetime | None = None,
) -> None:
    """Add one comment per finding to ``document`` (in place), and tracked changes if asked."""
    from dataclasses import replace

    from ordreview.export.report import placed_suggestions

    writer = oxml.CommentWriter(document)
    placed = placed_suggestions(review)  # a new provision numbered as it is inserted and tabled
    for finding in review.findings:
        shown = replace(finding, suggestion=placed[finding.id]) if finding.id in placed else finding
        add_finding_comment(
            document, mapper, finding=shown, annotation=annotations.get(finding.id), reviewer=reviewer,
            ordinance=review.ordinance, writer=writer,
        )
    if suggest_changes:
        from ordreview.export.changes import apply_suggestions

        apply_suggestions(
            document, mapper, review=review, author=reviewer.name, when=now or dt.datetime.now(dt.timezone.utc)
        )


def add_finding_comment(
    document: DocxDocument,
    mapper: SpanMapper,
    *,
    finding: Finding,
    annotation: Annotation | None,
    reviewer: Reviewer,
    ordinance: Ordinance,
    writer: oxml.CommentWriter | None = None,
) -> int:
    """Anchor one comment for ``finding`` and return its comment id.

    ``writer`` allocates comment ids; pass one for many comments (it reads the ids once).
    """
    lines = comment_lines(finding, annotation, ordinance)
    writer = writer or oxml.CommentWriter(document)
    comment = writer.add(author=reviewer.name, initials=reviewer.initials)
    written = note_time(annotation)
    if written is not None:  # the time the officer wrote the note, not the time of export
        oxml.CommentWriter.set_date(comment, written)
    fill_comment(comment, lines)
    cid = comment.comment_id
    span = finding.location.span if finding.location.span is not None else ordinance.title_span
    if span is None:
        first = mapper.first_paragraph()
        if first is not None:
            oxml.insert_point_comment(first.p, 0, cid)
        return cid
    runs = []
    point: tuple | None = None
    prefix_only = None
    for seg in mapper.segments(span):
        if seg.in_prefix:
            prefix_only = prefix_only or seg
            continue
        if seg.end > seg.start:
            runs.extend(oxml.runs_covering(seg.p, seg.start, seg.end))
        elif point is None:
            point = (seg.p, seg.start)
    if not runs and prefix_only is not None:
        first_run = oxml.first_text_run(prefix_only.p)
        if first_run is not None:
            runs = [first_run]
    if runs:
        oxml.mark_comment_range(runs[0], runs[-1], cid)
    elif point is not None:
        oxml.insert_point_comment(point[0], point[1], cid)
    else:
        first = mapper.first_paragraph()
        if first is not None:
            oxml.insert_point_comment(first.p, 0, cid)
        log.warning("finding %s: span %s maps to no paragraph; point comment at start", finding.id, span)
    return cid


def note_time(annotation: Annotation | None) -> dt.datetime | None:
    """When the officer last changed the note (the store's ``updated_at``, UTC), or ``None``."""
    if annotation is None or not annotation.updated_at:
        return None
    try:
        moment = dt.datetime.fromisoformat(annotation.updated_at)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0)


def comment_lines(finding: Finding, annotation: Annotation | None, ordinance: Ordinance) -> list[tuple[str, bool]]:
    """The comment's paragraphs as ``(text, bold)``: Japanese first, one English line last.

    Severity and message; the checklist item; where a missing provision should go; the
    statute; the suggested wording; the officer's status and comment; the English message.
    """
    sev_ja, sev_en = render(SEVERITY_LABEL.get(finding.severity, SEVERITY_LABEL["info"]))
    lines: list[tuple[str, bool]] = [(f"【{sev_ja}】{shown_message(finding.message_ja, ordinance)}", True)]
    if finding.requirement:
        lines.append((f"{render(LABEL_REQUIREMENT).ja}: {finding.requirement}", False))
    if is_gap(finding):
        from ordreview.core.provision_edits import is_wording as _wording
        from ordreview.export.provision_rows import rewritten_provision

        edited = rewritten_provision(ordinance, finding) if _wording(finding.suggestion) else None
        if edited is not None:  # the draft's own provision rewritten in place: nothing is added
            ref = ordinance.locate(max(edited.start, edited.end - 1))
            where = shown_label(Location(ref.article, ref.paragraph, None, None), ordinance)
            lines.append((render(WHERE_TO_EDIT, where=where).ja, False))
        elif not finding.suggestion.strip() or _wording(finding.suggestion):  # (advice says what to decide)
            where = _where_label(finding, ordinance)
            lines.append((render(WHERE_TO_ADD, where=where).ja, False))
    if finding.statute:
        lines.append((f"{render(LABEL_STATUTE).ja}: {finding.statute}", False))
    if finding.suggestion:
        from ordreview.export.changes import is_wording

        if is_wording(finding.suggestion):
            lines.append((f"{render(LABEL_SUGGESTION).ja}: 「{finding.suggestion}」", False))
        else:  # advice in brackets: what to decide, not a wording to quote
            lines.append((f"{render(LABEL_ADVICE).ja}: {finding.suggestion.strip()[1:-1]}", False))
    source = _source_position(finding, ordinance)
    if source:
        lines.append((source, False))
    status = annotation.status if annotation else "unreviewed"
    status_ja = STATUS_LABELS.get(status, (status, status))[0]
    lines.append((f"{render(LABEL_STATUS).ja}: {status_ja}", False))
    if annotation and annotation.comment.strip():
        lines.append((f"{render(LABEL_OFFICER).ja}: {annotation.comment.strip()}", False))
    lines.append((f"[{sev_en}] {finding.message_en}", False))
    return lines


def _source_position(finding: Finding, ordinance: Ordinance) -> str:
    """Where the finding is in the file the officer opened, for a text cleaned of PDF
    extraction artefacts (this Word document lays out the cleaned text); "" otherwise."""
    doc = ordinance.document
    span = finding.location.span
    if doc.source_map is None or span is None:
        return ""
    from ordreview.core.read.cleanup import source_location

    where = source_location(doc.source_map, span, pages=doc.source.format == "pdf")
    if "source_page" in where:
        return render(SOURCE_PAGE_LINE, page=where["source_page"], line=where["source_line"]).ja
    return render(SOURCE_LINE_COLUMN, line=where["source_line"], column=where["source_column"]).ja


def is_gap(finding: Finding) -> bool:
    """True for a finding about a provision missing altogether (rule family ``gap``)."""
    return finding.rule == "gap" or finding.rule.startswith("gap.")


def _where_label(finding: Finding, ordinance: Ordinance) -> str:
    loc = finding.location
    if loc.article:
        art = ordinance.article(loc.article)
        name = in_numerals(article_label(loc.article), shown_style(ordinance))  # never a mixed 第三条第4号
        return f"{name}（{art.caption}）" if art is not None and art.caption else name
    span = loc.span
    if span is not None:
        if ordinance.title_span is not None and ordinance.title_span.overlaps(span) or span == ordinance.title_span:
            return render(WHERE_TITLE).ja
        inner = None
        for div in ordinance.divisions:
            if div.span.start <= span.start < max(div.span.end, div.span.start + 1):
                inner = div
        if inner is not None:
            return f"{inner.title}　{inner.caption}".strip()
    return render(WHERE_DRAFT).ja


def fill_comment(comment, lines: list[tuple[str, bool]]) -> None:
    """Write ``lines`` (``(text, bold)``) into a new comment, one paragraph each."""
    first = True
    for text, bold in lines:
        para = comment.paragraphs[0] if first else comment.add_paragraph()
        first = False
        run = para.add_run(text)
        if bold:
            run.bold = True

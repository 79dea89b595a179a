"""The exporters' WordprocessingML layer: the only code in ordreview that builds or edits
Word XML.

python-docx has no API for splitting runs, tracked changes, comment anchors at a point,
repeated table headers, page number fields or east-Asian fonts, so this package supplies them
the way python-docx's own ``docx.oxml`` does beneath its proxies: element classes registered
with python-docx's element-class lookup (``elements``) and functions over them. The rest of
``ordreview.export`` works with python-docx's proxies and calls in here; ``tests/test_layering.py``
holds it to that.

- ``elements``: the element classes (``w:ins``/``w:del``, comment marks, fields, shading, …);
- ``runs``: a paragraph's runs with their character ranges, splitting runs at an offset;
- ``comments``: new comments and their anchors;
- ``revisions``: tracked changes (a rewrite as ``w:del``/``w:ins``, inserted paragraphs);
- ``layout``: fonts, table rows and cells, fields, indents, runs written in bulk;
- ``external``: external relationships taken out of an annotated copy.
"""

from __future__ import annotations

from lxml import etree

from ordreview.export.oxml import elements  # noqa: F401  (registers the element classes first)
from ordreview.export.oxml.comments import CommentWriter, insert_point_comment, mark_comment_range
from ordreview.export.oxml.layout import (
    append_field,
    body_without_paragraphs,
    cell_paragraphs,
    cell_shading,
    marked_run,
    new_paragraph,
    paragraph_element,
    paragraph_page_number,
    restore_section,
    row_cant_split,
    row_repeat_as_header,
    run_east_asian_font,
    set_east_asian_font,
    set_hanging_indent,
    style_japanese_font,
    table_fixed_widths,
)
from ordreview.export.oxml.revisions import (
    EditOp,
    RevisionStamp,
    delete_paragraph,
    insert_paragraphs_after,
    make_inserted_run,
    mark_paragraph_inserted,
    max_annotation_id,
    rewrite_range,
    wrap_deleted,
)
from ordreview.export.oxml.runs import (
    W_P,
    W_PPR,
    W_R,
    W_RPR,
    W_T,
    RunSlot,
    ensure_boundary,
    first_text_run,
    iter_run_slots,
    paragraph_run_text,
    run_text,
    runs_covering,
    split_run,
)

Element = etree._Element
"""Any WordprocessingML element (``w:p``, ``w:r`` …), for type annotations outside this package."""
XMLError = etree.LxmlError
"""What lxml raises on a malformed part; opening a received draft catches it."""

__all__ = [
    "Element", "XMLError",
    "W_P", "W_PPR", "W_R", "W_RPR", "W_T",
    "CommentWriter", "EditOp", "RevisionStamp", "RunSlot",
    "append_field", "body_without_paragraphs", "cell_paragraphs", "cell_shading", "delete_paragraph", "ensure_boundary",
    "first_text_run", "insert_paragraphs_after", "insert_point_comment", "iter_run_slots",
    "make_inserted_run", "mark_comment_range", "mark_paragraph_inserted", "marked_run",
    "max_annotation_id", "new_paragraph", "paragraph_element", "paragraph_page_number",
    "paragraph_run_text", "restore_section", "rewrite_range", "row_cant_split",
    "row_repeat_as_header", "run_east_asian_font", "run_text", "runs_covering", "set_east_asian_font",
    "set_hanging_indent", "split_run", "style_japanese_font", "table_fixed_widths", "wrap_deleted",
]

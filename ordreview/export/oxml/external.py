"""The annotated copy keeps no link out of the office: external relationships are removed.

A received draft can point outside itself: hyperlinks, an attached template on a server
(``w:attachedTemplate``, fetched by Word when the file opens), linked pictures, sub-documents.
The annotated copy is a working document for the legal office, so every external
relationship of every XML part is dropped and what referred to it is neutralised: a
hyperlink keeps its text (the ``w:hyperlink`` is unwrapped, its runs stay where they were, so
the reviewed text and the comment anchors do not move), an attached template, sub-document
or alternative chunk is removed, and any other reference attribute (a picture's
``r:link``) is removed from its element.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from lxml import etree

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_UNWRAP = frozenset({qn("w:hyperlink")})
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_REMOVE = frozenset({qn("w:attachedTemplate"), qn("w:subDoc"), qn("w:altChunk")})


def strip_external_links(document: Any) -> int:
    """Remove every external relationship of a python-docx document; return how many."""
    removed = 0
    for part in document.part.package.iter_parts():
        external = {rid for rid, rel in part.rels.items() if rel.is_external}
        if not external:
            continue
        root = getattr(part, "_element", None)
        plain = root is None  # a part python-docx keeps as bytes (an unusual content type)
        if plain:
            try:
                root = etree.fromstring(part.blob, _PARSER)  # already checked: no DTD
            except (etree.LxmlError, ValueError, TypeError):
                continue  # not XML: nothing in it refers to a relationship
        for el in list(root.iter()):
            for attr, value in list(el.attrib.items()):
                if attr.startswith(f"{{{R_NS}}}") and value in external:
                    _neutralise(el, attr)
                    break
        if plain:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        for rid in external:
            del part.rels[rid]
            removed += 1
    return removed


def _neutralise(el: Any, attr: str) -> None:
    parent = el.getparent()
    if el.tag in _UNWRAP and parent is not None:
        for child in list(el):
            el.addprevious(child)
        parent.remove(el)
    elif el.tag in _REMOVE and parent is not None:
        parent.remove(el)
    else:
        del el.attrib[attr]

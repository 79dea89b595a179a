"""The parser: a read ``Document`` → the immutable ``Ordinance`` tree.

Public API (see ``docs/parse-json.md`` for the JSON form)::

    parse_document(doc) -> Ordinance          # never raises
    parse_text(text, path="<text>") -> Ordinance
    load_ordinance(path) -> Ordinance         # read + parse; NotAnOrdinanceError if no article
    ordinance_to_json(ordinance) -> dict

The work is split into passes: ``structure`` (章・節・条・項・号, 附則, 別表, 目次, title),
``terms`` (defined terms) and ``refs`` (cross-references); each keeps spans valid on
``Document.text`` by matching on folded text only.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import logging
import os
from typing import Any

from ordreview.core.errors import NotAnOrdinanceError
from ordreview.core.messages import define, render
from ordreview.core.model import Block, Document, Locator, Notice, Ordinance, SourceInfo, Span
from ordreview.core.parse.intake import SPACES_ARE_PUNCTUATION
from ordreview.core.parse.intake import LINE_BREAKS_ARE_REAL
from ordreview.core.read.cleanup import layout_removed, punctuation_lost

NOT_ORDINANCE = define(
    "parse.not_ordinance",
    ja="条例として読み取れません（「第1条」のような条が見つかりません）: {path}",
    en="This does not look like an ordinance (no article such as 第1条 was found): {path}",
)

INTERNAL = define(
    "parse.internal",
    ja="解析の一部（{part}）で内部エラーが発生したため、その結果を省きました（{kind}）。",
    en="An internal error in one parsing pass ({part}) left its results out ({kind}).",
)

log = logging.getLogger(__name__)


def _internal(part: str, exc: Exception) -> Notice:
    ja, en = render(INTERNAL, part=part, kind=type(exc).__name__)
    return Notice(code=INTERNAL, message_ja=ja, message_en=en)


__all__ = ["load_ordinance", "ordinance_to_json", "parse_document", "parse_text"]


def parse_document(doc: Document) -> Ordinance:
    """Parse a read document into an ``Ordinance``; never raises, warns through notices."""
    from ordreview.core.parse.refs import find_references
    from ordreview.core.parse.structure import build_structure
    from ordreview.core.parse.terms import find_terms

    # The passes allocate many small objects that all live until the end; without this the
    # cyclic collector rescans them again and again and the time grows faster than the text.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(doc, build_structure, find_terms, find_references)
    finally:
        if gc_was_enabled:
            gc.enable()


def _parse(doc: Document, build_structure: Any, find_terms: Any, find_references: Any) -> Ordinance:
    real = LINE_BREAKS_ARE_REAL.set(layout_removed(doc.notices))
    try:
        st = build_structure(doc.text)
    except Exception as exc:  # keep the promise never to raise: the text stays, unplaced
        log.exception("structure pass failed")
        return _unparsed(doc, exc)
    finally:
        LINE_BREAKS_ARE_REAL.reset(real)
    notices = list(st.notices)
    lost = SPACES_ARE_PUNCTUATION.set(punctuation_lost(doc.notices))
    try:
        try:
            term_notices: list[Notice] = []
            terms = find_terms(doc.text, st, term_notices)
            notices.extend(term_notices)
        except Exception as exc:  # a bug here must not cost the user the whole structure
            log.exception("term pass failed")
            terms = ()
            notices.append(_internal("terms", exc))
        try:
            references = find_references(doc.text, st, terms)
        except Exception as exc:
            log.exception("reference pass failed")
            references = ()
            notices.append(_internal("references", exc))
    finally:
        SPACES_ARE_PUNCTUATION.reset(lost)
    title = st.title
    title_span = st.title_span
    if not title and doc.title_hint:
        title = doc.title_hint
    ordinance = Ordinance(
        document=doc,
        title=title,
        title_span=title_span,
        preamble=st.preamble,
        law_num=st.law_num,
        toc=st.toc,
        divisions=st.divisions,
        articles=st.articles,
        suppl_provisions=st.suppl_provisions,
        tables=st.tables,
        terms=terms,
        references=references,
        notices=tuple(doc.notices) + tuple(notices),
        unplaced=st.unplaced,
    )
    return _with_truncation(ordinance)


def _with_truncation(ordinance: Ordinance) -> Ordinance:
    """A fragment (the opening of an ordinance, an extract) gets one notice saying where it stops."""
    from ordreview.core.fragment import detect_truncation, truncation_notice

    try:
        cut = detect_truncation(ordinance)
    except Exception:  # a bug here must not cost the user the parse
        log.exception("truncation check failed")
        return ordinance
    if cut is None:
        return ordinance
    return dataclasses.replace(ordinance, notices=(*ordinance.notices, truncation_notice(cut)))


def _unparsed(doc: Document, exc: Exception) -> Ordinance:
    """The whole text as one unplaced span, for a structure pass that failed."""
    text = doc.text
    stripped = text.strip(" \t\r\n\u3000")
    start = text.find(stripped) if stripped else 0
    unplaced = (Span(start, start + len(stripped)),) if stripped else ()
    return Ordinance(
        document=doc, title=doc.title_hint or "", title_span=None, preamble=(), law_num=None,
        toc=(), divisions=(), articles=(), suppl_provisions=(), tables=(), terms=(),
        references=(), notices=(*doc.notices, _internal("structure", exc)), unplaced=unplaced,
    )


def text_document(text: str, *, path: str = "<text>") -> Document:
    """A ``Document`` of the lines of ``text`` (Locator kind ``"line"``), as a .txt reader gives."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = [Block(text=line, locator=Locator("line", i)) for i, line in enumerate(lines)]
    data = text.encode("utf-8")
    source = SourceInfo(
        path=path,
        format="txt",
        encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        newline="\n",
    )
    return Document.from_blocks(source=source, blocks=blocks)


def parse_text(text: str, *, path: str = "<text>") -> Ordinance:
    """Parse ``text`` as if read from a UTF-8 .txt file at ``path`` (for tests and tools)."""
    return parse_document(text_document(text, path=path))


def load_ordinance(path: str | os.PathLike[str]) -> Ordinance:
    """Read ``path`` with the readers and parse it.

    Raises:
        ReadError: the file cannot be read (from ``core.read``).
        NotAnOrdinanceError: the text has no article at all (prose, random text).
    """
    from ordreview.core.read import read_document

    ordinance = parse_document(read_document(path))
    if not ordinance.articles and not any(s.articles for s in ordinance.suppl_provisions):
        raise NotAnOrdinanceError(NOT_ORDINANCE, path=os.fspath(path))
    return ordinance


def ordinance_to_json(ordinance: Ordinance) -> dict:
    """The ``ordreview parse --json`` object (schema in ``docs/parse-json.md``)."""
    from ordreview.core.parse.serialise import ordinance_to_json as _to_json

    return _to_json(ordinance)

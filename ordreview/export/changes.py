"""Suggested wordings as tracked changes (``--suggest-changes``).

The rule, for each finding with a suggested wording (see docs/export.md):

0. A suggestion wholly in brackets (``（未使用の定義語を削るか…）``) is advice, not wording:
   never a tracked change.
1. **Replacement** — when the suggestion is a rewrite of the text it concerns: the target is
   ``comparison.draft_span`` for a definition comparison, else the finding's span; it must be
   non-empty, lie in one paragraph and outside numbering text, and the characters the two
   texts share (character diff) must be at least half of the longer one (:func:`is_rewrite`;
   a 号-style head such as ``(3)　要配慮個人情報　`` that the target lacks is dropped first,
   :func:`fit_suggestion`).
   The difference is then written as minimal ``w:del``/``w:ins`` pairs, so only the changed
   words are marked.
1b. **Rewrite and insertion** — a gap finding whose suggestion has several lines, the first
   a rewrite of the whole paragraph holding the finding (a draft's 号 with new ア, イ): the
   first line replaces that paragraph's text, the others are inserted after it.
1c. **Provision rewrite** — a suggestion that is the draft's own 号 or 項 as it should read
   (``provision_rows.rewritten_provision``: a register's list with one more 号, a legacy
   collection restriction without its 号, a fee paragraph with its amounts, a definition 号
   split into ア, イ): edited line by line in place — kept lines untouched, rewritten lines as
   minimal ``w:del``/``w:ins``, new lines inserted where they go, dropped lines deleted with
   their paragraph marks (accepting the change removes the paragraph).
2. **Insertion** — otherwise, for a gap finding (a provision missing altogether): the
   suggestion is inserted as new paragraph(s), with the paragraph marks tracked as inserted,
   after: for a new chapter (``第5章の2…``), the last chapter numbered below it (else the last
   main-provision article); else the last paragraph of the article holding the anchor; for an
   anchor before the first article (title, 目次), the last main-provision article (before the
   附則); for an anchor on a 章/節 heading, the end of that division; else the anchor's
   paragraph.
   An insertion whose text another planned insertion already holds is dropped. Inserted 号
   and their ア, イ take the leading blanks the draft writes before its own 号.
3. Otherwise nothing is changed; the suggestion stays in the comment.

Two replacements that overlap keep the first in document order. Edits are applied from the
end of the document backwards, so offsets computed on the original text stay valid.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diff_match_patch import diff_match_patch
from ordreview.core.chars import TO_HALF_WIDTH_DIGITS
from ordreview.core.model import Finding, Review, Span
from ordreview.core.provision_edits import is_wording
from ordreview.export import oxml
from ordreview.export.anchor import SpanMapper
from ordreview.export.oxml import EditOp

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

REWRITE_MIN_KEPT = 0.5
"""Share of the longer text that the two must have in common for a suggestion to be a rewrite."""


@dataclass(frozen=True, slots=True)
class Replacement:
    """A rewrite of one paragraph's range ``[start, end)`` (run-text coordinates)."""

    block: int
    p: oxml.Element
    start: int
    end: int
    ops: tuple[EditOp, ...]


@dataclass(frozen=True, slots=True)
class Insertion:
    """New paragraphs (one per line of ``text``) after the paragraph of ``block``."""

    block: int
    p: oxml.Element
    text: str


@dataclass(frozen=True, slots=True)
class Removal:
    """The paragraph of ``block`` deleted (its text and its paragraph mark)."""

    block: int
    p: oxml.Element


def edit_ops(old: str, new: str) -> tuple[tuple[EditOp, ...], int]:
    """Minimal edit operations turning ``old`` into ``new``, and the count of kept characters."""
    dmp = diff_match_patch()
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    ops: list[EditOp] = []
    pos = kept = 0
    pending_del = 0
    pending_ins = ""
    start = 0

    def flush() -> None:
        nonlocal pending_del, pending_ins
        if pending_del or pending_ins:
            ops.append(EditOp(start, pending_del, pending_ins))
        pending_del, pending_ins = 0, ""

    for tag, text in diffs:
        if tag == 0:
            flush()
            pos += len(text)
            kept += len(text)
            start = pos
        elif tag < 0:
            if not (pending_del or pending_ins):
                start = pos
            pending_del += len(text)
            pos += len(text)
        else:
            if not (pending_del or pending_ins):
                start = pos
            pending_ins += text
    flush()
    return tuple(ops), kept


_ITEM_HEAD = re.compile(r"^[（(][0-9０-９]+[）)][ 　]*[^ 　]+[ 　]+")
"""A 号-style definition head, ``(3)　要配慮個人情報　``."""


def fit_suggestion(old: str, new: str) -> str:
    """The suggestion as a replacement for ``old``: a 号-style head the target lacks is dropped.

    Definition suggestions are written as whole items (``(3)　要配慮個人情報　本人の…``) while
    a finding usually anchors on the defining text only (``本人の…``).
    """
    new = new.strip()
    head = _ITEM_HEAD.match(new)
    if head is not None and not _ITEM_HEAD.match(old):
        return new[head.end():]
    return new


def is_rewrite(old: str, new: str) -> bool:
    """True when ``new`` rewrites ``old``: their shared characters are half the longer text."""
    if not old or not new or old == new:
        return False
    _, kept = edit_ops(old, new)
    return kept >= REWRITE_MIN_KEPT * max(len(old), len(new))


def plan_suggestions(review: Review, mapper: SpanMapper) -> list[Replacement | Insertion | Removal]:
    """Decide, per finding, which tracked change (if any) its suggestion becomes."""
    from ordreview.core.restatements import ADDS_DEFINITION
    from ordreview.export.annotate import is_gap

    text = review.ordinance.text
    plans: list[Replacement | Insertion | Removal] = []
    taken: list[Span] = []
    for finding in sorted(review.findings, key=_insertion_order):
        if not is_wording(finding.suggestion):
            continue
        rep = _replacement(finding, mapper, text)
        lead = None if rep is not None or not is_gap(finding) else _lead_rewrite(finding, mapper)
        whole = None if rep is not None or lead is not None else _provision_rewrite(finding, mapper, review)
        if whole is not None:
            edits, span = whole
            if edits and not any(span.overlaps(t) for t in taken):
                taken.append(span)
                plans.extend(edits)
        elif rep is not None:
            span = rep[1]
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            plans.append(rep[0])
        elif lead is not None:
            if any(lead[2].overlaps(t) for t in taken):
                continue
            taken.append(lead[2])
            plans.extend(lead[:2])
        elif (is_gap(finding) or finding.rule in ADDS_DEFINITION) and finding.location.span is not None:
            ins = _insertion(finding, mapper, review)
            if ins is not None and not _already_planned(ins.text, plans, finding.suggestion):
                plans.append(ins)
    return [_indent_like_draft(p, mapper) for p in _renumber_siblings(_new_articles_in_order(plans, review))]


def _insertion_order(finding: Finding) -> tuple[int, tuple[int, ...]]:
    """Findings in the order their suggestions go into the draft: by place, and at one place in the
    order of the statute provisions they rest on (第2条第3項 before 第2条第4項), whatever their
    severity — a definition noted as ``info`` (a term the draft has not used yet) still goes where
    the statute puts it, after 個人情報 and before 要配慮個人情報."""
    span = finding.location.span
    first = (finding.statute or "").split("、")[0]
    numbers = tuple(int(n) for n in re.findall(r"第(\d+)(?:条|項|号)", first.translate(TO_HALF_WIDTH_DIGITS)))
    return (span.start if span is not None else -1, numbers or (10**6,))


_ARTICLE_TITLE = re.compile(r"第[0-9０-９〇一二三四五六七八九十百千]+条(?:の[0-9０-９〇一二三四五六七八九十百千]+)*")


def _new_articles_in_order(plans: list[Replacement | Insertion | Removal],
                           review: Review) -> list[Replacement | Insertion | Removal]:
    """New articles inserted after the same paragraph stand in the order of their numbers
    (``provision_rows.new_article_plan`` numbers them in the statute's order)."""
    from ordreview.core.text import kanji_to_int
    from ordreview.export.provision_rows import new_article_plan

    labels = {label for label, _ in new_article_plan(review).values()}
    slots: dict[int, list[int]] = {}
    keys: dict[int, tuple[int, ...]] = {}
    for k, plan in enumerate(plans):
        if isinstance(plan, Insertion):
            m = _ARTICLE_TITLE.search(plan.text)
            if m is not None and m.group(0) in labels and m.start() <= plan.text.find("\n") + 1:
                slots.setdefault(plan.block, []).append(k)
                keys[k] = tuple(kanji_to_int(n) or 0 for n in re.findall(r"[0-9０-９〇一二三四五六七八九十百千]+", m.group(0)))
    out = list(plans)
    for ks in slots.values():
        for slot, k in zip(ks, sorted(ks, key=lambda k: keys[k]), strict=True):
            out[slot] = plans[k]
    return out


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def _provision_rewrite(finding: Finding, mapper: SpanMapper,
                       review: Review) -> tuple[list[Replacement | Insertion | Removal], Span] | None:
    """A suggestion that rewrites the draft's whole 項 with its 号
    (``provision_rows.rewritten_provision``), line by line: a line the suggestion keeps is left
    alone, a line it rewrites is rewritten in place (only the changed characters), a new line
    is inserted where it goes and a line it drops is deleted with its paragraph mark. ``None``
    when the suggestion rewrites no 項; an empty list when the 項 cannot be edited line by line
    (a line in numbering text or sharing its paragraph): the suggestion stays in the comment."""
    import difflib

    from ordreview.export.provision_rows import rewritten_provision, same_head

    target = rewritten_provision(review.ordinance, finding)
    if target is None:
        return None
    doc = mapper.document
    blocks = [b for b in range(doc.block_at(target.start), doc.block_at(max(target.start, target.end - 1)) + 1)
              if doc.blocks[b].text.strip(" 　")]
    paras = [mapper.paragraphs[b] if b < len(mapper.paragraphs) else None for b in blocks]
    if not blocks or any(bp is None for bp in paras) or len({id(bp.p) for bp in paras}) != len(paras):
        return [], target
    old = [doc.blocks[b].text for b in blocks]
    lead = [len(t) - len(t.lstrip(" 　")) for t in old]
    if any(bp.start + k < 0 for bp, k in zip(paras, lead)):  # type: ignore[union-attr]
        return [], target
    new = [x.strip(" 　") for x in finding.suggestion.strip().splitlines() if x.strip(" 　")]
    bodies = [t.strip(" 　") for t in old]
    plans: list[Replacement | Insertion | Removal] = []
    pending: list[str] = []
    last = doc.block_at(target.start) - 1

    def flush(after: int) -> None:
        if pending and after >= 0 and after < len(mapper.paragraphs) and mapper.paragraphs[after] is not None:
            plans.append(Insertion(after, mapper.paragraphs[after].p, "\n".join(pending)))  # type: ignore[union-attr]
        pending.clear()

    matcher = difflib.SequenceMatcher(None, [_squash(b) for b in bodies], [_squash(n) for n in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            last = blocks[i2 - 1]
            continue
        j = j1
        for i in range(i1, i2):
            match = next((k for k in range(j, j2) if is_rewrite(bodies[i], new[k])
                          or same_head(bodies[i], new[k])), None)
            if match is None:
                flush(last)
                plans.append(Removal(blocks[i], paras[i].p))  # type: ignore[union-attr]
                last = blocks[i]
                continue
            pending.extend(new[j:match])
            flush(last)
            ops, _ = edit_ops(bodies[i], new[match])
            bp = paras[i]
            start = bp.start + lead[i]  # type: ignore[union-attr]
            plans.append(Replacement(blocks[i], bp.p, start, start + len(bodies[i]), ops))  # type: ignore[union-attr]
            last = blocks[i]
            j = match + 1
        pending.extend(new[j:j2])
        flush(last)
    return plans, target


def _already_planned(new: str, plans: list[Replacement | Insertion], suggestion: str) -> bool:
    """True when another planned edit already writes ``new`` (a model fragment, e.g. the 記述等
    of a 個人情報 definition inserted whole by another finding)."""
    want = _squash(new)
    for plan in plans:
        if isinstance(plan, Insertion) and want in _squash(plan.text):
            return True
    return False


def _lead_rewrite(finding: Finding, mapper: SpanMapper) -> tuple[Replacement, Insertion, Span] | None:
    """A several-line suggestion whose first line rewrites the whole paragraph holding the
    finding (a draft's 号 rewritten with new sub-items, see ``core.own_style.rewrite_own_item``):
    the first line replaces the paragraph's text (after its leading blanks), the other lines
    are inserted after it."""
    span = finding.location.span
    lines = [x for x in finding.suggestion.strip().splitlines() if x.strip()]
    if span is None or len(lines) < 2:
        return None
    segs = list(mapper.segments(span))
    if len(segs) != 1 or segs[0].in_prefix:
        return None
    block = segs[0].block
    bp = mapper.paragraphs[block]
    doc = mapper.document
    whole = doc.blocks[block].text
    lead = len(whole) - len(whole.lstrip(" 　"))
    if bp is None or bp.start + lead < 0:
        return None
    old = whole[lead:]
    new = lines[0].strip(" 　")
    if not is_rewrite(old, new):
        return None
    ops, _ = edit_ops(old, new)
    base = doc.block_starts[block]
    return (Replacement(block, bp.p, bp.start + lead, bp.start + len(whole), ops),
            Insertion(block, bp.p, "\n".join(lines[1:])), Span(base + lead, base + len(whole)))


_ITEM_LINE = re.compile(r"^(?:[(（][0-9０-９]+[)）]|[一二三四五六七八九十]+)[ 　]")
_SUB_LINE = re.compile(r"^(?:[アイウエオカキクケコサシスセソ]|[(（][アイウエオカキクケコ][)）])[ 　]")


def _item_indent(mapper: SpanMapper) -> str:
    """The leading blanks the draft writes before its 号 (「　(1)　…」 in a .txt draft), or ""."""
    for block in mapper.document.blocks:
        body = block.text.lstrip(" 　")
        if body != block.text and _ITEM_LINE.match(body):
            return block.text[: len(block.text) - len(body)]
    return ""


def _indent_like_draft(plan: Replacement | Insertion | Removal, mapper: SpanMapper) -> Replacement | Insertion | Removal:
    """Inserted 号 (and their ア, イ) indented as the draft indents its own 号, when it writes
    them with leading blanks (a .txt draft: 「　(4)　本人…」)."""
    if not isinstance(plan, Insertion):
        return plan
    indent = _item_indent(mapper)
    if not indent:
        return plan
    out = []
    for line in plan.text.splitlines():
        bare = line.lstrip(" 　")
        if line != bare:
            out.append(line)
        elif _ITEM_LINE.match(bare):
            out.append(indent + bare)
        elif _SUB_LINE.match(bare):
            out.append(indent + "　" + bare)
        else:
            out.append(line)
    return Insertion(plan.block, plan.p, "\n".join(out))


def _replacement(finding: Finding, mapper: SpanMapper, text: str) -> tuple[Replacement, Span] | None:
    comp = finding.comparison
    span = comp.draft_span if comp is not None and comp.draft_span is not None else finding.location.span
    if span is None or len(span) == 0:
        return None
    segs = list(mapper.segments(span))
    if len(segs) != 1 or segs[0].in_prefix:
        return None
    seg = segs[0]
    bp = mapper.paragraphs[seg.block]
    if bp is None or span.start - mapper.document.block_starts[seg.block] + bp.start < 0:
        return None  # the target starts in numbering text that no run holds
    old = span.slice(text)
    new = fit_suggestion(old, finding.suggestion)
    if not is_rewrite(old, new):
        return None
    ops, _ = edit_ops(old, new)
    return Replacement(seg.block, seg.p, seg.start, seg.end, ops), span


_CHAPTER_HEAD = re.compile(r"^第([0-9０-９]+)章(?:の([0-9０-９]+))?")


def _chapter_key(num: str) -> tuple[int, ...]:
    try:
        return tuple(int(x) for x in num.translate(TO_HALF_WIDTH_DIGITS).split("_"))
    except ValueError:
        return ()



def insertion_end(finding: Finding, review: Review) -> int:
    """Document offset after which the new provision goes (see the module docstring)."""
    ordinance = review.ordinance
    span = finding.location.span
    assert span is not None
    head = _CHAPTER_HEAD.match(finding.suggestion.strip())
    main_articles = [a for a in ordinance.articles if not a.in_suppl]
    if head is not None:  # a new chapter: after the last chapter numbered below it
        wanted = _chapter_key("_".join(g for g in head.groups() if g))
        before = [d for d in ordinance.divisions if d.kind == "章" and () < _chapter_key(d.num) < wanted]
        if before:
            return max(before, key=lambda d: _chapter_key(d.num)).span.end
        if main_articles:
            return main_articles[-1].span.end
    if finding.location.article:
        art = ordinance.article(finding.location.article)
        if art is not None:
            return max(span.end, art.span.end)
    elif main_articles and span.start < main_articles[0].span.start:
        return main_articles[-1].span.end  # anchored on the title or 目次: end of the main provisions
    else:
        holding = [d for d in ordinance.divisions if d.span.start <= span.start < d.span.end]
        if holding:  # anchored on a chapter or section heading: the end of that division
            return max(holding, key=lambda d: d.span.start).span.end
    return span.end


def _insertion(finding: Finding, mapper: SpanMapper, review: Review) -> Insertion | None:
    from ordreview.export.provision_rows import placed_text

    span = finding.location.span
    assert span is not None
    doc = mapper.document
    end = insertion_end(finding, review)
    block = doc.block_at(max(span.start, end - 1) if end > span.start else span.start)
    while block >= 0 and (block >= len(mapper.paragraphs) or mapper.paragraphs[block] is None):
        block -= 1
    if block < 0:
        return None
    from ordreview.export.provision_rows import _own_article

    if _own_article(review.ordinance, finding) is not None:
        return None  # (the draft's own article completed: no second article beside it)
    text, _ = placed_text(review, finding)  # numbered where it goes, as the report's 対照表 numbers it
    if not _is_provision(text):
        return None
    return Insertion(block, mapper.paragraphs[block].p, text)


_PROVISION_HEAD = re.compile(
    r"^(?:[（(][^（）()\n]{1,60}[）)]\n|第[0-9０-９一二三四五六七八九十百○〇]+[章節条]|[0-9０-９]+[ 　]"
    r"|[(（][0-9０-９]+[)）][ 　]|[一二三四五六七八九十]+[ 　])")


def _is_provision(text: str) -> bool:
    """True when ``text`` starts as a provision does (a caption, 第…章/条, a 項 number, a 号
    marker): a model fragment (the words of one 号's sub-item) is no provision to insert."""
    return bool(_PROVISION_HEAD.match(text.strip()))


_LEADING_NUMBER = re.compile(r"^(?:[(（][0-9０-９]+[)）]|[0-9０-９]+|[一二三四五六七八九十百]+)(?=[ 　])")


def _renumbered_marker(sample: str, n: int) -> str:
    from ordreview.export.provision_rows import _renumbered_marker as renumbered

    return renumbered(sample, n)


def _renumber_siblings(plans: list[Replacement | Insertion | Removal]) -> list[Replacement | Insertion | Removal]:
    """Several new 号 or 項 inserted after the same paragraph, each numbered as the next one of
    the draft, become consecutive: (5), (6), (7) in the order they are inserted."""
    seen: dict[tuple[int, str], int] = {}
    out: list[Replacement | Insertion | Removal] = []
    for plan in plans:
        if isinstance(plan, Insertion):
            m = _LEADING_NUMBER.match(plan.text)
            if m is not None:
                key = (plan.block, m.group(0))
                k = seen.get(key, 0)
                seen[key] = k + 1
                if k:
                    from ordreview.core.text import kanji_to_int

                    digits = re.search(r"[0-9０-９一二三四五六七八九十百]+", m.group(0)).group(0)  # type: ignore[union-attr]
                    n = (kanji_to_int(digits) or 0) + k
                    plan = Insertion(plan.block, plan.p, _renumbered_marker(m.group(0), n) + plan.text[m.end():])
        out.append(plan)
    return out


def apply_suggestions(document: DocxDocument, mapper: SpanMapper, *, review: Review, author: str, when: dt.datetime) -> int:
    """Write the planned tracked changes into ``document``; return how many findings got one."""
    plans = plan_suggestions(review, mapper)
    next_id = max(oxml.max_annotation_id(document.element.body), 0) + 1000

    def new_id() -> int:
        nonlocal next_id
        next_id += 1
        return next_id

    stamp = oxml.RevisionStamp(author, when, new_id)
    replacements = sorted((p for p in plans if isinstance(p, Replacement)), key=lambda r: (r.block, r.start), reverse=True)
    applied = 0
    for rep in replacements:
        if oxml.rewrite_range(rep.p, rep.start, rep.end, rep.ops, stamp):
            applied += 1
    for gone in (p for p in plans if isinstance(p, Removal)):
        if oxml.delete_paragraph(gone.p, stamp):
            applied += 1
    # insertions after the same paragraph keep the findings' order: insert the last first
    for ins in reversed([p for p in plans if isinstance(p, Insertion)]):
        oxml.insert_paragraphs_after(ins.p, ins.text.splitlines(), stamp)
        applied += 1
    return applied

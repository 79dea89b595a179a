"""Rows of the report's 対照表 for suggested wordings, laid out as a 新旧対照表.

- 修正案 (the provision as it should read) on the left, 原案 (the draft) on the right: a
  新旧対照表 puts the new text left.
- Each row is a whole provision — the innermost 号, else the 項, else the 条 (with its 見出し
  when the article has a single paragraph) that holds the finding's text — with 傍線 on the
  characters that differ, in both columns. A suggestion that rewrites the whole provision is
  compared with it; one that rewrites only the finding's text is spliced into the provision.
  A suggestion that is neither is still compared with the provision, never set against
  （規定なし）: the provision exists in the draft.
- A provision the draft lacks (a gap finding) shows its model wording on the left, numbered
  where it would go in this draft — after the article the new text follows, as a branch
  article (第30条の4, in the draft's own numerals) — and （新設） on the right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ordreview.core.diff import diff_chunks
from ordreview.core.model import Article, DiffChunk, Finding, Item, Ordinance, Review, Span
from ordreview.core.text import numeral_style, write_number
from ordreview.export.changes import edit_ops, fit_suggestion, insertion_end, is_rewrite

NEW_PROVISION = "（新設）"
_ARTICLE_HEAD = re.compile(r"^(（[^（）\n]+）\n)?第[0-9０-９一二三四五六七八九十百○〇]+条(の[0-9０-９一二三四五六七八九十百]+)*[　 ]")
PLACEHOLDER = re.compile(r"第[○〇◯][条]")
"""The number a model provision carries until it is placed: 第○条."""


@dataclass(frozen=True, slots=True)
class ProvisionRow:
    """One 対照表 row: the revised provision (left), the draft's (right), and 傍線 ranges."""

    new: str
    old: str
    new_marks: tuple[tuple[int, int], ...]
    old_marks: tuple[tuple[int, int], ...]
    label: str = ""


def _innermost_item(items: tuple[Item, ...], span: Span) -> Item | None:
    for item in items:
        if item.span.start <= span.start and span.end <= item.span.end:
            return _innermost_item(item.items, span) or item
    return None


def provision_spans(ordinance: Ordinance, span: Span) -> list[Span]:
    """The provisions holding ``span``, innermost first: 号 (sub-号 first), 項, 条; else the line."""
    out: list[Span] = []
    articles = list(ordinance.articles) + [a for s in ordinance.suppl_provisions for a in s.articles]
    art = next((a for a in articles if a.span.start <= span.start and span.end <= a.span.end), None)
    if art is not None:
        for para in art.paragraphs:
            if para.span.start <= span.start and span.end <= para.span.end:
                chain: list[Item] = []
                items = para.items
                while True:
                    item = next((i for i in items if i.span.start <= span.start and span.end <= i.span.end), None)
                    if item is None:
                        break
                    chain.append(item)
                    items = item.items
                out.extend(i.span for i in reversed(chain))
                if len(art.paragraphs) > 1:
                    out.append(para.span)
                break
        out.append(art.span)
    if not out:  # outside the parsed articles: the whole line
        doc = ordinance.document
        block = doc.block_at(span.start)
        start = doc.block_starts[block]
        out.append(Span(start, start + len(doc.blocks[block].text)))
    return [s for s in out if s.end > s.start]


def new_article_title(ordinance: Ordinance, after: Article) -> str:
    """The number of an article inserted right after ``after``, as the draft writes numbers:
    after 第30条 → 第30条の2, after 第30条の3 → 第30条の4 (the next branch not yet taken)."""
    parts = after.num.split(":")[-1].split("_")
    base = parts[0]
    taken = {a.num for a in ordinance.articles}
    branch = int(parts[1]) + 1 if len(parts) > 1 and parts[1].isdigit() else 2
    while f"{base}_{branch}" in taken:
        branch += 1
    style = numeral_style(after.title)
    head = write_number(int(base), style) if base.isdigit() else base
    following = _next_main_article(ordinance, after)
    if len(parts) == 2 and following is not None and _num_key(following.num) < _num_key(f"{base}_{branch}"):
        # between two branch articles (第47条の13 and 第47条の14): a branch of the branch, 第47条の13の2
        sub = 2
        while f"{base}_{parts[1]}_{sub}" in taken:
            sub += 1
        return f"第{head}条の{write_number(int(parts[1]), style)}の{write_number(sub, style)}"
    return f"第{head}条の{write_number(branch, style)}"


def _next_main_article(ordinance: Ordinance, after: Article) -> Article | None:
    """The main-provision article right after ``after`` in the draft."""
    main = [a for a in ordinance.articles if not a.in_suppl]
    k = next((i for i, a in enumerate(main) if a is after), None)
    return main[k + 1] if k is not None and k + 1 < len(main) else None


def _num_key(num: str) -> tuple[int, ...]:
    """An e-Gov article number (``"47_13"``) as a tuple that sorts as the articles are numbered."""
    return tuple(int(p) if p.isdigit() else 0 for p in num.split(":")[-1].split("_"))


def article_before(review: Review, finding: Finding) -> Article | None:
    """The main-provision article a new provision for ``finding`` would follow (as the tracked
    insertion of ``--suggest-changes`` places it)."""
    ordinance = review.ordinance
    main = [a for a in ordinance.articles if not a.in_suppl]
    if not main:
        return None
    if finding.location.span is None:
        return main[-1]
    end = insertion_end(finding, review)
    before = [a for a in main if a.span.start < end]
    return before[-1] if before else None


_PARAGRAPH_HEAD = re.compile(r"^([0-9０-９]+)(?=[ 　])")
_NOTE_LINE = re.compile(r"^（[^（）]*(?:（[^（）]*）[^（）]*)*されたい。）$")
"""A last line of advice in brackets (「（第○条には、…を引用されたい。）」), not provision text."""


def placed_text(review: Review, finding: Finding) -> tuple[str, str]:
    """A missing provision's model text numbered where it goes, and its label: a new article
    (第○条) as the article after the one it follows (:func:`new_article_title`); a new 項
    (``2　…``) appended to the article holding the finding as that article's next paragraph,
    in the draft's numerals (a model's 「2」 after the draft's 第3項 is 「4」)."""
    from ordreview.core.own_style import _written

    text = finding.suggestion.strip()
    lines = text.splitlines()
    if len(lines) > 1 and _NOTE_LINE.match(lines[-1]):  # a note on what to cite: stays in the comment
        text = "\n".join(lines[:-1])
    label = ""
    if PLACEHOLDER.search(text):
        after = article_before(review, finding)
        if after is not None:
            label = new_article_title(review.ordinance, after)
            text = PLACEHOLDER.sub(label, text, count=1)
        return text, label
    head = _PARAGRAPH_HEAD.match(text)
    art = review.ordinance.article(finding.location.article) if finding.location.article else None
    if head is not None and art is not None and art.paragraphs and finding.location.span is not None \
            and insertion_end(finding, review) == art.span.end:
        sample = next((p.printed_num for p in art.paragraphs if p.printed_num), head.group(1))
        text = _written(len(art.paragraphs) + 1, sample) + text[head.end():]
    return text, label


_NEW_ITEM = re.compile(r"^[(（][0-9０-９]+[)）](?=[ 　])")


def consecutive_item(row: ProvisionRow, article: str | None, seen: dict[tuple[str | None, str], int]) -> ProvisionRow:
    """A new 号 proposed for an article, numbered as the draft's next 号, renumbered after the
    new 号 already proposed there (``seen``, updated): several come out (5), (6), (7) in order,
    as ``--suggest-changes`` inserts them."""
    from ordreview.core.own_style import _marker

    m = _NEW_ITEM.match(row.new) if row.old == NEW_PROVISION else None
    if m is None:
        return row
    key = (article, m.group(0))
    k = seen.get(key, 0)
    seen[key] = k + 1
    if not k:
        return row
    digits = re.search(r"[0-9０-９]+", m.group(0)).group(0)  # type: ignore[union-attr]
    n = int(digits.translate(str.maketrans("０１２３４５６７８９", "0123456789"))) + k
    text = _marker(m.group(0), n) + row.new[m.end():]
    return ProvisionRow(text, row.old, ((0, len(text)),), (), row.label)


def _lines(text: str) -> list[str]:
    return [x.strip(" 　") for x in text.strip().splitlines() if x.strip(" 　")]


def rewritten_provision(ordinance: Ordinance, finding: Finding) -> Span | None:
    """The draft's provision (a 号 with its sub-items, else the 項 with its 号, from the start of
    its first line) that a suggestion rewrites as a whole: one holding the finding whose first
    line the suggestion's first line repeats, rewrites or heads alike (the same 号 and term,
    ``(2)　個人情報　``), and at least half of whose text the suggestion keeps (a register's
    list with one more 号, a 項 whose 号 go, a fee paragraph with its amounts as new 号, a
    definition 号 split into ア, イ); for an anchor on an article's 見出し, the first paragraph
    of that article that fits — else ``None``."""
    span = finding.location.span
    new = _lines(finding.suggestion)
    if span is None or not new:
        return None
    art = next((a for a in ordinance.articles if a.span.start <= span.start < a.span.end), None)
    if art is None:
        return None
    para = next((p for p in art.paragraphs if p.span.start <= span.start < p.span.end), None)
    candidates: list[Span] = []
    if para is not None:
        items, chain = para.items, []
        while True:
            item = next((i for i in items if i.span.start <= span.start < i.span.end), None)
            if item is None:
                break
            chain.append(item.span)
            items = item.items
        candidates = [*reversed(chain), para.span]
    else:  # (an anchor on the caption)
        candidates = [p.span for p in art.paragraphs]
    text = ordinance.text
    for candidate in candidates:
        target = Span(text.rfind("\n", 0, candidate.start) + 1, candidate.end)
        old = _lines(target.slice(text))
        if old == new:
            continue
        if (old[0] == new[0] or is_rewrite(old[0], new[0]) or same_head(old[0], new[0])) \
                and _keeps_most("\n".join(old), "\n".join(new)):
            return target
    return None


_HEAD = re.compile(r"^[(（]?[0-9０-９一二三四五六七八九十]+[)）]?[ 　]+[^ 　]+[ 　]")


def same_head(old: str, new: str) -> bool:
    """True when two 号 lines open alike: the same marker and defined term (``(2)　個人情報　``)."""
    a, b = _HEAD.match(old), _HEAD.match(new)
    return a is not None and b is not None and a.group(0).strip() == b.group(0).strip()


def _keeps_most(old: str, new: str) -> bool:
    """True when ``new`` keeps at least half of ``old`` (it may add much: new 号)."""
    _, kept = edit_ops(old, new)
    return kept >= 0.5 * len(old)


def gap_row(review: Review, finding: Finding) -> ProvisionRow:
    """The model provision, numbered where it would go, against （新設）; a suggestion whose
    first line rewrites the draft's own line holding the finding (a 号 rewritten with new ア,
    イ, as ``--suggest-changes`` writes it) against that line; a suggestion that rewrites the
    draft's whole 項 (:func:`rewritten_provision`) against that 項."""
    lead = _lead_row(review.ordinance, finding)
    if lead is not None:
        return lead
    whole = rewritten_provision(review.ordinance, finding)
    if whole is not None:
        return _row("\n".join(_lines(whole.slice(review.ordinance.text))), "\n".join(_lines(finding.suggestion)))
    text, label = placed_text(review, finding)
    return ProvisionRow(text, NEW_PROVISION, ((0, len(text)),), (), label)


def _shared(old: str, new: str) -> float:
    """Share of the longer text the two have in common (0–1)."""
    if not old or not new:
        return 0.0
    _, kept = edit_ops(old, new)
    return kept / max(len(old), len(new))


def _lead_row(ordinance: Ordinance, finding: Finding) -> ProvisionRow | None:
    span = finding.location.span
    lines = [x for x in finding.suggestion.strip().splitlines() if x.strip()]
    if span is None or len(lines) < 2:
        return None
    text = ordinance.text
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.start)
    old = text[start : end if end >= 0 else len(text)].strip(" 　")
    if "\n" in span.slice(text) or not is_rewrite(old, lines[0].strip(" 　")):
        return None
    return _row(old, "\n".join(lines))


def rewrite_row(ordinance: Ordinance, finding: Finding) -> ProvisionRow | None:
    """The whole provision holding the finding, as the suggestion would make it, against the draft's."""
    comp = finding.comparison
    anchor = comp.draft_span if comp is not None and comp.draft_span is not None else finding.location.span
    if anchor is None:
        return None
    text = ordinance.text
    suggestion = finding.suggestion.strip()
    spans = provision_spans(ordinance, anchor)
    if not spans:
        return None
    if _ARTICLE_HEAD.match(suggestion):  # written as a whole article (its 見出し or 第N条 first)
        spans = spans[-1:]
    # a suggestion written as a whole provision: compared with the provision it rewrites best
    scored = []
    for span in spans:
        old = span.slice(text)
        for new in dict.fromkeys((suggestion, fit_suggestion(old, suggestion))):
            if is_rewrite(old, new):
                scored.append((_shared(old, new), old, new))
    if scored:
        _, old, new = max(scored, key=lambda t: t[0])
        return _row(old, new)
    inner = spans[0]
    old = inner.slice(text)
    fragment = anchor.slice(text)
    fitted = fit_suggestion(fragment, suggestion)
    if fragment and _splices(fragment, fitted):  # a rewrite of the finding's words only
        a, b = anchor.start - inner.start, anchor.end - inner.start
        return _row(old, old[:a] + fitted + old[b:])
    return _row(old, suggestion)


def _splices(fragment: str, fitted: str) -> bool:
    """True when ``fitted`` replaces the finding's own words: a rewrite of them, or a wording of
    about their length that keeps most of them (3年以下の懲役 → 2年以下の懲役若しくは禁錮)."""
    if is_rewrite(fragment, fitted):
        return True
    _, kept = edit_ops(fragment, fitted)
    return len(fitted) <= 2.5 * len(fragment) and kept >= 0.6 * len(fragment)


def _row(old: str, new: str) -> ProvisionRow:
    chunks = diff_chunks(old, new)
    return ProvisionRow(new, old, marks_of(chunks, "b"), marks_of(chunks, "a"))


def marks_of(chunks: Sequence[DiffChunk], side: str) -> tuple[tuple[int, int], ...]:
    """Underlined ranges: side "a" (draft) delete/replace chunks, side "b" insert/replace."""
    out: list[tuple[int, int]] = []
    for c in chunks:
        if side == "a" and c.tag in ("delete", "replace") and c.end_a > c.start_a:
            out.append((c.start_a, c.end_a))
        elif side == "b" and c.tag in ("insert", "replace") and c.end_b > c.start_b:
            out.append((c.start_b, c.end_b))
    return tuple(out)

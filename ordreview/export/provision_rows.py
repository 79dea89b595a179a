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
from ordreview.core.model import Article, DiffChunk, Finding, FindingId, Item, Ordinance, Review, Span
from ordreview.core.text import numeral_style, write_number
from ordreview.export.changes import edit_ops, fit_suggestion, insertion_end, is_rewrite

NEW_PROVISION = "（新設）"
_ARTICLE_HEAD = re.compile(r"^(（[^（）\n]+）\n)?第[0-9０-９一二三四五六七八九十百○〇]+条(の[0-9０-９一二三四五六七八九十百]+)*[　 ]")
PLACEHOLDER = re.compile(r"第[○〇◯][条]")
"""The number a model provision carries until it is placed: 第○条."""
TITLE_PLACEHOLDER = re.compile(r"(?m)^第[○〇◯]条")
"""第○条 as a new article's own title (at a line's start); one inside a sentence cites another."""


@dataclass(frozen=True, slots=True)
class ProvisionRow:
    """One 対照表 row: the revised provision (left), the draft's (right), and 傍線 ranges."""

    new: str
    old: str
    new_marks: tuple[tuple[int, int], ...]
    old_marks: tuple[tuple[int, int], ...]
    label: str = ""
    moved: str = ""
    """For a new article: the draft's articles that move to make room for it (「原案の…とする。」)."""


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
    """The number of one article inserted right after ``after``, as the draft writes numbers
    (``core.insertion.number_new_articles``): after 第30条 → 第30条の2, after 第30条の3 →
    第30条の4 (the next branch not yet taken), between 第47条の13 and 第47条の14 → 第47条の13の2,
    after the last article → the next whole number."""
    return new_article_titles(ordinance, after, 1)[0][0]


def new_article_titles(ordinance: Ordinance, after: Article, count: int) -> tuple[list[str], str]:
    """The numbers of ``count`` articles inserted in a row right after ``after``, in the draft's
    numerals, and what moves to make room for them (「原案の第5条の2を第5条の3とする。」), or ``""``."""
    from ordreview.core.insertion import article_key, number_new_articles, write_article_number

    key = article_key(after.num)
    style = numeral_style(after.title)
    if key is None:
        return [f"{after.title}の{write_number(2 + i, style)}" for i in range(count)], ""
    taken = {k for a in ordinance.articles if not a.in_suppl for k in [article_key(a.num)] if k is not None}
    following = _next_main_article(ordinance, after)
    follow_key = article_key(following.num) if following is not None else None
    if following is not None and follow_key is None:
        follow_key = key[:-1] + (key[-1] + 1,)
    keys, moved = number_new_articles(key, follow_key, taken, count)
    return [write_article_number(k, style) for k in keys], _moved_note(moved, style)


def _moved_note(moved: dict[tuple[int, ...], tuple[int, ...]], style: str) -> str:
    """「原案の第5条の2を第5条の3とする。」 or 「原案の第5条の2から第5条の4までを1条ずつ繰り下げる。」
    for the draft's articles that move (their own branches follow them unsaid)."""
    from ordreview.core.insertion import write_article_number

    if not moved:
        return ""
    tops = sorted(k for k in moved if not any(len(o) < len(k) and k[: len(o)] == o for o in moved))
    first, last = tops[0], tops[-1]
    step = moved[first][-1] - first[-1] if len(moved[first]) == len(first) else 1
    if len(tops) == 1:
        return f"原案の{write_article_number(first, style)}を{write_article_number(moved[first], style)}とする。"
    return (f"原案の{write_article_number(first, style)}から{write_article_number(last, style)}までを"
            f"{write_number(step, style)}条ずつ繰り下げる。")


def _next_main_article(ordinance: Ordinance, after: Article) -> Article | None:
    """The main-provision article right after ``after`` in the draft."""
    main = [a for a in ordinance.articles if not a.in_suppl]
    k = next((i for i, a in enumerate(main) if a is after), None)
    return main[k + 1] if k is not None and k + 1 < len(main) else None


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


_PLAN: list[tuple[Review, dict[FindingId, tuple[str, str]]]] = []
"""The plan of the review last asked about (the 対照表 and the tracked insertions ask per finding)."""


def new_article_plan(review: Review) -> dict[FindingId, tuple[str, str]]:
    """Per finding whose model provision becomes a new article (第○条), its number and what moves
    to make room for it. The new articles placed after the same article of the draft are numbered
    together, in the order of the findings (the order ``--suggest-changes`` inserts them): 第6条の2,
    第6条の3, … with no number given twice; a finding repeating another's wording and anchor
    takes that one's number."""
    if _PLAN and _PLAN[0][0] is review:
        return _PLAN[0][1]
    from ordreview.core.restatements import ADDS_DEFINITION
    from ordreview.export.annotate import is_gap
    from ordreview.export.changes import is_wording

    groups: dict[int, tuple[Article, list[Finding]]] = {}
    same: dict[FindingId, FindingId] = {}
    first: dict[tuple[str, str], FindingId] = {}
    for f in review.findings:
        if not (is_gap(f) or f.rule in ADDS_DEFINITION) or not is_wording(f.suggestion) or f.comparison is not None:
            continue
        if not TITLE_PLACEHOLDER.search(_without_note(f.suggestion.strip())):
            continue
        if _lead_row(review.ordinance, f) is not None or rewritten_provision(review.ordinance, f) is not None \
                or _own_article(review.ordinance, f) is not None:
            continue
        key = (f.anchor_text, f.suggestion)
        if key in first:
            same[f.id] = first[key]
            continue
        first[key] = f.id
        after = article_before(review, f)
        if after is None:
            continue
        groups.setdefault(id(after), (after, []))[1].append(f)
    plan: dict[FindingId, tuple[str, str]] = {}
    order = _statute_order(review)
    for after, group in groups.values():
        group.sort(key=lambda f: order.get(str(f.requirement), (1, ())))  # (stable: else the findings' order)
        labels, moved = new_article_titles(review.ordinance, after, len(group))
        for f, label in zip(group, labels, strict=False):
            plan[f.id] = (label, moved)
    for fid, other in same.items():
        if other in plan:
            plan[fid] = plan[other]
    _PLAN[:] = [(review, plan)]
    return plan


def _statute_order(review: Review) -> dict[str, tuple[int, tuple[int, ...]]]:
    """Requirement id → its place in the statute it rests on (``core.insertion.statute_position``):
    new articles placed after one article follow the statute's order (第44条の15 before
    第44条の16), those with no counterpart after them. Empty when the profile cannot be loaded."""
    from ordreview.core.insertion import statute_position

    try:
        from ordreview.core.profile import load_profile

        profile = load_profile(review.profile_id)
    except Exception:  # noqa: BLE001 - the findings' order stands without the profile
        return {}
    positions = {str(r.id): statute_position(r) for r in getattr(profile, "requirements", ())}
    laws = {p[0] for p in positions.values() if p is not None}
    law = max(laws, key=lambda x: sum(1 for p in positions.values() if p is not None and p[0] == x)) if laws else ""
    return {rid: (0, p[1]) for rid, p in positions.items() if p is not None and p[0] == law}


def _without_note(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(lines[:-1]) if len(lines) > 1 and _NOTE_LINE.match(lines[-1]) else text


_ITEM_HEAD = re.compile(r"(?m)^([ 　]*)[(（]([0-9０-９]+)[)）](?=[ 　])")


def _in_drafts_numerals(ordinance: Ordinance, text: str, style: str) -> str:
    """A new article for a draft numbered in kanji or full-width digits, written so: its citations
    (第二十六条第一項, not 第二十六条第1項) and, where the draft marks its 号 in kanji, its 号 (一, not (1))."""
    from ordreview.core.labels import in_numerals_text
    from ordreview.core.own_style import _first_item
    from ordreview.core.text import int_to_kanji, kanji_to_int

    if style == "arabic":
        return text
    text = in_numerals_text(text, style)
    item = _first_item(ordinance)
    if style == "kanji" and item is not None and re.fullmatch(r"[一二三四五六七八九十百]+", item.title or ""):
        text = _ITEM_HEAD.sub(lambda m: m.group(1) + int_to_kanji(kanji_to_int(m.group(2)) or 0), text)
    return text


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
    if TITLE_PLACEHOLDER.search(text):
        placed = new_article_plan(review).get(finding.id)
        if placed is not None:
            label = placed[0]
        else:
            after = article_before(review, finding)
            label = new_article_title(review.ordinance, after) if after is not None else ""
        if label:
            text = _in_drafts_numerals(review.ordinance, TITLE_PLACEHOLDER.sub(label, text, count=1), numeral_style(label))
        return text, label
    head = _PARAGRAPH_HEAD.match(text)
    art = review.ordinance.article(finding.location.article) if finding.location.article else None
    if head is not None and art is not None and art.paragraphs and finding.location.span is not None \
            and insertion_end(finding, review) == art.span.end:
        sample = next((p.printed_num for p in art.paragraphs if p.printed_num), head.group(1))
        text = _written(len(art.paragraphs) + 1, sample) + text[head.end():]
    return text, label


def _renumbered_marker(sample: str, n: int) -> str:
    """``sample`` ((5), （５）, 十一) renumbered ``n``, in its own numerals."""
    from ordreview.core.own_style import _marker
    from ordreview.core.text import int_to_kanji

    if re.fullmatch(r"[一二三四五六七八九十百]+", sample):
        return int_to_kanji(n)
    return _marker(sample, n)


_NEW_ITEM = re.compile(r"^(?:[(（][0-9０-９]+[)）]|[一二三四五六七八九十百]+)(?=[ 　])")
"""A new 号's marker: (5), （５）, or 五 in a draft that numbers its 号 in kanji."""


def consecutive_item(row: ProvisionRow, article: str | None, seen: dict[tuple[str | None, str], int]) -> ProvisionRow:
    """A new 号 proposed for an article, numbered as the draft's next 号, renumbered after the
    new 号 already proposed there (``seen``, updated): several come out (5), (6), (7) in order,
    as ``--suggest-changes`` inserts them."""
    m = _NEW_ITEM.match(row.new) if row.old == NEW_PROVISION else None
    if m is None:
        return row
    key = (article, m.group(0))
    k = seen.get(key, 0)
    seen[key] = k + 1
    if not k:
        return row
    from ordreview.core.text import kanji_to_int

    digits = re.search(r"[0-9０-９一二三四五六七八九十百]+", m.group(0)).group(0)  # type: ignore[union-attr]
    n = (kanji_to_int(digits) or 0) + k
    text = _renumbered_marker(m.group(0), n) + row.new[m.end():]
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
    own = _own_article(review.ordinance, finding)
    if own is not None:  # the model article written for the draft's own article: a rewrite of it
        new = TITLE_PLACEHOLDER.sub(own.title, _without_note(finding.suggestion.strip()), count=1)
        m = _TITLE.match(new)
        if m is not None:  # (the model's 第1条 as the draft prints it: 第１条)
            new = new[: m.start(1)] + own.title + new[m.end(1):]
        new = _in_drafts_numerals(review.ordinance, new, numeral_style(own.title))
        return _row(own.span.slice(review.ordinance.text).strip(), new)
    text, label = placed_text(review, finding)
    moved = new_article_plan(review).get(finding.id, ("", ""))[1] if label else ""
    return ProvisionRow(text, NEW_PROVISION, ((0, len(text)),), (), label, moved)


_TITLE = re.compile(r"^(?:（[^（）\n]+）\n)?(第[0-9０-９〇一二三四五六七八九十百千]+条(?:の[0-9０-９〇一二三四五六七八九十百千]+)*)[　 ]")


_CAPTION = re.compile(r"^（([^（）\n]+)）\n")


def _own_article(ordinance: Ordinance, finding: Finding) -> Article | None:
    """The draft's article that a suggestion written as a whole article with that article's own
    number rewrites (a model 目的 article 「（目的）第1条　…」 for the draft's 第1条), or a model
    article 第○条 under the very caption of the finding's article (an element missing from the
    draft's 「（従事者の義務）」 article: that article completed, not a second one); else ``None``."""
    from ordreview.core.insertion import article_key
    from ordreview.core.text import kanji_to_int

    if not finding.location.article:
        return None
    art = ordinance.article(finding.location.article)
    if art is None or art.in_suppl:
        return None
    caption = _CAPTION.match(finding.suggestion.strip())
    if PLACEHOLDER.match(finding.suggestion.strip(), caption.end() if caption else 0):
        # 第○条 with the caption of the finding's own article (（従事者の義務）): that article, completed
        return art if caption is not None and art.caption and caption.group(1) == art.caption.strip("（）()") else None
    m = _TITLE.match(finding.suggestion.strip())
    if m is None:
        return None
    numbers = tuple(kanji_to_int(n) for n in re.findall(r"[0-9０-９〇一二三四五六七八九十百千]+", m.group(1)))
    return art if numbers == article_key(art.num) else None


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

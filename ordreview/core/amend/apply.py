"""Apply a 改め文 bill to the ordinance in force (現行) → the consolidated text (溶け込み).

The sentences are applied in bill order, each against the state the sentences before it
left (so a citation by a number that only a later sentence creates is not found). Within a
sentence, 同条・同項・同号 mean the provision of that level named last (see ``bill``).

A quoted 字句 is changed everywhere it occurs in the named provision, as the 法制執務 reads
an amending sentence; to change one occurrence only, a bill quotes more of the text around
it. A sentence that cannot be applied cleanly stops at the failing clause (the clauses
before it stay applied) and becomes an ``ApplyFailure``; the next sentence is applied as
usual. Failure codes:

- ``target_not_found``: a quoted 字句 does not occur in the named provision;
- ``ambiguous``: occurrences overlap, or some occurrence already reads the new text (the
  change would double it: 「実施機関等等」), so not every occurrence can have been meant;
- ``provision_not_found``: the named 条・項・号・章 does not exist at that point of the bill;
- ``collision``: a move or an addition gives a number that another provision keeps;
- ``renumber_order``: a move takes a number that a later clause of the same sentence only
  vacates (繰下げ must run from the last provision backwards, 繰上げ from the first);
- ``dou_ambiguous``: 同条・同項・同号 with no antecedent in the sentence, or after several;
- ``count_mismatch``: 「次の2号を加える」 followed by another number of provisions;
- ``toc_not_amended``: a chapter was added, moved or renamed, or its article range changed,
  and the 目次 no longer matches (``toc_mismatch`` when the bill amended the 目次, but not so);
- ``unparsed``: the sentence is not in a form the applier reads.

The consolidated text keeps the base ordinance's title, date, number and 附則, and appends
the bill's own 附則 under 「附　則（…）」 naming the bill (blank date and number for a 案).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from ordreview.core.amend.bill import NUMBER_PARTS, Bill, Operation, Sentence, Target, parse_bill
from ordreview.core.amend.ordtree import (
    DIVISION_HEAD,
    Node,
    Num,
    Tree,
    article_title,
    articles_in,
    item_marker_text,
    parse_num,
    read_tree,
    read_units,
)
from ordreview.core.messages import define, render
from ordreview.core.model import Ordinance
from ordreview.core.parse.numbers import AIUEO, IROHA, paragraph_number
from ordreview.core.text import fold, numeral_style, write_number

# The line opening a 別表's 備考: 「備考」 alone, or followed by its only note (「備考　この表…」).
_REMARKS_HEAD = re.compile(r"^[ \u3000]*備考(?:[ \u3000]|$)")

# --------------------------------------------------------------------------- messages

MESSAGES = {
    "target_not_found": define(
        "amend.target_not_found",
        ja="{where}に「{text}」がない（改正規定を適用できない。）。改める字句を確認されたい。",
        en="「{text}」 does not occur in {where}; the amending sentence cannot be applied.",
    ),
    "ambiguous": define(
        "amend.ambiguous",
        ja="{where}に「{text}」が{count}箇所あり、うち{bad}箇所は既に「{new}」となっているか重なっている。改める箇所を特定できるよう前後の字句を含めて引用されたい。",
        en="「{text}」 occurs {count} times in {where}, {bad} of them already reading 「{new}」 or "
           "overlapping; quote more of the text so that only the intended place changes.",
    ),
    "ambiguous_embedded": define(
        "amend.ambiguous_embedded",
        ja="{where}に「{text}」が{count}箇所あるが、いずれも「{words}」の一部である（全てが改められることになる。）。"
           "改める語を特定できるよう、語全体を引用されたい。",
        en="「{text}」 occurs {count} times in {where}, each time as part of a longer word ({words}); "
           "quote the whole word meant.",
    ),
    "ambiguous_doubled": define(
        "amend.ambiguous_doubled",
        ja="{where}の「{text}」は「{word}」の一部であり、改正すると「{result}」となる（前後の字句と重複する。）。"
           "改める語を特定できるよう、語全体を引用されたい。",
        en="「{text}」 in {where} is part of 「{word}」; the change would make it 「{result}」, repeating the "
           "words around it; quote the whole word meant.",
    ),
    "ambiguous_number": define(
        "amend.ambiguous_number",
        ja="{where}の「{text}」は数字の途中から（又は途中まで）を引用しており、「{number}」の一部が改められることになる。"
           "改める字句を特定できるよう、数字全体を引用されたい。",
        en="「{text}」 in {where} begins or ends inside a number (「{number}」), so the change would rewrite part "
           "of that number; quote the whole number.",
    ),
    "provision_not_found": define(
        "amend.provision_not_found",
        ja="{where}が見当たらない（この改正規定の時点で存在しない規定である。）。改正する規定を確認されたい。",
        en="{where} does not exist at this point of the bill.",
    ),
    "collision": define(
        "amend.collision",
        ja="{where}は既に存在するため、{what}できない。改正規定の順序又は番号を確認されたい。",
        en="{where} already exists, so the provision cannot be {what_en} there.",
    ),
    "caption_exists": define(
        "amend.caption_exists",
        ja="{where}には既に見出し「{caption}」があるため、見出しとして付することはできない"
           "（見出しを改める場合は「見出しを「…」に改める」とし、共通見出しを削る場合はその旨を規定する。）。",
        en="{where} already has the caption 「{caption}」, so a caption cannot be attached to it "
           "(to change it, write 見出しを「…」に改める; a shared caption has to be deleted first).",
    ),
    "renumber_order": define(
        "amend.renumber_order",
        ja="{where}はこの改正規定の後の部分で移動されるため、先に{what}すると重なる（繰下げは後ろの規定から、繰上げは前の規定から順に行う。）。順序を改められたい。",
        en="{where} is only vacated later in this sentence, so {what_en} it first overwrites it "
           "(renumber forwards from the last provision, backwards from the first).",
    ),
    "dou_ambiguous": define(
        "amend.dou_ambiguous",
        ja="「同条」「同項」「同号」等が指す規定をこの改正規定の中で特定できない。規定を明示されたい。",
        en="The provision that 同条/同項/同号 refers to cannot be identified within this sentence.",
    ),
    "count_mismatch": define(
        "amend.count_mismatch",
        ja="「次の{count}{unit}」とあるが、続く規定は{found}{unit}である。数を確認されたい。",
        en="The sentence adds {count} {unit} but {found} follow it.",
    ),
    "toc_not_amended": define(
        "amend.toc_not_amended",
        ja="この改正規定により{where}は「{expected}」となるが、目次が改正されていない（目次の記載：{toc}）。目次の改正を加えられたい。",
        en="After this sentence {where} reads 「{expected}」 but the table of contents was not amended "
           "(it reads: {toc}).",
    ),
    "toc_mismatch": define(
        "amend.toc_mismatch",
        ja="この改正規定により{where}は「{expected}」となるが、改正後の目次の記載と一致しない（目次の記載：{toc}）。目次の改正を改められたい。",
        en="After this sentence {where} reads 「{expected}」, which the amended table of contents does not "
           "match (it reads: {toc}).",
    ),
    "unparsed": define(
        "amend.unparsed",
        ja="改正規定の形式を読み取れない（{detail}）。改正規定の書き方を確認されたい。",
        en="The amending sentence is not in a form that can be read ({detail}).",
    ),
    "stale_reference": define(
        "amend.stale_reference",
        ja="「{text}」は改正前には{old}を指していたが、改正規定（{sentence}番目）により{new}。引用を整理されたい。",
        en="「{text}」 referred to {old} before the amendment; after sentence {sentence} {new_en}. "
           "The citation needs updating.",
    ),
}

NOTES = {
    "single_paragraph": define(
        "amend.note.single_paragraph",
        ja="{where}は項が一つしかない条である。「第1項」を付けずに引用する（例：「第N条第3号」）。",
        en="{where} has a single paragraph: cite it without 第1項 (e.g. 第N条第3号).",
    ),
    "short_range": define(
        "amend.note.short_range",
        ja="{where}を範囲で繰り下げ（繰り上げ）ているが、範囲で示すのは連続する4以上の規定を移動する場合（最後の規定を個別に、残りを範囲で）である。1ずつ個別に移動されたい。",
        en="{where} is renumbered as a range, which is meant for four or more consecutive provisions "
           "(the last moved on its own, the rest as a range); move them one by one.",
    ),
    "range_branch": define(
        "amend.note.range_branch",
        ja="{where}の範囲に枝番の規定（{branch}）が含まれる。移動後の番号が不明確になるため、範囲で繰り下げ（繰り上げ）ず個別に移動されたい。",
        en="The range {where} includes a branch-numbered provision ({branch}); its new number is unclear, "
           "so move the provisions one by one.",
    ),
    "after_move": define(
        "amend.note.after_move",
        ja="{where}を移動した後に、同じ規定の改正をしている。規定の改正は移動より前に行われたい。",
        en="{where} is amended after it was moved in the same sentence; amend a provision before moving it.",
    ),
    "out_of_order": define(
        "amend.note.out_of_order",
        ja="{where}の改正規定が、それより後ろにある{previous}の改正規定（改正規定{number}）の後に置かれている。"
           "改正規定は、題名、目次、本則、附則、別表の順に、条例の前の規定から順に並べられたい。",
        en="The sentence amending {where} comes after the one amending {previous} (sentence {number}), which "
           "lies further on; amending sentences follow the ordinance front to back (title, table of contents, "
           "main provisions, supplementary provisions, appended tables).",
    ),
    "article_order": define(
        "amend.note.article_order",
        ja="{where}の{what}が、同じ条の{previous}の後に置かれている。一つの条の改正は、見出し、字句"
           "（条文に現れる順）、項・号の追加及び削除の順に行われたい。",
        en="{what_en} of {where} comes after {previous_en} of the same article; within an "
           "article, amend the caption first, then the words in the order the text reads, then add or delete "
           "paragraphs and items.",
    ),
}
"""Style points a 例規審査 raises on a bill that still applies (warnings, not failures)."""

AREA_ORDER = {"title": 0, "toc": 1, "main": 2, "suppl": 3, "table": 4}
"""Where each area is amended in a bill, front to back (the whole 本則, 「本則中」, has no place)."""

WHAT = {"move": ("移動", "moved"), "add": ("追加", "added"), "shift": ("繰下げ・繰上げ", "renumbered")}


@dataclass(frozen=True)
class ApplyFailure:
    """An amending sentence that could not be applied cleanly.

    Attributes:
        sentence: 1-based number of the amending sentence in the bill (本則 改め文 in order).
        code: ``target_not_found``, ``ambiguous``, ``provision_not_found``, ``collision``,
            ``renumber_order``, ``dou_ambiguous``, ``count_mismatch``, ``toc_not_amended``,
            ``toc_mismatch``, ``unparsed``.
        message_ja / message_en: the rendered message.
        span: the sentence's span in the bill text.
        target: the provision concerned (``第2条第1号``), or ``""``.
    """

    sentence: int
    code: str
    message_ja: str
    message_en: str
    span: tuple[int, int]
    target: str = ""


@dataclass(frozen=True)
class StaleReference:
    """A citation the bill left pointing at a provision it renumbered or deleted.

    Attributes:
        sentence: the sentence that moved, deleted or displaced the cited provision.
        text: the citation as written (``第8号``, ``前条``).
        span: its span in the consolidated text.
        citing: the citing provision in the consolidated numbering (e-Gov article number,
            paragraph, item path).
        message_ja / message_en: the rendered message.
    """

    sentence: int
    text: str
    span: tuple[int, int]
    citing: tuple[str | None, int | None, str | None]
    message_ja: str
    message_en: str


@dataclass(frozen=True)
class Consolidation:
    """The ordinance in force with the bill merged in.

    Attributes:
        text: the consolidated ordinance as plain text, one provision per line, in the same
            layout as the current text's own lines where unchanged.
        failures: each sentence that could not be applied cleanly.
        line_origins: per line of ``text``, the 1-based number of the sentence that last
            changed it, or ``None`` for a line as in the ordinance in force (or the bill's 附則).
        stale_references: citations left pointing at renumbered or deleted provisions.
        bill: the parsed bill.
        applied: the numbers of the sentences applied without failure.
        notes: style points a 例規審査 raises on sentences that still applied (a 「第1項」 cited
            in a single-paragraph article, a short or branch-numbered range renumbered as a
            range, a provision amended after its own move, sentences or clauses out of order);
            codes ``single_paragraph``, ``short_range``, ``range_branch``, ``after_move``,
            ``out_of_order``, ``article_order``.
    """

    text: str
    failures: tuple[ApplyFailure, ...]
    line_origins: tuple[int | None, ...] = ()
    stale_references: tuple[StaleReference, ...] = ()
    bill: Bill | None = None
    applied: tuple[int, ...] = ()
    notes: tuple[ApplyFailure, ...] = ()

    @cached_property
    def ordinance(self) -> Ordinance:
        """The consolidated text parsed into the reviewer's ``Ordinance`` (computed once)."""
        from ordreview.core.parse import parse_text

        return parse_text(self.text, path="<consolidated>")

    def sentence_at(self, offset: int) -> int | None:
        """The sentence that produced the line holding ``offset`` of ``text``, or ``None``."""
        line = self.text.count("\n", 0, max(0, min(offset, len(self.text))))
        return self.line_origins[line] if line < len(self.line_origins) else None


class _Fail(Exception):
    def __init__(self, code: str, target: str = "", **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.target = target
        self.params = params


# --------------------------------------------------------------------------- entry points


def consolidate_texts(current_text: str, bill_text: str, *, first: int = 1) -> Consolidation:
    """Apply the 改め文 bill ``bill_text`` to the ordinance ``current_text`` (its sentences
    numbered from ``first``, see ``parse_bill``)."""
    bill = parse_bill(bill_text, first=first)
    tree = read_tree(current_text)
    return consolidate(tree, bill, current_text=current_text)


def consolidate(tree: Tree, bill: Bill, *, current_text: str | None = None) -> Consolidation:
    """Apply ``bill`` to ``tree`` (changed in place) and check the result."""
    applier = _Applier(tree)
    before_keys = _keys(tree)
    before_suppl = _suppl_lines(tree)
    toc_history: list[dict] = [_toc_signature(tree)]
    failures: list[ApplyFailure] = []
    applied: list[int] = []
    toc_sentences: list[int] = []
    for sentence in bill.sentences:
        failure = applier.apply(sentence)
        if any(t.area == "toc" for op in sentence.ops for t in op.targets):
            toc_sentences.append(sentence.number)
        if failure is not None:
            failures.append(failure)
        else:
            applied.append(sentence.number)
        toc_history.append(_toc_signature(tree))
    failures.extend(_toc_failures(tree, bill, toc_history, toc_sentences, applier.unsettled))
    _append_suppl(tree, bill)
    lines = tree.lines()
    text = "\n".join(line for line, _ in lines)
    origins = tuple(origin for _, origin in lines)
    stale: tuple[StaleReference, ...] = ()
    if current_text is not None:
        stale = _stale_references(current_text, text, before_keys, _keys(tree), applier,
                                  (before_suppl, _suppl_lines(tree)))
    failures.sort(key=lambda f: f.sentence)
    failed = {f.sentence for f in failures}
    notes = tuple(n for n in applier.notes if n.sentence not in failed)
    return Consolidation(text=text, failures=tuple(failures), line_origins=origins, stale_references=stale,
                         bill=bill, applied=tuple(applied), notes=notes)


def _failure(sentence: Sentence, code: str, target: str = "", **params: object) -> ApplyFailure:
    params.setdefault("where", target or "当該規定")
    message = str(params.pop("message", code))  # a failure code may have more than one wording
    ja, en = render(MESSAGES[message], **params)
    return ApplyFailure(sentence.number, code, ja, en, sentence.span, target)


# --------------------------------------------------------------------------- the applier


class _Applier:
    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.sentence: Sentence | None = None
        self.moved: dict[int, int] = {}
        """uid → sentence that renumbered it."""
        self.deleted: dict[int, int] = {}
        """uid → sentence that deleted it."""
        self.created: dict[int, int] = {}
        """uid → sentence that added it."""
        self.voided: dict[int, int] = {}
        """uid → sentence that made its article a 削除 shell (the article and what it held)."""
        self.rewritten: set[int] = set()
        # uids inside the provisions a failed sentence named: their citations are left as the
        # sentence failed to rewrite them, already reported on that sentence
        self.failed_nodes: set[int] = set()
        self._previous: Target | None = None  # the last provision the sentence before named
        """uids of provisions whose whole text the bill replaced."""
        self.notes: list[ApplyFailure] = []
        """Style points on sentences that applied (see ``NOTES``)."""
        self._moved_here: set[int] = set()
        self._last_place: tuple[tuple[int, int, int], str, int] | None = None
        """The place of the last sentence that had one: (key, label, sentence number)."""
        self._run: _ArticleRun | None = None
        """What the clauses so far did to the article the last clauses amended."""
        self.unsettled: set[int] = set()
        """uids of the 章・節 holding a provision named by a sentence that failed: their state is
        not what the bill means, so the 目次 is not compared with them."""

    # ------------------------------------------------------------------ sentences

    def note(self, code: str, where: str, **params: object) -> None:
        """Record a style point on the current sentence (once per code and place)."""
        assert self.sentence is not None
        ja, en = render(NOTES[code], where=where, **params)
        note = ApplyFailure(self.sentence.number, code, ja, en, self.sentence.span, where)
        if note not in self.notes:
            self.notes.append(note)

    def apply(self, sentence: Sentence) -> ApplyFailure | None:
        self.sentence = sentence
        self._moved_here = set()
        if sentence.error is None:
            for op in sentence.ops:
                for target in (*op.targets, *((op.dest,) if op.dest is not None else ())):
                    self._check_single_paragraph(target)
        previous, self._previous = self._previous, next(
            (t for op in reversed(sentence.ops) for t in reversed(op.targets)), self._previous)
        if sentence.error is not None:
            code = sentence.error.code
            self._note_failed(sentence, previous)
            return _failure(sentence, code, detail=sentence.error.detail or sentence.text)
        self._check_order(sentence)
        for k, op in enumerate(sentence.ops):
            try:
                self._op(op, sentence.ops[k + 1:])
            except _Fail as fail:
                params = dict(fail.params)
                if fail.code in ("collision", "renumber_order"):
                    what = WHAT.get(str(params.pop("kind", "move")), WHAT["move"])
                    params.update(what=what[0], what_en=what[1])
                if fail.code == "unparsed":
                    params.setdefault("detail", sentence.text)
                self._unsettle(sentence)
                self._note_failed(sentence, previous)
                return _failure(sentence, fail.code, fail.target, **params)
        return None

    def _note_failed(self, sentence: Sentence, previous: Target | None) -> None:
        """Note the provisions a failed sentence would have replaced whole (as they stand now) in
        ``failed_nodes``.
        A 同条 the sentence leaves open (``dou_ambiguous``) is read, for this purpose only, as the
        article the sentence before named last."""
        for op in sentence.ops:
            if op.kind != "replace":
                continue  # only a provision given a new text whole had its citations settled by the sentence
            for target in op.targets:
                if target.article == (0,):
                    if previous is None or previous.article is None or previous.area != target.area:
                        continue
                    target = replace(target, article=previous.article, divisions=previous.divisions)
                try:
                    node = self.resolve(replace(target, end=None))
                except _Fail:
                    continue
                self.failed_nodes.update(sub.uid for sub in node.walk())

    def _unsettle(self, sentence: Sentence) -> None:
        """Note the 章・節 holding the provisions a failed sentence names (as they stand now)."""
        nodes: list[Node] = []
        for op in sentence.ops:
            for target in (*op.targets, *((op.dest,) if op.dest is not None else ())):
                for t in (replace(target, end=None), target.end):
                    if t is None or t.area != "main":
                        continue
                    try:
                        nodes.append(self.resolve(t))
                    except _Fail:
                        continue
        if not nodes:
            return
        for division in self.tree.divisions():
            inside = {n.uid for n in division.walk()}
            if any(n.uid in inside for n in nodes):
                self.unsettled.add(division.uid)

    def _op(self, op: Operation, later: tuple[Operation, ...]) -> None:
        handler = getattr(self, f"_op_{op.kind}", None)
        if handler is None:
            raise _Fail("unparsed", detail=op.kind)
        # amending a provision after moving it (adding next to it is not amending it)
        into = op.kind in ("words", "replace", "append_text", "caption_set", "caption_delete") or (
            op.kind == "add" and op.position in ("end", "first"))
        self._check_article_order(op, later)
        if into and self._moved_here:
            for target in op.targets:
                try:
                    node = self.resolve(target)
                except _Fail:
                    continue
                if node.uid in self._moved_here:
                    self.note("after_move", target.label())
        handler(op, later)

    def _check_article_order(self, op: Operation, later: tuple[Operation, ...]) -> None:
        """Note a clause out of the order prescribed within one article: 見出し, then 字句 in
        the order the text reads, then the additions and deletions of 項・号 (the article's own
        move last is ``after_move``). Consecutive clauses on the same article are compared,
        across sentences too. A move or 繰下げ of 項・号 inside the article starts the 字句
        order again (a run made room for is written from the last provision backwards, each
        provision amended before it moves), and a 字句 change of a provision that the same
        sentence then moves is part of such a run."""
        kind = _clause_kind(op)
        article = self._article_of(op)
        if article is None or kind is None or kind == "whole":
            self._run = None
            return
        run = self._run
        if run is None or run.uid != article.uid:
            run = self._run = _ArticleRun(article.uid)
        label = replace(op.targets[0], part=None).label()
        if kind == "caption":
            if run.body is not None:
                self._order_note(label, "caption", run.body)
            return
        if kind == "move":
            run.pos = None
            return
        if kind == "structure":  # 項 added or deleted: 字句 changes come before it
            run.body = run.structure = (label, "structure")
            run.pos = None
            return
        if kind == "item":  # 号, ただし書 added or deleted: after the 字句 changes before it
            at = self._range_in(article, op)
            if at is not None:  # (additions and deletions among themselves may go back to front)
                here = (at[1] if op.kind == "add" and op.position in ("after", "end") else at[0], label, "item")
                run.pos = here if run.pos is None else max(run.pos, here)
            run.body = (label, "item")
            return
        positions = self._word_positions(article, op)
        if self._moved_later(op.targets[0], later):  # amended, then moved: a run made room for
            run.body, run.pos = (positions[0][1] if positions else label, "words"), None
            return
        if run.structure is not None:
            self._order_note(label, "words", run.structure)
        elif positions and run.pos is not None and positions[0][0] < run.pos[0]:
            self._order_note(label, "words", run.pos[1:])
        else:
            for a, b in zip(positions, positions[1:]):  # the pairs of one clause
                if b[0] < a[0]:
                    self._order_note(label, "words", a[1:])
                    break
        if positions:
            run.pos = max(positions)
        run.body = (positions[0][1] if positions else label, positions[0][2] if positions else "words")

    def _order_note(self, where: str, what: str, previous: tuple[str, str]) -> None:
        names = {"caption": ("見出しの改正", "The amendment of the caption"),
                 "words": ("字句の改正", "The change of words"),
                 "structure": ("項の追加又は削除", "the addition or deletion of paragraphs"),
                 "item": ("号等の追加又は削除", "the addition or deletion of items"),
                 "replace": ("全部改正", "the replacement")}
        before, kind = previous
        prev_en = names[kind][1][0].lower() + names[kind][1][1:]
        self.note("article_order", where, what=names[what][0], what_en=names[what][1],
                  previous=f"{before}の{names[kind][0]}", previous_en=f"{prev_en} of {before}")

    def _article_of(self, op: Operation) -> Node | None:
        """The one article whose inside ``op`` amends, or ``None``."""
        if len(op.targets) != 1:
            return None
        target = op.targets[0]
        if target.area not in ("main", "suppl") or target.article is None:
            return None
        if target.end is not None and (target.end.article != target.article or target.paragraph is None):
            return None
        try:
            node = self.resolve(replace(target, paragraph=None, item=(), part=None, end=None))
        except _Fail:
            return None
        return node if node.kind == "article" else None

    def _article_text(self, article: Node) -> tuple[str, dict[int, int]]:
        """The article's text as it stands (folded, one line per provision, caption left out)
        and the offset of each provision's line in it."""
        offsets: dict[int, int] = {}
        parts: list[str] = []
        at = 0
        for n in article.walk():
            if n is article and article.children:
                continue
            offsets[n.uid] = at
            parts.append(fold(n.marker + n.sep + n.body).replace("\n", ""))
            at += len(parts[-1]) + 1
        return "\n".join(parts), offsets

    def _range_in(self, article: Node, op: Operation) -> tuple[int, int] | None:
        """Where the provision ``op`` names lies in ``article``'s text: (start, end)."""
        text, offsets = self._article_text(article)
        try:
            node = self.resolve(replace(op.targets[0], part=None, end=None))
        except _Fail:
            return None
        if node.kind == "article":
            return 0, len(text)
        inside = [offsets[n.uid] for n in node.walk() if n.uid in offsets]
        if not inside:
            return None
        following = [o for o in offsets.values() if o > max(inside)]
        return min(inside), (min(following) if following else len(text))

    def _word_positions(self, article: Node, op: Operation) -> list[tuple[int, str, str]]:
        """Where in ``article`` each quoted text of ``op`` first occurs: (offset in the
        article's text as it stands, quoted text, ``"words"``), for the texts found."""
        at = self._range_in(article, op)
        if at is None:
            return []
        if op.kind == "replace":
            return [(at[0], op.targets[0].label(), "replace")]
        text, _ = self._article_text(article)
        out = []
        for _, old, _ in op.edits:
            pos = text.find(fold(old).replace("\n", ""), *at)
            if pos >= 0:
                out.append((pos, f"{op.targets[0].label()}中「{old}」", "words"))
        return out

    def _moved_later(self, target: Target, later: tuple[Operation, ...]) -> bool:
        """True when a later clause of the sentence moves the provision ``target`` names (or
        the 項・号 holding it)."""
        try:
            node = self.resolve(replace(target, part=None, end=None))
        except _Fail:
            return False
        holders = {node.uid}
        article = self._article_of(Operation("words", (target,)))
        if article is not None:
            for n in article.walk():
                if any(c is node for c in n.walk()) and n.kind in ("paragraph", "item"):
                    holders.add(n.uid)
        for op in later:
            if op.kind not in ("move", "shift"):
                continue
            for t in op.targets:
                try:
                    if any(n.uid in holders for m in self.expand(t) for n in m.walk()):
                        return True
                except _Fail:
                    continue
        return False

    def _check_order(self, sentence: Sentence) -> None:
        """Note a sentence placed after one that amends a provision further on (a bill amends
        front to back). A sentence's place is the earliest provision it names, as the
        ordinance stands when it is applied, at article granularity: sentences on the 項 and 号
        of one article may go in any order, and adding after an article or a chapter comes
        after every sentence amending it.

        A sentence that moves provisions (…を…とし, 繰り下げる, 繰り上げる) is left out: its
        place is the run it renumbers, written from the last element backwards over several
        sentences when it makes room, and after every edit of the provisions it moves."""
        if any(op.kind in ("move", "shift") for op in sentence.ops):
            return
        places = [p for op in sentence.ops for t in op.targets if (p := self._place(t, op)) is not None]
        if not places:
            return
        key, label = min(places)
        last = self._last_place
        if last is not None and key < last[0]:
            self.note("out_of_order", label, previous=last[1], number=last[2])
        self._last_place = (key, label, sentence.number)

    def _place(self, target: Target, op: Operation) -> tuple[tuple[int, int, int], str] | None:
        """``((area, article index, 0 or 1 after it), label)`` of ``target`` now, or ``None``."""
        area = AREA_ORDER.get(target.area)
        if area is None:
            return None
        if target.area != "main" and target.area != "suppl":
            return (area, 0, 0), target.label()
        try:
            node = self.resolve(replace(target, end=None))
        except _Fail:
            return None
        after = 1 if op.kind == "add" and op.position == "after" and node.kind in ("article", "division") else 0
        if target.area == "suppl":
            order = [n.uid for top in (self.tree.suppl[0].nodes if self.tree.suppl else []) for n in top.walk()]
            return ((area, order.index(node.uid), after), target.label()) if node.uid in order else None
        index = {a.uid: i for i, a in enumerate(self.tree.articles())}
        inside = [index[n.uid] for n in node.walk() if n.uid in index]
        if inside:  # an article, or a division holding articles
            return (area, max(inside) if after else min(inside), after), target.label()
        holder = next((a for a in self.tree.articles() if any(n.uid == node.uid for n in a.walk())), None)
        return ((area, index[holder.uid], 0), target.label()) if holder is not None else None

    def _check_single_paragraph(self, target: Target) -> None:
        """「第N条第1項」 for an article that has one paragraph only."""
        if target.paragraph != 1 or target.article is None or target.area not in ("main", "suppl"):
            return
        try:
            article = self.resolve(replace(target, paragraph=None, item=(), part=None, end=None))
        except _Fail:
            return
        if article.kind == "article" and len(article.children) == 1:
            self.note("single_paragraph", replace(target, paragraph=None, item=(), part=None, end=None).label())

    def _mark(self, node: Node) -> None:
        node.origin = self.sentence.number if self.sentence else None

    # ------------------------------------------------------------------ resolving targets

    def resolve(self, target: Target) -> Node:
        """The node ``target`` names (a division, article, paragraph or item)."""
        label = target.label()
        if target.area == "suppl":
            nodes = self.tree.suppl[0].nodes if self.tree.suppl else []
            if target.article is not None:
                article = _find(nodes, "article", target.article)
                if article is None:
                    raise _Fail("provision_not_found", label)
                return self._below(article, target, label)
            if target.paragraph is None:
                raise _Fail("provision_not_found", label)
            para = next((n for n in nodes if n.kind == "paragraph" and n.num == (target.paragraph,)), None)
            if para is None and target.paragraph == 1 and nodes and nodes[0].kind == "paragraph":
                para = nodes[0]
            if para is None:
                raise _Fail("provision_not_found", label)
            return self._items(para, target, label)
        if target.area != "main":
            raise _Fail("provision_not_found", label)
        if target.article is None:
            if not target.divisions:
                raise _Fail("provision_not_found", label)
            scope: list[Node] = self.tree.main
            found: Node | None = None
            for level, num in target.divisions:
                found = _find_division(scope, level, num)
                if found is None:
                    raise _Fail("provision_not_found", label)
                scope = found.children
            assert found is not None
            return found
        article = next((a for a in self.tree.articles() if a.num == target.article or
                        (a.num_end is not None and a.num <= target.article <= a.num_end)), None)
        if article is None:
            raise _Fail("provision_not_found", label)
        return self._below(article, target, label)

    def _below(self, article: Node, target: Target, label: str) -> Node:
        if target.paragraph is None and not target.item:
            return article
        p = target.paragraph or 1
        para = next((c for c in article.children if c.num == (p,)), None)
        if para is None:
            raise _Fail("provision_not_found", label)
        return self._items(para, target, label)

    def _items(self, para: Node, target: Target, label: str) -> Node:
        node = para
        for num in target.item:
            if isinstance(num, str):  # a sub-item letter: matched on the printed marker
                child = next((c for c in node.children if c.kind == "item" and
                              fold(c.marker).strip("()[] ") == num), None)
            else:
                child = next((c for c in node.children if c.kind == "item" and c.num == num), None)
            if child is None:
                raise _Fail("provision_not_found", label)
            node = child
        return node

    def expand(self, target: Target) -> list[Node]:
        """The nodes of a target, a range expanded over its siblings."""
        first = self.resolve(target)
        if target.end is None:
            return [first]
        last = self.resolve(target.end)
        if first.kind == "article" and last.kind == "article" and target.area == "main":
            # articles are numbered through the whole 本則: a range may cross a 章・節 boundary
            siblings = list(self.tree.articles())
        else:
            siblings = self.tree.parent_list(first)
        if siblings is None or last not in siblings:
            raise _Fail("provision_not_found", target.label())
        i, j = siblings.index(first), siblings.index(last)
        if j < i:
            raise _Fail("provision_not_found", target.label())
        return siblings[i: j + 1]

    # ------------------------------------------------------------------ 字句

    def _slots(self, target: Target) -> list[_Slot]:
        """The texts a 「中」 scope covers, in document order."""
        tree = self.tree
        if target.area == "toc":
            if tree.toc is None:
                raise _Fail("provision_not_found", "目次")
            return [_ListSlot(tree.toc, i, self, "toc") for i in range(1, len(tree.toc))]
        if target.area == "title":
            if tree.title_index is None:
                raise _Fail("provision_not_found", "題名")
            return [_ListSlot(tree.head, tree.title_index, self, "head")]
        if target.area == "table":
            start, end = self._table_range(target)
            if target.part == "remarks":  # 「別表備考中」: the lines from 「備考」 to the table's end
                start = next((i for i in range(start + 1, end) if _REMARKS_HEAD.match(fold(tree.tables[i]))), None)
                if start is None:
                    raise _Fail("provision_not_found", target.label())
            if target.row:  # 「別表第1写しの項中」: the line(s) of the row whose first cell is 「写し」
                return [_ListSlot(tree.tables, i, self, "table") for i in self._table_rows(target)]
            return [_ListSlot(tree.tables, i, self, "table") for i in range(start, end)]
        if target.area == "honsoku":
            slots: list[_Slot] = []
            for node in tree.main:
                for sub in node.walk():
                    slots.extend(_node_slots(sub, captions=True))
            return slots
        if target.area == "suppl" and target.paragraph is None and target.article is None:
            if not tree.suppl:
                raise _Fail("provision_not_found", "附則")
            slots = []
            for node in tree.suppl[0].nodes:
                for sub in node.walk():
                    slots.extend(_node_slots(sub, captions=True))
            return slots
        node = self.resolve(target)
        if target.part == "caption":
            if node.kind != "article" or node.caption is None:
                raise _Fail("provision_not_found", target.label())
            return [_CaptionSlot(node)]
        if target.part == "name":
            return [_BodySlot(node)]
        slots = []
        if target.part == "with_caption" and node.kind == "article" and node.caption is not None:
            slots.append(_CaptionSlot(node))
        if target.part == "chapeau":
            return [_BodySlot(_chapeau_node(node, target))]
        for sub in node.walk():
            slots.extend(_node_slots(sub, captions=node.kind == "division"))
        if target.part in ("proviso", "main_text", "first", "second"):
            lo, hi = _part_bounds(node, target)
            return [_BodySlot(_text_node(node), lo=lo, hi=hi)]
        if target.part == "items":
            return [slot for child in node.children for sub in child.walk() for slot in _node_slots(sub, captions=False)]
        return slots

    def _table_rows(self, target: Target, *, one: bool = False) -> list[int]:
        """The indices in ``tree.tables`` of the row(s) of a 別表 whose first cell is ``target.row``
        (``one``: exactly one row, for a row replaced, deleted or added beside)."""
        start, end = self._table_range(target)
        rows = [i for i in range(start + 1, end) if _row_heading(self.tree.tables[i]) == fold(target.row or "")]
        if not rows or (one and len(rows) != 1):
            raise _Fail("provision_not_found", target.label())
        return rows

    def _table_range(self, target: Target) -> tuple[int, int]:
        """[start, end) of the lines of the 別表・様式 ``target`` names in ``tree.tables``."""
        lines = self.tree.tables
        label = fold(target.table or "別表")
        kind = label[:2]
        wanted = _table_num(label)
        starts = [i for i, line in enumerate(lines) if _TABLE_HEAD.match(fold(line))]
        if wanted is None:  # 「別表中」: the only table of that kind
            matching = [i for i in starts if fold(lines[i]).strip().startswith(kind)]
        else:
            matching = [i for i in starts if fold(lines[i]).strip().startswith(kind)
                        and _table_num(fold(lines[i]).strip()) == wanted]
        if not matching:
            raise _Fail("provision_not_found", target.table or "別表")
        start = matching[0]
        end = next((i for i in starts if i > start), len(lines))
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        return start, end

    def _op_words(self, op: Operation, later: tuple[Operation, ...]) -> None:
        slots: list[_Slot] = []
        for target in op.targets:
            for node_target in self._range_targets(target):
                slots.extend(self._slots(node_target))
        where = "、".join(t.label() for t in op.targets)
        for kind, old, new in op.edits:
            hits: list[tuple[_Slot, int, int]] = []  # slot, start, end in the slot's own text
            embedded: list[str] = []  # the longer words the occurrences stand inside
            fronts: set[str] = set()  # what runs on before the quotation in each such word
            cut_number: str | None = None  # a number the quotation begins or ends inside of
            doubled: tuple[str, str] | None = None  # such a word and what the change makes of it
            bad = 0
            # matched on folded text (full-width ASCII = half-width, one for one), so that
            # 「第２条」 in the bill finds 第2条 in the ordinance, and across the line breaks of a
            # provision printed on several lines; the new text is inserted as the bill writes it
            f_old, f_new = fold(old).replace("\n", ""), fold(new)
            if not f_old:
                raise _Fail("unparsed", where, detail="「」")
            for slot in slots:
                original = slot.get()
                lo, hi = slot.bounds(original)
                if "\n" in original:
                    where_in = [i for i, ch in enumerate(original) if ch != "\n"]
                    text = fold(original.replace("\n", ""))
                else:
                    where_in = None
                    text = fold(original)
                pos = text.find(f_old)
                last_end = -1
                while pos >= 0:
                    start = where_in[pos] if where_in else pos
                    end = (where_in[pos + len(f_old) - 1] + 1) if where_in else pos + len(f_old)
                    if lo <= start and end <= hi:
                        if pos < last_end:
                            bad += 1
                        else:
                            hits.append((slot, start, end))
                            if cut_number is None and cuts_number(text, pos, pos + len(f_old)):
                                cut_number = _whole_number(text, pos, pos + len(f_old))
                            if _inside_word(text, pos):
                                embedded.append(_whole_word(text, pos, pos + len(f_old)))
                                fronts.add(_word_front(text, pos))
                                result = _doubled_at_join(text, pos, pos + len(f_old), kind, f_new)
                                if result is not None and doubled is None:
                                    doubled = (embedded[-1], result)
                            last_end = pos + len(f_old)
                            if reads_as_done(text, pos, kind, f_old, f_new):
                                bad += 1
                    pos = text.find(f_old, pos + 1)
            if not hits:
                raise _Fail("target_not_found", where, text=old)
            if cut_number is not None:
                # 「5日以内」 where the text reads 15日以内: the quotation starts (or ends) inside a
                # number, so the change would rewrite part of another number; never meant
                raise _Fail("ambiguous", where, message="ambiguous_number", text=old, number=cut_number)
            if len(hits) > 1 and len(embedded) == len(hits) and len(fronts) > 1:
                # every occurrence is part of a longer word, and of different ones (「委員会」 in
                # 教育委員会, 選挙管理委員会 …): the rule that a quotation changes every occurrence
                # would rewrite all those names, which no drafter means; the quotation has to name
                # the word. The tail of one and the same name (「情報公開審査会」 each time in
                # 潮風県情報公開審査会) is the usual way of quoting it: every occurrence is meant.
                raise _Fail("ambiguous", where, message="ambiguous_embedded", text=old, count=len(hits),
                            words="」「".join(dict.fromkeys(embedded)))
            if doubled is not None:
                # 「計算機」 quoted where it stands only in 電子計算機, to read 電子情報処理装置: the
                # change repeats the words before (or after) it, so the quotation cannot be the
                # word meant, however many times it occurs
                raise _Fail("ambiguous", where, message="ambiguous_doubled", text=old, word=doubled[0],
                            result=doubled[1])
            if bad:
                shown = new if kind == "replace" else (old + new if kind == "after" else new + old)
                raise _Fail("ambiguous", where, text=old, count=len(hits), bad=bad, new=shown)
            by_slot: dict[int, list[tuple[int, int]]] = {}
            order: list[_Slot] = []
            for slot, start, end in hits:
                if id(slot) not in by_slot:
                    by_slot[id(slot)] = []
                    order.append(slot)
                by_slot[id(slot)].append((start, end))
            for slot in order:
                text = slot.get()
                for start, end in reversed(by_slot[id(slot)]):
                    if kind == "replace":
                        text = text[:start] + new + text[end:]
                    elif kind == "delete":
                        text = text[:start] + text[end:]
                    elif kind == "after":
                        text = text[:end] + new + text[end:]
                    else:
                        text = text[:start] + new + text[start:]
                slot.set(text, self.sentence.number if self.sentence else None)
        if any(t.area == "toc" for t in op.targets):
            _split_toc_entries(self.tree)

    def _range_targets(self, target: Target) -> list[Target]:
        if target.end is None:
            return [target]
        nodes = self.expand(target)
        out = []
        for node in nodes:
            if node.kind == "article":
                out.append(Target(area=target.area, article=node.num, part=target.part))
            else:
                return [target]
        return out

    # ------------------------------------------------------------------ whole provisions

    def _op_delete(self, op: Operation, later: tuple[Operation, ...]) -> None:
        for target in op.targets:
            if target.area == "toc":
                self._op_toc_delete(op, later)
                continue
            if target.area == "table" and target.row:  # 別表第1写しの項を削る
                at = self._table_rows(target, one=True)[0]
                del self.tree.tables[at]
                self.tree.table_origin = self.sentence.number
                continue
            if target.area == "table":  # 別表第2を削る
                start, end = self._table_range(target)
                tables = self.tree.tables
                while end < len(tables) and not tables[end].strip():
                    end += 1
                if end == len(tables):  # the last table: the blank lines before it go too
                    while start > 0 and not tables[start - 1].strip():
                        start -= 1
                del tables[start:end]
                self.tree.table_origin = self.sentence.number
                continue
            if target.part in ("proviso", "second", "first", "main_text"):  # ただし書・後段を削る
                node = _text_node(self.resolve(target))
                lo, hi = _part_bounds(node, target)
                node.body = node.body[:lo] + node.body[hi:]
                self._mark(node)
                continue
            if target.part == "caption":  # 「第7条の前の見出し及び同条を削り」: the 共通見出し goes too
                node = self.resolve(replace(target, part=None))
                if node.kind != "article" or node.caption is None:
                    raise _Fail("provision_not_found", target.label())
                node.caption = None
                self._mark(node)
                continue
            if target.part == "items":  # 同項各号を削る
                node = self.resolve(target)
                for child in node.children:
                    for sub in child.walk():
                        self.deleted[sub.uid] = self.sentence.number
                node.children = [c for c in node.children if c.kind != "item"]
                self._mark(node)
                continue
            for node in self.expand(target):
                siblings = self.tree.parent_list(node)
                if siblings is None:
                    raise _Fail("provision_not_found", target.label())
                for sub in node.walk():
                    self.deleted[sub.uid] = self.sentence.number
                if node.kind == "paragraph" and len(siblings) == 1:  # an article's only 項: 削る the 条
                    raise _Fail("provision_not_found", target.label())
                _keep_shared_caption(node, siblings)
                siblings.remove(node)

    def _op_replace(self, op: Operation, later: tuple[Operation, ...]) -> None:
        if op.position == "void":
            self._void(op)
            return
        target = op.targets[-1]
        if target.area == "table" and target.row:  # 別表第1写しの項を次のように改める。
            at = self._table_rows(target, one=True)[0]
            body = [line for line in op.body if line.strip()]
            if not body:
                raise _Fail("count_mismatch", target.label(), count=1, unit="項", found=0)
            self.tree.tables[at:at + 1] = body
            self.tree.table_origin = self.sentence.number
            return
        if target.area == "table":  # 別表第1を次のように改める。
            start, end = self._table_range(target)
            body = list(op.body)
            while body and not body[-1].strip():
                body.pop()
            if not body:
                raise _Fail("count_mismatch", target.label(), count=1, unit="表", found=0)
            self.tree.tables[start:end] = body
            self.tree.table_origin = self.sentence.number
            return
        if target.end is not None and target.article is not None and target.paragraph is None and not target.item:
            self._replace_articles(target, op)
            return
        if (len(op.targets) > 1 or target.end is not None) and all(t.part is None for t in op.targets):
            self._replace_several(op)
            return
        if target.part in ("proviso", "main_text", "first", "second"):
            # 「第3条第2項ただし書を次のように改める。」: the quoted text takes the place of that part
            # only (a ただし書 quoted from 「ただし、」, a 後段 as its whole sentence)
            node = _text_node(self.resolve(target))
            lo, hi = _part_bounds(node, target)
            text = "".join(line.strip(" \u3000") for line in op.body)
            if not text:
                raise _Fail("count_mismatch", target.label(), count=1, unit="文", found=0)
            node.body = node.body[:lo] + text + node.body[hi:]
            self._mark(node)
            return
        old = self.resolve(target)
        kind = old.kind
        start = {"article": "any", "paragraph": "paragraph", "item": "item", "division": "any"}[kind]
        nodes = _body_nodes(op.body, start)
        if kind == "article" and target.part is None:
            new = next((n for n in nodes if n.kind == "article"), None)
            if new is None or len(nodes) != 1:
                raise _Fail("count_mismatch", target.label(), count=1, unit="条", found=len(nodes))
            self._rewrite_article(old, new)
            return
        if kind == "paragraph" and old.num == (1,) and len(nodes) == 1 and nodes[0].kind == "article":
            nodes = nodes[0].children[:1]  # 「第5条第1項を次のように改める。」 quoted as 「第5条　…」
        if kind in ("paragraph", "item"):
            new_nodes = [n for n in nodes if n.kind == kind]
            if len(new_nodes) != 1:
                raise _Fail("count_mismatch", target.label(), count=1, unit="項" if kind == "paragraph" else "号",
                            found=len(new_nodes))
            self._rewrite_part(old, new_nodes[0])
            return
        raise _Fail("unparsed", target.label(), detail=target.label())

    def _void(self, op: Operation) -> None:
        """「第12条を削除とする。」: each article (or 項・号) named becomes a 削除 shell, as if the
        bill had quoted 「第12条　削除」 after 「次のように改める。」; a range of articles becomes one
        shell 「第5条から第8条まで　削除」."""
        for target in op.targets:
            if target.area in ("toc", "title", "table") or target.part is not None:
                raise _Fail("unparsed", target.label(), detail=target.label())
            nodes = self.expand(target)
            if not nodes:
                raise _Fail("provision_not_found", target.label())
            if target.end is not None and nodes[0].kind == "article":
                first, last = nodes[0], nodes[-1]
                shell = f"{first.marker}から{last.marker}まで\u3000削除"
                self._replace_articles(target, replace(op, body=(shell,)))
                continue
            for node in nodes:
                if node.kind == "article":
                    shell = Node("article", node.num, children=[Node("paragraph", (1,), body="削除")])
                    self._rewrite_article(node, shell)
                elif node.kind in ("paragraph", "item"):
                    self._rewrite_part(node, Node(node.kind, node.num, body="削除"))
                else:
                    raise _Fail("unparsed", target.label(), detail=target.label())

    def _replace_several(self, op: Operation) -> None:
        """「第1号イ及びウを次のように改める。」「第2項から第4項までを次のように改める。」: the
        provisions named, in order, each take the text of the quoted provision in the same place
        (their numbers stay; the quoted ones must be as many and of the same unit)."""
        olds = [n for t in op.targets for n in self.expand(t)]
        where = "、".join(t.label() for t in op.targets)
        kind = olds[0].kind if olds else ""
        if kind not in ("article", "paragraph", "item") or any(n.kind != kind for n in olds):
            raise _Fail("unparsed", where, detail=where)
        start = {"article": "any", "paragraph": "paragraph", "item": "item"}[kind]
        nodes = _body_nodes(op.body, start)
        unit = {"article": "条", "paragraph": "項", "item": "号"}[kind]
        new = [n for n in nodes if n.kind == kind]
        if kind == "article" and len(nodes) == 1 and len(new) == 1 and len(olds) > 1 and new[0].num_end is not None:
            # 「第3条及び第4条を次のように改める。」 quoted as the one line 「第3条及び第4条　削除」:
            # the articles give way to one shell covering exactly them, where the first stood
            siblings = self.tree.parent_list(olds[0]) or []
            at = [siblings.index(n) if n in siblings else -1 for n in olds]
            if ((new[0].num, new[0].num_end) == (olds[0].num, olds[-1].num_end or olds[-1].num)
                    and at[0] >= 0 and at == list(range(at[0], at[0] + len(olds)))):
                self._replace_articles(op.targets[0], op, olds)
                return
        if len(new) != len(olds) or len(nodes) != len(new):
            raise _Fail("count_mismatch", where, count=len(olds), unit=unit, found=len(new))
        for old, node in zip(olds, new):
            if kind == "article":
                self._rewrite_article(old, node)
            else:
                self._rewrite_part(old, node)

    def _rewrite_article(self, old: Node, new: Node) -> None:
        """The article ``old`` takes the caption and paragraphs of ``new`` (its number stays). A
        共通見出し the next article shares stays when the new text brings no caption of its own:
        it is not part of the article replaced."""
        shared = new.caption is None and _caption_shared(old, self.tree.parent_list(old) or [])
        if not old.deleted and len(new.children) == 1 and new.children[0].body.strip() == "削除":
            for sub in old.walk():  # its citations now point at an empty shell
                self.voided[sub.uid] = self.sentence.number
        if not shared:
            old.caption = new.caption
            old.caption_origin = self.sentence.number
        if new.caption is not None and not old.caption_indent:
            old.caption_indent = _caption_indent(self.tree)
        old.children = new.children
        old.num_end = new.num_end
        if new.num_end is not None:
            old.marker = new.marker
        old.sep = new.sep
        self._mark(old)
        for sub in new.walk():
            sub.origin = self.sentence.number
        for para in old.children[1:]:
            para.indent = ""
        _restyle_items(old, self.tree)

    def _rewrite_part(self, old: Node, new: Node) -> None:
        """The paragraph or item ``old`` takes the text and sub-units of ``new`` (its number stays)."""
        old.body = new.body
        old.children = new.children
        self.rewritten.add(old.uid)  # its citations are the bill's own, checked by the review
        for sub in old.walk():
            sub.origin = self.sentence.number
        _restyle_items(old, self.tree, template=old)

    def _replace_articles(self, target: Target, op: Operation, olds: list[Node] | None = None) -> None:
        """「第5条から第8条までを次のように改める。」: the run of articles gives way to the quoted ones
        (``olds``, when given, are the articles named otherwise: 「第3条及び第4条」)."""
        olds = olds if olds is not None else self.expand(target)
        siblings = self.tree.parent_list(olds[0])
        if siblings is None:
            raise _Fail("provision_not_found", target.label())
        new = [n for n in _body_nodes(op.body, "any") if n.kind == "article"]
        if not new:
            raise _Fail("count_mismatch", target.label(), count=1, unit="条", found=0)
        low, high = olds[0].num, olds[-1].num_end or olds[-1].num
        keep = {id(n) for n in olds}
        others = [a for a in self.tree.articles() if id(a) not in keep]
        for n in new:
            if not low <= n.num <= high or any(a.num == n.num for a in others):
                raise _Fail("collision", _label_of(n, n.num), kind="add")
        index = siblings.index(olds[0])
        for node in olds:
            for sub in node.walk():
                self.deleted[sub.uid] = self.sentence.number
            (self.tree.parent_list(node) or siblings).remove(node)  # a run may cross a 章
        for n in new:
            for sub in n.walk():
                sub.origin = self.sentence.number
                self.created[sub.uid] = self.sentence.number
        neighbour = siblings[index - 1] if index > 0 else (siblings[0] if siblings else None)
        self._style(new, neighbour, siblings)
        if new[0].caption is None and olds[0].caption is not None:
            # a 削除 shell 「第3条及び第4条　削除」 stands where the first article stood, set off
            # as that article was (the blank line before its caption), not as an article that
            # follows a 共通見出し
            new[0].lead = list(olds[0].lead)
        siblings[index:index] = new

    def _op_name_replace(self, op: Operation, later: tuple[Operation, ...]) -> None:
        target = op.targets[-1]
        node = self.resolve(target)
        if node.kind != "division":
            raise _Fail("provision_not_found", target.label())
        if op.text:
            m = DIVISION_HEAD.match(fold(op.text))
            node.body = op.text[m.start("caption"):] if m else op.text
        else:
            line = next((line for line in op.body if line.strip()), "")
            m = DIVISION_HEAD.match(fold(line))
            if not m:
                raise _Fail("count_mismatch", target.label(), count=1, unit=node.level, found=0)
            node.body = line[m.start("caption"):]
        self._mark(node)

    def _op_toc_replace(self, op: Operation, later: tuple[Operation, ...]) -> None:
        if self.tree.toc is None:
            raise _Fail("provision_not_found", "目次")
        body = [line for line in op.body if line.strip()]
        if body and re.match(r"^\s*目\s*次\s*$", fold(body[0])):
            body = body[1:]
        self.tree.toc[1:] = body
        self.tree.toc_origin = self.sentence.number
        _split_toc_entries(self.tree)

    def _op_toc_add(self, op: Operation, later: tuple[Operation, ...]) -> None:
        """題名の次に次の目次を付する: the quoted 目次 goes after the title and number lines."""
        tree = self.tree
        if tree.toc is not None:
            raise _Fail("collision", "目次", kind="add")
        body = [line for line in op.body if line.strip()]
        if not body:
            raise _Fail("count_mismatch", "目次", count=1, unit="目次", found=0)
        if not re.match(r"^\s*目\s*次\s*$", fold(body[0])):
            body.insert(0, "目次")
        tree.toc = body
        tree.toc_origin = self.sentence.number
        first = tree.main[0] if tree.main else None
        if first is not None and not first.lead and not (first.kind == "article" and first.caption_lead):
            first.lead = [""]
        if tree.head and tree.head[-1].strip():
            tree.head.append("")

    def _op_toc_delete(self, op: Operation, later: tuple[Operation, ...]) -> None:
        if self.tree.toc is None:
            raise _Fail("provision_not_found", "目次")
        self.tree.toc = None
        self.tree.toc_origin = self.sentence.number

    def _op_title_replace(self, op: Operation, later: tuple[Operation, ...]) -> None:
        tree = self.tree
        if tree.title_index is None:
            raise _Fail("provision_not_found", "題名")
        text = op.text or next((line.strip() for line in op.body if line.strip()), "")
        old = tree.head[tree.title_index]
        tree.head[tree.title_index] = old[: len(old) - len(old.lstrip())] + text
        tree.head_origin = self.sentence.number

    def _op_caption_set(self, op: Operation, later: tuple[Operation, ...]) -> None:
        target = op.targets[-1]
        node = self.resolve(Target(area=target.area, divisions=target.divisions, article=target.article))
        if node.kind != "article":
            raise _Fail("provision_not_found", target.label())
        if op.position == "attach" and node.caption is not None:
            # 「見出しとして「…」を付する」 adds a caption where there is none; the article already
            # has one (its own or a 共通見出し it heads): 「見出しを「…」に改める」 was meant, or the
            # old caption must be deleted first
            raise _Fail("collision", target.label(), message="caption_exists", caption=node.caption)
        if node.caption is None:
            node.caption_indent = _caption_indent(self.tree)
            if not node.lead:
                node.lead = _article_lead(self.tree)
        node.caption = op.text
        node.caption_origin = self.sentence.number

    def _op_caption_delete(self, op: Operation, later: tuple[Operation, ...]) -> None:
        target = op.targets[-1]
        node = self.resolve(Target(area=target.area, divisions=target.divisions, article=target.article))
        if node.kind != "article" or node.caption is None:
            raise _Fail("provision_not_found", target.label())
        node.caption = None
        self._mark(node)

    def _op_append_text(self, op: Operation, later: tuple[Operation, ...]) -> None:
        target = op.targets[-1]
        node = self.resolve(target)
        if node.kind == "article":
            node = node.children[-1]
        text = "".join(line.strip() for line in op.body)
        node.body = node.body + text
        self._mark(node)

    # ------------------------------------------------------------------ numbers

    def _op_move(self, op: Operation, later: tuple[Operation, ...]) -> None:
        source = op.targets[-1]
        dest = op.dest
        assert dest is not None
        if source.area == "table" or dest.area == "table":
            self._move_table(source, dest, later)
            return
        if source.area == "suppl" and source.article is None and source.paragraph is None:
            self._number_suppl(dest)
            return
        node = self.resolve(source)
        new_num = _target_num(dest, node.kind, node.family)
        if new_num is None:
            raise _Fail("unparsed", dest.label(), detail=dest.label())
        siblings = self._number_space(node)
        occupant = next((s for s in siblings if s is not node and s.num == new_num), None)
        if occupant is not None:
            code = "renumber_order" if self._vacated_later(occupant, later) else "collision"
            raise _Fail(code, dest.label(), kind="move")
        self._renumber(node, new_num)

    def _number_suppl(self, dest: Target) -> None:
        """「附則を附則第1項とし、附則に次の1項を加える」: a 附則 of one unnumbered sentence takes the
        number 1, written as the ordinance writes its 項 numbers (「2」, 「２」), before a second
        項 is added."""
        if dest.area != "suppl" or dest.paragraph != 1 or dest.item or dest.article is not None:
            raise _Fail("unparsed", dest.label(), detail=dest.label())
        if not self.tree.suppl:
            raise _Fail("provision_not_found", "附則")
        nodes = self.tree.suppl[0].nodes
        if len(nodes) != 1 or nodes[0].kind != "paragraph" or nodes[0].marker:
            raise _Fail("collision", dest.label(), kind="move")
        sample = next((p for a in self.tree.articles() for p in a.children[1:] if p.marker), None)
        first = next(iter(self.tree.articles()), None)
        # without a numbered 項 to copy, as the articles write numbers (第一条 → ２ in full width)
        style = numeral_style(sample.marker if sample is not None else first.marker if first is not None else "")
        node = nodes[0]
        node.marker = write_number(1, "full" if style == "kanji" else style)
        node.sep = sample.sep if sample is not None else "\u3000"
        node.indent = sample.indent if sample is not None else ""
        node.body = node.body.lstrip(" \u3000")
        self._mark(node)

    def _table_starts(self, kind: str) -> list[int]:
        """The heading lines of the 別表 (or 様式 …) of ``kind``, in ``tree.tables``."""
        return [i for i, line in enumerate(self.tree.tables)
                if _TABLE_HEAD.match(fold(line)) and fold(line).strip().startswith(kind)]

    def _move_table(self, source: Target, dest: Target, later: tuple[Operation, ...]) -> None:
        """「別表第2を別表第3とする」: the table's heading takes the new number, written as the
        heading writes its numbers; the number must be free (or vacated later in the sentence,
        which is the wrong order)."""
        if source.area != "table" or dest.area != "table":
            raise _Fail("unparsed", dest.label(), detail=dest.label())
        start, _ = self._table_range(source)
        lines = self.tree.tables
        kind = fold(source.table or "別表")[:2]
        new_num = _table_num(fold(dest.table or ""))
        if new_num is None or not fold(dest.table or "").startswith(kind):
            raise _Fail("unparsed", dest.label(), detail=dest.label())
        for i in self._table_starts(kind):
            if i != start and _table_num(fold(lines[i]).strip()) == new_num:
                vacated = any(o.kind == "move" and o.targets and o.targets[-1].area == "table"
                              and _table_num(fold(o.targets[-1].table or "")) == new_num for o in later)
                raise _Fail("renumber_order" if vacated else "collision", dest.label(), kind="move")
        heading = lines[start]
        body = heading.lstrip(" \u3000")
        indent = heading[: len(heading) - len(body)]
        m = _TABLE_NUM.match(fold(body))
        if m is None:
            raise _Fail("provision_not_found", source.label())
        style = numeral_style(body[: m.end()])
        label = kind + "第" + "の".join(write_number(n, style) for n in new_num)
        lines[start] = indent + label + body[m.end():]
        self.tree.table_origin = self.sentence.number

    def _add_table(self, op: Operation) -> None:
        """「別表第1の次に次の1表を加える」: the quoted tables go after (or before) the one named,
        set off by the blank lines that part the ordinance's tables."""
        target = op.targets[-1]
        if target.area != "table" or op.position not in ("after", "before"):
            raise _Fail("unparsed", target.label(), detail=target.label())
        body = list(op.body)
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
        heads = [line for line in body if _TABLE_HEAD.match(fold(line))]
        if not body or not _TABLE_HEAD.match(fold(body[0])) or (op.count and len(heads) != op.count):
            raise _Fail("count_mismatch", target.label(), count=op.count or 1, unit="表", found=len(heads))
        start, end = self._table_range(target)
        lines = self.tree.tables
        kind = fold(target.table or "別表")[:2]
        taken = {_table_num(fold(lines[i]).strip()) for i in self._table_starts(kind)}
        for line in heads:
            num = _table_num(fold(line).strip())
            if num is not None and num in taken:
                raise _Fail("collision", _TABLE_NUM.match(fold(line).strip()).group(0), kind="add")
        gap = end
        while gap < len(lines) and not lines[gap].strip():
            gap += 1
        blank = lines[end:gap] if gap < len(lines) and gap > end else [""]
        if op.position == "after":
            lines[end:end] = [*blank, *body]
        else:
            lines[start:start] = [*body, *blank]
        self.tree.table_origin = self.sentence.number

    def _op_shift(self, op: Operation, later: tuple[Operation, ...]) -> None:
        nodes: list[Node] = []
        for target in op.targets:
            nodes.extend(self.expand(target))
        if not nodes:
            return
        ranged = [t for t in op.targets if t.end is not None]
        if ranged and len(nodes) < 3:
            self.note("short_range", "、".join(t.label() for t in ranged))
        branched = [n for n in nodes if len(n.num) > 1]
        if ranged and branched:
            self.note("range_branch", "、".join(t.label() for t in ranged),
                      branch="、".join(_label_of(n, n.num) for n in branched))
        siblings = self._number_space(nodes[0])
        order = sorted(nodes, key=lambda n: n.num, reverse=op.count > 0)
        moving = set(map(id, nodes))
        for node in order:
            new_num = (node.num[0] + op.count, *node.num[1:])
            if new_num[0] < 1:
                raise _Fail("collision", _label_of(node, new_num), kind="shift")
            occupant = next((s for s in siblings if s.num == new_num and id(s) not in moving), None)
            if occupant is not None:
                code = "renumber_order" if self._vacated_later(occupant, later) else "collision"
                raise _Fail(code, _label_of(node, new_num), kind="shift")
        for node in order:
            self._renumber(node, (node.num[0] + op.count, *node.num[1:]))

    def _number_space(self, node: Node) -> list[Node]:
        """The nodes whose numbers ``node``'s number must differ from."""
        if node.kind == "article":
            articles = list(self.tree.articles())
            if any(a is node for a in articles):
                return articles
            # (an article of a 附則 is numbered within that 附則)
            return self.tree.parent_list(node) or []
        if node.kind == "division":
            return [d for d in self.tree.divisions() if d.level == node.level and
                    self.tree.parent_list(d) is self.tree.parent_list(node)]
        return self.tree.parent_list(node) or []

    def _vacated_later(self, occupant: Node, later: tuple[Operation, ...]) -> bool:
        for op in later:
            if op.kind not in ("move", "shift", "delete"):
                continue
            for target in op.targets:
                try:
                    if occupant in self.expand(target):
                        return True
                except _Fail:
                    continue
        return False

    def _renumber(self, node: Node, num: Num) -> None:
        node.num = num
        if node.kind == "article":
            node.marker = article_title(node.marker, num)
        elif node.kind == "division":
            node.marker = article_title(node.marker, num, node.level)
        elif node.kind == "paragraph":
            if num == (1,):  # becomes the first paragraph: printed with the article's number
                node.marker, node.indent = "", ""
            elif node.marker:
                node.marker = write_number(num[0], numeral_style(node.marker))
            else:  # the first paragraph becomes a numbered one
                article = next((a for a in self.tree.articles() if node in a.children), None)
                style = numeral_style(article.marker) if article is not None else "arabic"
                node.marker = write_number(num[0], style)
                node.indent = _para_indent(self.tree)
                node.sep = article.sep if article is not None else "\u3000"
        else:
            node.marker = item_marker_text(node.marker, node.family, num)
        self.moved[node.uid] = self.sentence.number
        self._moved_here.add(node.uid)
        self._mark(node)

    # ------------------------------------------------------------------ additions

    def _op_add(self, op: Operation, later: tuple[Operation, ...]) -> None:
        if op.unit2:
            self._add_items_and_paragraphs(op, later)
            return
        if op.targets[-1].area == "table" and op.targets[-1].row and op.position in ("after", "before"):
            # 別表第1写しの項の次に次のように加える: the quoted rows go beside that row
            at = self._table_rows(op.targets[-1], one=True)[0] + (1 if op.position == "after" else 0)
            body = [line for line in op.body if line.strip()]
            if not body:
                raise _Fail("count_mismatch", op.targets[-1].label(), count=op.count or 1, unit="項", found=0)
            self.tree.tables[at:at] = body
            self.tree.table_origin = self.sentence.number
            return
        if op.unit == "表" or op.targets[-1].area == "table":
            self._add_table(op)
            return
        target = op.targets[-1]
        unit = op.unit
        start = {"条": "any", "項": "paragraph", "号": "item", "細分": "item"}.get(unit, "any")
        nodes = _body_nodes(op.body, start)
        if op.position == "first" and len(nodes) == 1 and nodes[0].kind == "article":
            nodes = nodes[0].children[:1]  # 第1項として: quoted with the article's number
        expected = {"条": "article", "項": "paragraph", "号": "item", "細分": "item"}.get(unit, "division")
        matching = [n for n in nodes if n.kind == expected]
        if (op.count and len(nodes) != op.count) or len(matching) != len(nodes) or not nodes:
            # (「次の1号及び2項を加える」 mixes two units and is reported here too)
            raise _Fail("count_mismatch", target.label(), count=op.count or 1, unit=unit, found=len(matching))
        new = nodes
        whole_suppl = target.area == "suppl" and target.article is None and target.paragraph is None
        anchor = self.resolve(target) if target.area != "honsoku" and not whole_suppl else None
        for sub in [s for n in new for s in n.walk()]:
            sub.origin = self.sentence.number
            self.created[sub.uid] = self.sentence.number
        if op.position in ("after", "before"):
            assert anchor is not None
            siblings = self.tree.parent_list(anchor)
            if siblings is None:
                raise _Fail("provision_not_found", target.label())
            _adopt_family(new, siblings)
            space = self._number_space(anchor) if new and new[0].kind == anchor.kind else siblings
            for n in new:
                if any(s.num == n.num and s.kind == n.kind for s in space):
                    raise _Fail("collision", _label_of(n, n.num, anchor), kind="add")
            self._check_added_articles(new, anchor)
            index = siblings.index(anchor) + (1 if op.position == "after" else 0)
            self._style(new, anchor, siblings, _depth_of(self.tree, anchor) if anchor.kind == "item" else 0)
            siblings[index:index] = new
            if (anchor.kind == "article" and new[0].kind == "article" and siblings[0] is new[0]
                    and any(d.children is siblings for d in self.tree.divisions())):
                # 第○章中第○条の前に: the added article takes the spacing under the heading, and
                # the article that stood there the spacing of an article among others
                rest = [s for s in siblings if s is not anchor]
                at = siblings.index(anchor)
                lead = self._article_lead(anchor, siblings[at + 1] if at + 1 < len(siblings) else None, rest,
                                          skip=anchor)
                new[0].lead = list(anchor.lead)
                if lead is not None:
                    anchor.lead = lead
            if anchor.kind == "paragraph" and siblings and siblings[0] is new[0]:  # 同項の前に: a new 第1項
                _as_first_paragraph(new[0])
            return
        if op.position == "first":  # 同条に第1項として次の1項を加える
            if anchor is None or anchor.kind != "article":
                raise _Fail("unparsed", target.label(), detail="第1項として")
            if len(new) == 1 and new[0].kind == "article":
                new = new[0].children[:1]
            if len(new) != 1 or new[0].kind != "paragraph":
                raise _Fail("count_mismatch", target.label(), count=1, unit="項", found=len(new))
            if any(p.num == (1,) for p in anchor.children):
                raise _Fail("collision", target.label() + "第1項", kind="add")
            first = new[0]
            first.num = (1,)
            _as_first_paragraph(first)
            first.origin = self.sentence.number
            anchor.children.insert(0, first)
            anchor.children.sort(key=lambda p: p.num)
            _restyle_items(first, self.tree)
            return
        # at the end of the target
        if whole_suppl:  # 附則に次の1項を加える
            if not self.tree.suppl:
                raise _Fail("provision_not_found", "附則")
            container = self.tree.suppl[0].nodes
        elif anchor is None:  # 本則に次の…条を加える, 本則に次の1章を加える
            container = self.tree.main
            # articles go into the last 章・節; an added 章 stands beside the last 章 (inside a 編)
            order = "編章節款目"
            added = next((n.level for n in new if n.kind == "division"), None)
            while container and container[-1].kind == "division" and (
                    added is None or order.index(container[-1].level) < order.index(added)):
                container = container[-1].children
        elif anchor.kind == "article" and unit in ("号", "細分"):
            # 「第2条に次の1号を加える」: the items go after the article's items — those of its
            # one paragraph that lists items (第1項 of 第2条 with a 第2項 after it), else its last
            listing = [p for p in anchor.children if any(c.kind == "item" for c in p.children)]
            container = (listing[0] if len(listing) == 1 else anchor.children[-1]).children
        elif anchor.kind == "article":
            container = anchor.children
        elif anchor.kind == "division" and unit == "条":
            container = anchor.children
            while container and container[-1].kind == "division":
                container = container[-1].children
        else:
            container = anchor.children
        _adopt_family(new, container)
        space = list(self.tree.articles()) if unit == "条" else container
        for n in new:
            if any(s.num == n.num and s.kind == n.kind for s in space):
                raise _Fail("collision", _label_of(n, n.num, anchor), kind="add")
        self._check_added_articles(new, anchor)
        depth = _depth_of(self.tree, anchor) + 1 if anchor is not None and anchor.kind == "item" else 0
        self._style(new, container[-1] if container else anchor, container, depth)
        container.extend(new)

    def _add_items_and_paragraphs(self, op: Operation, later: tuple[Operation, ...]) -> None:
        """「第N条に次の1号及び2項を加える。」: the items go at the end of the article's last
        paragraph, the paragraphs after it. The quoted lines are split where the first line
        numbered as a paragraph (「２　…」) starts; each part must hold the number announced."""
        lines = list(op.body)
        while lines and not lines[0].strip():
            lines.pop(0)
        split = len(lines)
        for k, line in enumerate(lines):
            folded = fold(line)
            pos = len(folded) - len(folded.lstrip())
            if folded.strip() and paragraph_number(folded, pos) is not None:
                split = k
                break
        items, paragraphs = tuple(lines[:split]), tuple(lines[split:])
        for part, count, unit, kind in ((items, op.count, "号", "item"), (paragraphs, op.count2, "項", "paragraph")):
            nodes = _body_nodes(part, kind)
            found = sum(1 for n in nodes if n.kind == kind)
            if found != count or len(nodes) != count:
                raise _Fail("count_mismatch", op.targets[-1].label(), count=count, unit=unit, found=found)
        self._op_add(replace(op, unit="号", count2=0, unit2="", body=items), later)
        self._op_add(replace(op, unit="項", count=op.count2, count2=0, unit2="", body=paragraphs), later)

    def _check_added_articles(self, new: list[Node], anchor: Node | None) -> None:
        """The articles inside added 章・節 are numbered through the whole 本則 like any other:
        one whose number an existing article keeps is a collision (the occupant must be moved
        first), as for an article added on its own."""
        taken = set()
        for a in self.tree.articles():
            taken.add(a.num)
            if a.num_end is not None and len(a.num) == 1 and len(a.num_end) == 1:  # 第5条から第8条まで　削除
                taken.update((k,) for k in range(a.num[0], a.num_end[0] + 1))
        for division in (n for n in new if n.kind == "division"):
            for article in articles_in(division.children):
                if article.num in taken:
                    raise _Fail("collision", _label_of(article, article.num, anchor), kind="add")

    def _article_lead(self, n: Node, like: Node | None, siblings: list[Node],
                      skip: Node | None = None) -> list[str] | None:
        """The lines (blank or none) before an added article, as the ordinance lays out its own
        articles with a caption, or without one: those of the nearest article of the same kind
        around the insertion point, else the commonest among the ordinance's articles (``skip``
        aside: an article of the ordinance being given a new spacing)."""
        captioned = n.caption is not None
        # (an article right under a 章・節 heading shows the heading's spacing, not the articles')
        heading_first = {d.children[0].uid for d in self.tree.divisions() if d.children}
        in_tree = {a.uid for a in self.tree.articles() if a.uid not in heading_first}
        in_tree.update(a.uid for suppl in self.tree.suppl for a in articles_in(suppl.nodes))
        near = [a for a in siblings if a.kind == "article" and a.uid in in_tree]
        if like is not None and like in near:
            at = near.index(like)
            near = [a for _, a in sorted(enumerate(near), key=lambda ia: abs(ia[0] - at))]
        elif like is not None and like.kind == "article" and like.uid in in_tree:
            near.insert(0, like)
        for a in near:
            if (a.caption is not None) == captioned:
                return list(a.lead)
        kind = [a for a in self.tree.articles() if (a.caption is not None) == captioned and a is not skip]
        counts = Counter(tuple(a.lead) for a in kind if a.uid not in heading_first)
        if counts:
            return list(counts.most_common(1)[0][0])
        if not captioned and any(a.caption is not None for a in self.tree.articles() if a is not skip):
            # No article without a caption outside a heading's spacing to copy: the blank line
            # of such an ordinance goes before a caption, and an article without one follows on
            # the next line, unless the ordinance sets off its 項 too by blank lines.
            spaced = any(any(line.strip() == "" for line in p.lead)
                         for a in self.tree.articles() for p in a.children[1:]
                         if p.kind == "paragraph")
            return [""] if spaced else []
        counts = Counter(tuple(a.lead) for a in kind)
        if counts:
            return list(counts.most_common(1)[0][0])
        return None

    def _style(self, new: list[Node], like: Node | None, siblings: list[Node], depth: int = 0) -> None:
        """Give added nodes the ordinance's own layout (indentation, blank lines); ``depth`` is
        the item depth of added items (0 = 号)."""
        for n in new:
            same = next((s for s in siblings if s.kind == n.kind), None)
            if n.kind == "article":
                ref = same or next(iter(self.tree.articles()), None)
                if ref is not None:
                    n.indent = ref.indent
                    lead = self._article_lead(n, like, siblings)
                    if lead is not None:
                        n.lead = lead
                    if n.caption is not None:
                        n.caption_indent = _caption_indent(self.tree)
                        n.caption_lead = []
                for para in n.children[1:]:
                    para.indent = _para_indent(self.tree)
                _restyle_items(n, self.tree)
            elif n.kind == "paragraph":
                n.indent = _para_indent(self.tree)
                n.lead = _paragraph_caption(n, siblings)
                _restyle_items(n, self.tree)
            elif n.kind == "item":
                if same is not None:
                    n.indent = same.indent
                    n.sep = same.sep
                n.lead = []
                _restyle_items(n, self.tree, depth=depth)
            elif n.kind == "division":
                ref = next((d for d in self.tree.divisions() if d.level == n.level), None)
                if ref is not None:
                    n.indent = ref.indent
                    n.lead = list(ref.lead)
                for sub in n.walk():
                    if sub is not n:
                        self._style([sub], None, [x for x in n.children if x is not sub] or [])
                # the article right under a heading: as the ordinance's own such articles
                for div in (d for d in n.walk() if d.kind == "division"):
                    first = div.children[0] if div.children else None
                    if first is None or first.kind != "article":
                        continue
                    leads = Counter(tuple(d.children[0].lead) for d in self.tree.divisions()
                                    if d.children and d.children[0].kind == "article"
                                    and (d.children[0].caption is None) == (first.caption is None))
                    if leads:
                        first.lead = list(leads.most_common(1)[0][0])


@dataclass
class _ArticleRun:
    """The clauses of one article met so far, for the order within it.

    Attributes:
        uid: the article.
        body: (label, kind) of the last clause on its text (字句 or an addition/deletion).
        structure: (label, kind) of the last addition or deletion of a 項.
        pos: (offset, what, kind) of the last 字句 change or 号 added or deleted, or ``None``
            since a move.
    """

    uid: int
    body: tuple[str, str] | None = None
    structure: tuple[str, str] | None = None
    pos: tuple[int, str, str] | None = None


def _clause_kind(op: Operation) -> str | None:
    """``caption``, ``words`` (a 字句 change, or a 項・号 replaced whole), ``structure`` (a
    項 added or deleted), ``item`` (a 号, sub-item, ただし書 or 後段 added or deleted), ``move``
    (項・号 moved) or ``whole`` (the whole article replaced, moved or deleted, or something
    added next to it): what ``op`` does to one article, for the order within it; ``None`` for
    what has no place in that order."""
    if not op.targets:
        return None
    target = op.targets[0]
    inside = target.paragraph is not None or bool(target.item)
    if op.kind in ("caption_set", "caption_delete") or (op.kind == "words" and target.part == "caption"):
        return "caption"
    if op.kind == "words":
        return "words"
    if op.kind == "replace":
        return "words" if inside and target.end is None else "whole"
    if op.kind in ("move", "shift"):
        return "move" if inside else "whole"
    if op.kind == "delete":
        if target.item or target.part in ("proviso", "second", "first", "main_text", "items"):
            return "item"
        return "structure" if inside else "whole"
    if op.kind == "append_text":
        return "item"
    if op.kind == "add":
        if op.unit in ("条", "章", "節", "款", "目", "編"):
            return "whole"
        return "structure" if op.unit == "項" else "item"
    return None


def _text_node(node: Node) -> Node:
    """The node holding the sentences of ``node``: an article's first paragraph."""
    return node.children[0] if node.kind == "article" and node.children else node


def _chapeau_node(node: Node, target: Target) -> Node:
    """The node whose body is the 各号列記以外の部分 of ``node``. An article is cited without
    第1項 when it has one paragraph (「第9条各号列記以外の部分中」): its text is that paragraph's;
    with several paragraphs, the one paragraph that lists items, if only one does."""
    if node.kind != "article":
        return node
    if len(node.children) == 1:
        return node.children[0]
    listing = [p for p in node.children if any(c.kind == "item" for c in p.children)]
    if len(listing) == 1:
        return listing[0]
    raise _Fail("provision_not_found", target.label())


def _part_bounds(node: Node, target: Target) -> tuple[int, int]:
    """[lo, hi) of ただし書 / 本文 / 前段 / 後段 in the body of ``node`` (an article: its first
    paragraph)."""
    body = _text_node(node).body
    if target.part in ("proviso", "main_text"):
        cut = body.find("ただし、")
        if cut < 0:
            raise _Fail("provision_not_found", target.label())
        return (cut, len(body)) if target.part == "proviso" else (0, cut)
    cut = body.find("。")
    if cut < 0 or cut + 1 >= len(body):
        raise _Fail("provision_not_found", target.label())
    return (cut + 1, len(body)) if target.part == "second" else (0, cut + 1)


# --------------------------------------------------------------------------- slots


class _Slot(ABC):
    """A piece of a provision's text a sentence may edit (its body, caption or an item list)."""

    @abstractmethod
    def get(self) -> str: ...

    @abstractmethod
    def set(self, text: str, origin: int | None) -> None: ...

    def bounds(self, text: str) -> tuple[int, int]:
        return 0, len(text)


class _BodySlot(_Slot):
    def __init__(self, node: Node, lo: int = 0, hi: int | None = None) -> None:
        self.node, self.lo, self.hi = node, lo, hi
        self.length = len(node.body)

    def get(self) -> str:
        return self.node.body

    def set(self, text: str, origin: int | None) -> None:
        self.node.body = text
        self.node.origin = origin

    def bounds(self, text: str) -> tuple[int, int]:
        if self.hi is None:
            return self.lo, len(text)
        return self.lo, self.hi + len(text) - self.length  # the edits so far were all before hi


class _CaptionSlot(_Slot):
    def __init__(self, node: Node) -> None:
        self.node = node

    def get(self) -> str:
        return self.node.caption or ""

    def set(self, text: str, origin: int | None) -> None:
        self.node.caption = text
        self.node.caption_origin = origin


class _ListSlot(_Slot):
    def __init__(self, lines: list[str], index: int, applier: _Applier, area: str) -> None:
        self.lines, self.index, self.applier, self.area = lines, index, applier, area

    def get(self) -> str:
        return self.lines[self.index]

    def set(self, text: str, origin: int | None) -> None:
        new = text.split("\n")
        self.lines[self.index: self.index + 1] = new
        tree = self.applier.tree
        if self.area == "toc":
            tree.toc_origin = origin
        elif self.area == "head":
            tree.head_origin = origin
        else:
            tree.table_origin = origin


def _node_slots(node: Node, *, captions: bool) -> list[_Slot]:
    out: list[_Slot] = []
    if node.kind == "article":
        if captions and node.caption is not None:
            out.append(_CaptionSlot(node))
        return out
    if node.kind == "division":
        return [_BodySlot(node)] if captions else []
    out.append(_BodySlot(node))
    return out


def _word_char(c: str) -> bool:
    """A character that continues a kanji or katakana word (漢字, 々, カタカナ, ー)."""
    return "\u4e00" <= c <= "\u9fff" or c == "々" or "\u30a1" <= c <= "\u30fa" or c == "ー"


# One-character prefixes that stand before a word without making a compound with it
# (当該実施機関, 各実施機関, 同委員会, 本条例, 両議院, 他の…, 旧条例 …).
_PREFIXES = frozenset("該各同本全両諸他旧新元現前次")


def _inside_word(text: str, start: int) -> bool:
    """True when ``text[start:end]`` is the tail of a longer kanji/katakana word: a word runs
    on before it (「委員会」 in 教育委員会), not just a prefix (当該実施機関). Only the front is
    judged: what follows a word is too often a function word (不服申立人及び, 委員会又は, 委員等)."""
    return start > 0 and _word_char(text[start]) and _word_char(text[start - 1]) and text[start - 1] not in _PREFIXES


def _whole_word(text: str, start: int, end: int) -> str:
    """The kanji/katakana run around ``text[start:end]`` (for the message)."""
    while start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
        start -= 1
    while end < len(text) and _word_char(text[end]) and _word_char(text[end - 1]):
        end += 1
    return text[start:end]


def _word_front(text: str, start: int) -> str:
    """The part of the kanji/katakana word that runs on before ``text[start]``."""
    w_start = start
    while w_start > 0 and _word_char(text[w_start - 1]) and _word_char(text[w_start]):
        w_start -= 1
    return text[w_start:start]


_DIGITS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十百千")


def _numeral(c: str) -> bool:
    return c in _DIGITS


def cuts_number(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` begins or ends inside a number (「5日」 in 15日, 「第1」 in
    第12条): Arabic digits and kanji numerals alike. The applier refuses such a quotation as
    ambiguous; the generator never writes one."""
    if start >= end:
        return False
    before = start > 0 and _numeral(text[start - 1]) and _numeral(text[start]) and _is_number(text, start)
    after = end < len(text) and _numeral(text[end - 1]) and _numeral(text[end]) and _is_number(text, end)
    return before or after


_COUNTERS = frozenset("条項号章節款目編年月日時分秒円人件枚回歳箇か個倍割週通冊頁万億")
_NUMBER_BEFORE = frozenset("第前次同各約")


def _is_number(text: str, pos: int) -> bool:
    """Whether the run of numeral characters around ``pos`` is a number. Arabic digits always
    are; kanji numerals only where a number stands — before a counter (十五日, 三十条, 二万円)
    or after 第・前・次… (第三, 前二) — not inside a place name (八千代, 三郷, 九十九谷)."""
    lo = hi = pos
    while lo > 0 and _numeral(text[lo - 1]):
        lo -= 1
    while hi < len(text) and _numeral(text[hi]):
        hi += 1
    if any(c.isdigit() for c in text[lo:hi]):
        return True
    return (hi < len(text) and text[hi] in _COUNTERS) or (lo > 0 and text[lo - 1] in _NUMBER_BEFORE)


def _whole_number(text: str, start: int, end: int) -> str:
    """The number ``text[start:end]`` cuts, with the quotation around it (for the message)."""
    while start > 0 and _numeral(text[start - 1]):
        start -= 1
    while end < len(text) and _numeral(text[end]):
        end += 1
    return text[start:end]


def _doubled_at_join(text: str, start: int, end: int, kind: str, new: str) -> str | None:
    """The word around ``text[start:end]`` as the change would leave it, when the new words
    repeat the characters of the same word right before the place (電子 + 電子情報処理装置) or
    right after it; else ``None``. Only for an occurrence inside a longer word."""
    w_start, w_end = start, end
    while w_start > 0 and _word_char(text[w_start - 1]) and _word_char(text[w_start]):
        w_start -= 1
    while w_end < len(text) and _word_char(text[w_end]) and _word_char(text[w_end - 1]):
        w_end += 1
    before, after = text[w_start:start], text[end:w_end]
    if kind == "replace":
        result = before + new + after
    elif kind == "after":
        result = before + text[start:end] + new + after
        before = ""  # the quote itself stands between the words before and the new ones
    elif kind == "before":
        result = before + new + text[start:end] + after
        after = ""
    else:
        return None
    if not new:
        return None
    left = any(before.endswith(new[:k]) for k in range(1, min(len(before), len(new)) + 1))
    right = any(after.startswith(new[-k:]) for k in range(1, min(len(after), len(new)) + 1))
    return result if left or right else None


def repeats_its_word(text: str, pos: int, kind: str, old: str, new: str) -> bool:
    """True when the occurrence of ``old`` at ``pos`` stands inside a longer word and the change
    would repeat the characters of that word beside it (the applier refuses it as ambiguous;
    the generator widens such a quotation). ``kind`` as for ``reads_as_done``."""
    return _inside_word(text, pos) and _doubled_at_join(text, pos, pos + len(old), kind, new) is not None


def reads_as_done(text: str, pos: int, kind: str, old: str, new: str) -> bool:
    """True when the occurrence of ``old`` at ``pos`` already reads as the change's result.

    ``kind`` is ``"replace"`` (「old」を「new」に改める), ``"after"`` (「old」の次に「new」を加える) or
    ``"before"``. The applier refuses such a place as ambiguous (a bill applied twice reads so);
    the generator avoids writing a clause that would be refused for it.
    """
    if kind == "replace" and old in new and new != old:
        k = new.find(old)
        while k >= 0:
            start = pos - k
            if start >= 0 and text.startswith(new, start):
                return True
            k = new.find(old, k + 1)
        return False
    if kind == "after" and new:
        return text.startswith(new, pos + len(old))
    if kind == "before" and new:
        return pos >= len(new) and text[pos - len(new): pos] == new
    return False


# --------------------------------------------------------------------------- helpers


def _find(nodes: list[Node], kind: str, num: Num) -> Node | None:
    for node in nodes:
        for sub in node.walk():
            if sub.kind == kind and sub.num == num:
                return sub
    return None


def _find_division(scope: list[Node], level: str, num: Num) -> Node | None:
    for node in scope:
        if node.kind == "division":
            if node.level == level and node.num == num:
                return node
            found = _find_division(node.children, level, num)
            if found is not None:
                return found
    return None


def _target_num(dest: Target, kind: str, family: str = "") -> Num | None:
    if kind == "article":
        return dest.article
    if kind == "paragraph":
        return (dest.paragraph,) if dest.paragraph is not None else None
    if kind == "item":
        if not dest.item:
            return None
        last = dest.item[-1]
        if isinstance(last, str):  # 「第3号ニを同号ホとする」: the letter's place in the node's family
            letters = IROHA if family in ("iroha", "paren_iroha") else AIUEO
            return (letters.index(last) + 1,) if last in letters else None
        return last
    if kind == "division":
        return dest.divisions[-1][1] if dest.divisions else None
    return None


def _label_of(node: Node, num: Num, anchor: Node | None = None) -> str:
    unit = {"article": "条", "paragraph": "項", "item": "号", "division": node.level}[node.kind]
    return f"第{num[0]}{unit}" + "".join(f"の{b}" for b in num[1:])


_TABLE_HEAD = re.compile(r"^\s*(?:別表|様式|別記)")
_TABLE_NUM = re.compile(r"^(?:別表|様式|別記)\s*第\s*([0-9]+|[一二三四五六七八九十]+)((?:\s*の\s*(?:[0-9]+|[一二三四五六七八九十]+))*)")


def _table_num(label: str) -> Num | None:
    """``別表第2の2（第5条関係）`` → ``(2, 2)``; ``None`` for an unnumbered ``別表``."""
    m = _TABLE_NUM.match(label)
    return parse_num(m.group(1), re.sub(r"\s", "", m.group(2))) if m else None


def _adopt_family(new: list[Node], siblings: list[Node]) -> None:
    """Read added items' markers in their new siblings' numbering family: ロ is the 2nd of イロハ
    among イロハ sub-items, the 42nd of アイウ otherwise."""
    from ordreview.core.parse.numbers import item_markers

    family = next((s.family for s in siblings if s.kind == "item"), None)
    if family is None:
        return
    for n in new:
        if n.kind != "item" or n.family == family:
            continue
        for mk in item_markers(fold(n.marker) + " ", 0):
            if mk.family == family:
                n.family = family
                n.num = (mk.number, mk.branch) if mk.branch else (mk.number,)
                break


def _as_first_paragraph(node: Node) -> None:
    """A paragraph that becomes its article's first: printed on the article's line after its
    number, so without a number, indentation or blank line of its own. A bill writes a new first
    paragraph without a number, indented like any paragraph (「　審議会の委員は、…」)."""
    node.marker, node.indent, node.lead = "", "", []
    node.body = node.body.lstrip(" \t\u3000")


def _body_nodes(body: tuple[str, ...], start: str) -> list[Node]:
    lines = list(body)
    while lines and not lines[0].strip():
        lines.pop(0)
    nodes, _ = read_units(lines, start_kind=start)
    return nodes


def _paragraph_caption(new: Node, siblings: list[Node]) -> list[str]:
    """The lines kept before an added 項: its caption when the bill quotes one (「（経過措置）」
    above 「３　…」, as 項 of a 附則 are captioned), indented as the captions of its siblings;
    blank lines are dropped (項 follow one another)."""
    captions = [line.strip(" \u3000") for line in new.lead if line.strip()]
    if not captions:
        return []
    indent = next((line[: len(line) - len(line.lstrip(" \u3000"))] for s in siblings if s is not new
                   for line in s.lead if line.strip()), "")
    return [indent + c for c in captions]


def _caption_shared(node: Node, siblings: list[Node]) -> bool:
    """Whether ``node``'s caption is a 共通見出し: the next article follows it directly (no blank
    line) without a caption of its own."""
    if node.kind != "article" or node.caption is None:
        return False
    i = next((k for k, s in enumerate(siblings) if s is node), None)
    if i is None or i + 1 >= len(siblings):
        return False
    follower = siblings[i + 1]
    if follower.kind != "article" or follower.caption is not None or follower.deleted:
        return False
    return not any(line.strip() == "" for line in follower.lead)


def _keep_shared_caption(node: Node, siblings: list[Node]) -> None:
    """Before ``node`` is deleted (削る): when its caption is a 共通見出し — the next article
    follows it directly (no blank line) without a caption of its own — the caption stays and
    heads that article. 「第N条を削る」 erases the article, not the caption it shares; a bill that
    means the caption to go says 「第N条の前の見出し及び同条を削り」."""
    if node.deleted or not _caption_shared(node, siblings):
        return
    follower = siblings[next(k for k, s in enumerate(siblings) if s is node) + 1]
    follower.caption, follower.caption_indent = node.caption, node.caption_indent
    follower.caption_lead, follower.lead = list(node.caption_lead), list(node.lead)
    follower.caption_origin = node.caption_origin


def _caption_indent(tree: Tree) -> str:
    return next((a.caption_indent for a in tree.articles() if a.caption is not None), "")


def _article_lead(tree: Tree) -> list[str]:
    return next((list(a.lead) for a in tree.articles() if a.caption is not None), [])


def _para_indent(tree: Tree) -> str:
    for a in tree.articles():
        for p in a.children[1:]:
            return p.indent
    return ""


def _item_style(tree: Tree, depth: int) -> tuple[str, str] | None:
    """(indent, separator) of the ordinance's items at ``depth`` (0 = 号)."""
    for a in tree.articles():
        for p in a.children:
            level = p.children
            d = 0
            while level:
                if d == depth:
                    return level[0].indent, level[0].sep
                level = level[0].children
                d += 1
    return None


def _restyle_items(node: Node, tree: Tree, template: Node | None = None, depth: int | None = None) -> None:
    """Indent the items under ``node`` as the ordinance indents items of their depth (an item
    not yet in the tree gives its own ``depth``); where the ordinance has no item of a depth,
    the bill's own indentation stays."""

    def visit(n: Node, depth: int) -> None:
        for child in n.children:
            if child.kind == "item":
                style = _item_style(tree, depth)
                if style is not None:
                    child.indent, child.sep = style
                visit(child, depth + 1)
            elif child.kind == "paragraph":
                visit(child, 0)

    if node.kind == "item":
        if depth is None:
            depth = _depth_of(tree, node)
        style = _item_style(tree, depth)
        if style is not None:
            node.indent, node.sep = style
        visit(node, depth + 1)
    else:
        visit(node, 0)


def _depth_of(tree: Tree, item: Node) -> int:
    for a in list(tree.articles()):
        for p in a.children:
            stack = [(c, 0) for c in p.children]
            while stack:
                n, d = stack.pop()
                if n is item:
                    return d
                stack.extend((c, d + 1) for c in n.children)
    return 0


# --------------------------------------------------------------------------- the bill's 附則


def _suppl_number(tree: Tree, number: str) -> str:
    """The amending ordinance's date and number as its 附則 heading gives them: in the form of
    the ordinance's own number line — without the body's name when that line has none
    (「令和8年2月20日条例第1号」 for a bill numbered 「令和8年2月20日八千代市条例第1号」), as a
    例規集 prints 「附　則（令和8年2月20日条例第1号）」."""
    m = NUMBER_PARTS.match(fold(number))
    if m is None or not m.group("name"):
        return number
    for line in tree.head:
        own = NUMBER_PARTS.match(fold(line))
        if own is not None and own.group("date"):
            if own.group("name"):
                return number
            date = m.group("date") or ""
            return (number[: len(date)].strip() if date else "　年　月　日") + number[m.start("num"):]
    return number


def _append_suppl(tree: Tree, bill: Bill) -> None:
    if bill.suppl_heading is None:
        return
    if tree.suppl:
        base = tree.suppl[0].heading
        lead = list(tree.suppl[-1].lead) or [""]
    else:
        base = bill.suppl_heading
        lead = [""]
    m = re.match(r"^(\s*[附付]\s*則)", base)
    heading = m.group(1) if m else base.rstrip()
    number = _suppl_number(tree, bill.number) if bill.number else "　年　月　日条例第　号"
    block = [*lead, f"{heading}（{number}）"]
    body = list(bill.suppl_lines)
    block.extend(body)
    if tree.suppl:
        tail = tree.suppl[-1].tail
        tree.suppl[-1].tail = []
        tree.extra_suppl.append((block, None))
        if tail:
            tree.extra_suppl.append((tail, None))
    else:
        tree.extra_suppl.append((block, None))


# --------------------------------------------------------------------------- 目次


_TOC_RANGE = re.compile(r"[(（]([^()（）]*)[)）]\s*$")
_TOC_ARTICLE = re.compile(r"第([0-9〇一二三四五六七八九十百千]+)条((?:の[0-9〇一二三四五六七八九十百千]+)*)")


_TOC_NEXT_ENTRY = re.compile(
    r"(?<=\S)[ \u3000]+(?=(?:第(?:[0-9]+|[〇一二三四五六七八九十百千]+)[編章節款目]"
    r"(?:の(?:[0-9]+|[〇一二三四五六七八九十百千]+))*[ \u3000]+\S|[附付]\s*則\s*$))")


def _split_toc_entries(tree: Tree) -> None:
    """One 目次 entry per line. A bill that inserts entries quotes them in one quotation, each
    after a space (「…（第四十条の二―第四十条の七）　第五章　雑則（…）」), as 改正法 write several
    目次 lines; in the ordinance each entry stands on its own line, indented as the ordinance
    indents entries of its level."""
    if tree.toc is None:
        return
    indents: dict[str, str] = {}
    for line in tree.toc[1:]:
        m = DIVISION_HEAD.match(fold(line))
        if m and "\u3000" not in m.group("caption").strip() and m.group("kind") not in indents:
            indents[m.group("kind")] = line[: len(m.group("indent"))]
        elif re.match(r"^\s*[附付]\s*則\s*$", line):
            indents.setdefault("附則", line[: len(line) - len(line.lstrip())])
    out = [tree.toc[0]]
    for line in tree.toc[1:]:
        folded = fold(line)
        if not folded.strip():  # an entry the bill deleted (目次中「第3章　…（…）」を削る)
            continue
        if not DIVISION_HEAD.match(folded):
            out.append(line)
            continue
        cuts = [m for m in _TOC_NEXT_ENTRY.finditer(folded)]
        if not cuts:
            out.append(line)
            continue
        pos = 0
        for m in cuts:
            out.append(line[pos: m.start()])
            pos = m.end()
        out.append(line[pos:])
        for k in range(len(out) - len(cuts), len(out)):  # the entries split off: their level's indent
            head = DIVISION_HEAD.match(fold(out[k]))
            level = head.group("kind") if head else "附則"
            out[k] = indents.get(level, line[: len(line) - len(line.lstrip())]) + out[k]
    tree.toc[:] = out


def _toc_signature(tree: Tree) -> dict:
    """Per division (level, num path): its caption and first/last article number."""
    out: dict = {}
    if tree.toc is None:
        return out

    def visit(nodes: list[Node], path: tuple) -> None:
        for node in nodes:
            if node.kind != "division":
                continue
            key = (*path, (node.level, node.num))
            arts = list(articles_in(node.children))
            first = arts[0].num if arts else None
            last = (arts[-1].num_end or arts[-1].num) if arts else None
            out[key] = (fold(node.body).strip(), first, last, node.uid)
            visit(node.children, key)

    visit(tree.main, ())
    return out


def _row_heading(line: str) -> str:
    """The first cell of a 別表 line (cells are separated by spaces or tabs), folded."""
    cells = fold(line).split()
    return cells[0] if cells else ""


def _toc_entries(tree: Tree) -> dict:
    """The 目次 as (level, num path) → (caption, first, last)."""
    out: dict = {}
    if tree.toc is None:
        return out
    path: list = []
    order = "編章節款目"
    for line in tree.toc[1:]:
        folded = fold(line)
        m = DIVISION_HEAD.match(folded)
        if not m:
            continue
        level = m.group("kind")
        num = parse_num(m.group("n"), m.group("br"))
        while path and order.index(path[-1][0]) >= order.index(level):
            path.pop()
        path.append((level, num))
        caption = m.group("caption")
        r = _TOC_RANGE.search(caption)
        first = last = None
        if r:
            nums = [parse_num(a, b) for a, b in _TOC_ARTICLE.findall(r.group(1))]
            if nums:
                caption = caption[: r.start()]
                first, last = nums[0], nums[-1]
        out[tuple(path)] = (caption.strip(), first, last)
    return out


def _toc_failures(tree: Tree, bill: Bill, history: list[dict], toc_sentences: list[int],
                  unsettled: set[int] = frozenset()) -> list[ApplyFailure]:
    """The 目次 entries that do not match their 章・節 after the bill, each on the last sentence
    that changed the 章・節. A 章・節 holding a provision of a sentence that failed is left out:
    it does not stand as the bill means (「第22条を第21条とし」 refused, the range differs from a
    目次 written for the bill as meant), and the failure is already reported on its sentence."""
    if tree.toc is None or len(history) < 2:
        return []
    before = history[0]
    entries = _toc_entries(tree)
    if not entries:
        return []
    failures: dict[int, list[tuple[str, str, str]]] = {}
    final = history[-1]
    raw_entries = _toc_lines(tree)
    for key, (caption, first, last, uid) in final.items():
        if uid in unsettled:
            continue
        entry = entries.get(key)
        ok = entry is not None and entry[0] == caption and (entry[1] is None or (entry[1], entry[2]) == (first, last))
        if ok:
            continue
        if key in before and before[key][:3] == (caption, first, last):
            continue  # unchanged by the bill: an old mismatch is not the bill's doing
        # the last sentence that changed this division's name or range
        culprit = None
        for k in range(1, len(history)):
            if history[k].get(key) != history[k - 1].get(key):
                culprit = k
        if culprit is None:
            continue
        label = "".join(f"第{num[0]}{level}" + "".join(f"の{b}" for b in num[1:]) for level, num in key)
        span = ""
        if first is not None:
            span = f"（{_art_label(first)}）" if first == last else f"（{_art_label(first)}―{_art_label(last)}）"
        found = raw_entries.get(key, "（記載なし）")
        failures.setdefault(culprit, []).append((label, f"{label}　{caption}{span}", found, entry is None))
    # a 章・節 the bill removed (削る, or moved away without another taking its number) that
    # the 目次 still lists
    for key in entries:
        if key in final or key not in before or before[key][3] in unsettled:
            continue
        culprit = next((k for k in range(len(history) - 1, 0, -1)
                        if key in history[k - 1] and key not in history[k]), None)
        if culprit is None:
            continue
        label = "".join(f"第{num[0]}{level}" + "".join(f"の{b}" for b in num[1:]) for level, num in key)
        failures.setdefault(culprit, []).append((label, "（削除）", raw_entries.get(key, ""), False))
    out = []
    for number, items in sorted(failures.items()):
        sentence = bill.sentence(number)
        # a 目次 that was amended but lists a 章・節 otherwise than it stands is a mismatch; one
        # that leaves the 章・節 out altogether (a 章 added, the new 目次 without it) was not
        # amended for that 章・節, as when the bill has no 目次 sentence at all
        missing = all(i[3] for i in items)
        code = "toc_mismatch" if toc_sentences and not missing else "toc_not_amended"
        out.append(_failure(sentence, code, "目次", where="、".join(i[0] for i in items),
                            expected="」「".join(i[1] for i in items), toc="／".join(i[2] for i in items)))
    return out


def _art_label(num: Num) -> str:
    return f"第{num[0]}条" + "".join(f"の{b}" for b in num[1:])


def _toc_lines(tree: Tree) -> dict:
    """The 目次 lines as printed, by (level, num) path."""
    out: dict = {}
    path: list = []
    order = "編章節款目"
    for line in (tree.toc or [])[1:]:
        m = DIVISION_HEAD.match(fold(line))
        if not m:
            continue
        level = m.group("kind")
        while path and order.index(path[-1][0]) >= order.index(level):
            path.pop()
        path.append((level, parse_num(m.group("n"), m.group("br"))))
        out[tuple(path)] = line.strip()
    return out


# --------------------------------------------------------------------------- stale citations


def _keys(tree: Tree) -> dict[tuple[str | None, int | None, str | None], int]:
    """(e-Gov article number, paragraph, item path) → node uid, as the reviewer's parser numbers them."""
    out: dict = {}
    for article in tree.articles():
        anum = "_".join(str(n) for n in article.num)
        out[(anum, None, None)] = article.uid
        for para in article.children:
            out[(anum, para.num[0], None)] = para.uid
            stack = [(c, "_".join(map(str, c.num))) for c in para.children]
            while stack:
                node, path = stack.pop()
                out[(anum, para.num[0], path)] = node.uid
                stack.extend((c, f"{path}.{'_'.join(map(str, c.num))}") for c in node.children)
    return out


def _suppl_lines(tree: Tree) -> dict[str, int]:
    """Line text → uid of the provision of the ordinance's own (original) 附則 that prints it.
    The reviewer's parser does not number 附則 provisions, so a citation there is placed by its
    line. The 附則 of later amending ordinances are theirs, cite the numbering of their day and
    are not amended by a new bill: they are left out."""
    out: dict[str, int] = {}
    for suppl in tree.suppl[:1]:
        for node in suppl.nodes:
            for sub in node.walk():
                lines: list[tuple[str, int | None]] = []
                if sub.kind == "article":
                    lines.append((f"{sub.indent}{sub.marker}{sub.sep}{sub.children[0].body if sub.children else ''}", None))
                elif sub.kind == "paragraph" and not sub.marker:
                    lines.append((sub.body, None))
                else:
                    lines.append((f"{sub.indent}{sub.marker}{sub.sep}{sub.body}", None))
                for text, _ in lines:
                    for line in text.split("\n"):
                        if line.strip():
                            out.setdefault(line, sub.uid)
    return out


class _LineIndex:
    """The line of an offset in a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line(self, offset: int) -> str:
        k = bisect_right(self.starts, offset) - 1
        end = self.text.find("\n", self.starts[k])
        return self.text[self.starts[k]: end if end >= 0 else len(self.text)]


def _ref_key(ref) -> tuple[str | None, int | None, str | None] | None:
    if ref is None:
        return None
    return (ref.article, ref.paragraph, ref.item)


def _stale_references(before_text: str, after_text: str, before: dict, after: dict,
                      applier: _Applier, suppl: tuple[dict[str, int], dict[str, int]] = ({}, {})
                      ) -> tuple[StaleReference, ...]:
    from ordreview.core.parse import parse_text

    old = parse_text(before_text)
    new = parse_text(after_text)
    old_lines, new_lines = _LineIndex(before_text), _LineIndex(after_text)

    def citing_uid(ref, keys: dict, lines: _LineIndex, suppl_uids: dict[str, int]) -> int | None:
        if ref.source.article is None:  # in a 附則 (the bill's own is not in ``suppl_uids``)
            return suppl_uids.get(lines.line(ref.span.start))
        return keys.get(_ref_key(ref.source))

    uid_after = {v: k for k, v in after.items()}
    # citations of the ordinance in force: (citing uid, text) → [target uid, …] in order
    expected: dict[tuple[int, str], list[int | None]] = {}
    for ref in old.references:
        if ref.external_law is not None or ref.target is None:
            continue
        citing = citing_uid(ref, before, old_lines, suppl[0])
        target = before.get(_ref_key(ref.target))
        if citing is None or target is None:
            continue
        expected.setdefault((citing, ref.text), []).append(target)
    seen: dict[tuple[int, str], int] = {}
    out: list[StaleReference] = []
    for ref in new.references:
        if ref.external_law is not None:
            continue
        citing = citing_uid(ref, after, new_lines, suppl[1])
        if citing is None or citing in applier.rewritten or citing in applier.failed_nodes:
            continue
        key = (citing, ref.text)
        targets = expected.get(key)
        if not targets:
            continue
        k = seen.get(key, 0)
        seen[key] = k + 1
        if k >= len(targets):
            continue
        was = targets[k]
        now = after.get(_ref_key(ref.target)) if ref.target is not None else None
        if was in applier.voided and now in (was, None):
            sentence = applier.voided[was]
            new_ja, new_en = "削除されている（「削除」とされた条である。）", "it is now an empty 削除 article"
        elif now == was:
            continue
        elif was in applier.deleted:
            sentence = applier.deleted[was]
            new_ja, new_en = "削られている", "it was deleted"
        elif was in applier.moved:
            sentence = applier.moved[was]
            place = _place(uid_after.get(was), after)
            new_ja, new_en = f"{place}に移動している", f"it is {place}"
        elif now is not None and (now in applier.created or now in applier.moved):
            sentence = applier.created.get(now) or applier.moved[now]
            place = _place(uid_after.get(now), after)
            new_ja, new_en = f"{place}を指すこととなる", f"it refers to {place}"
        elif citing in applier.moved:
            sentence = applier.moved[citing]
            new_ja, new_en = "引用する規定の移動により指す規定が変わる", "the citing provision moved"
        else:
            continue
        old_place = _place(next((k2 for k2, v in before.items() if v == was), None), before)
        ja, en = render(MESSAGES["stale_reference"], text=ref.text, old=old_place, sentence=sentence,
                        new=new_ja, new_en=new_en)
        src = ref.source
        out.append(StaleReference(sentence, ref.text, (ref.span.start, ref.span.end),
                                  (src.article, src.paragraph, src.item), ja, en))
    return tuple(out)


def _place(key: tuple | None, keys: dict) -> str:
    """``第2条第5号`` for a key (第1項 left out of a single-paragraph article)."""
    if key is None:
        return "（不明）"
    article, para, item = key
    out = "第" + str(article).replace("_", "条の", 1).replace("_", "の") + ("条" if "_" not in str(article) else "")
    if para == 1 and (article, 2, None) not in keys:
        para = None
    if para is not None:
        out += f"第{para}項"
    if item:
        head = item.split(".")[0]
        out += "第" + head.replace("_", "号の", 1) + ("号" if "_" not in head else "")
    return out

"""Two versions of an ordinance → provision-level change rows (the model of a 新旧対照表).

A **provision** is the unit a 新旧対照表 shows in one row and a 改め文 names: the 題名, the
目次, a 章/節 heading line, an article (条) with its 見出し, a 附則 and a 別表/様式. Both
versions are parsed with the engine's parser and cut into provisions, which are aligned:

1. per track (題名, 目次, the body of headings and articles, 附則 by position, 別表 by title);
2. in the body, provisions whose text is equal once their own number is left out are paired
   first (a longest-matching-blocks alignment, so an article moved from 第11条 to 第12条 by an
   insertion pairs with itself);
3. the rest, block by block, pairs in order where the texts are similar (or the number is the
   same and the kind too), by dynamic programming; what is left is added or deleted. "The
   same number" includes the number an article takes under the renumbering of the articles
   paired on either side of the block (after 第1条 is deleted, 第16条 is expected as 第15条),
   so that a renumbered article that also changed pairs with itself rather than with a new
   article that took its old number.

Each aligned pair whose text or number differs is a row. Character differences are computed on
the pair only (never on whole documents: see ``core.diff``), and give the 傍線 of both columns;
a renumbered provision's number is underlined on both sides whatever else changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from difflib import SequenceMatcher
from typing import Literal

from ordreview.core.diff import diff_chunks
from ordreview.core.model import Article, DiffChunk, Ordinance
from ordreview.core.text import fold

ProvisionKind = Literal["title", "toc", "division", "article", "suppl", "table"]
RowKind = Literal["changed", "renumbered", "added", "deleted"]

SIMILAR = 0.5
"""Similarity (difflib ratio of the texts without their numbers) from which two provisions
of a non-matching block are taken for the same provision changed."""
SAME_NUMBER_BONUS = 0.3
_EXACT_LIMIT = 400  # block cells beyond which the cheaper quick_ratio is used

NUMBER_TOKEN = re.compile(
    r"第[0-9０-９一二三四五六七八九十百千]+[条項号章節款目](?:の[0-9０-９一二三四五六七八九十]+)*"
    r"|[(（][0-9０-９]+[)）]|[⑴-⒇]|(?m:^[0-9０-９]+(?=[ \u3000]))"
    r"|(?m:(?:^|(?<=^\u3000)|(?<=^ ))[一二三四五六七八九十]+(?=[ \u3000]))"
)
"""A provision number or marker: 第15条の2, 第3章, (3), （３）, ⑶, a paragraph number at a line start,
a kanji item number (一, 十二) at a line start or after one blank."""


UNIT_TOKEN = re.compile(r"若しくは|又は|及び|並びに|[0-9０-９]+[日人円年月件回歳週分秒時個枚台名通部]")
"""Other units a 傍線 or a quotation takes whole: a conjunction, a number with its counter."""


@dataclass(frozen=True, slots=True)
class Provision:
    """One provision of one version, as printed.

    Attributes:
        kind: ``"title"``, ``"toc"``, ``"division"`` (a 章/節/款/目 heading line),
            ``"article"``, ``"suppl"`` (a 附則) or ``"table"`` (別表/様式).
        key: unique within the version: the article's e-Gov number (``"15_2"``), a
            division's key, ``"title"``, ``"toc"``, ``"suppl:1"``, ``"table:別表第1"``.
        label: the printed number or name (``"第15条の2"``, ``"第5章の2"``, ``"題名"``).
        text: the provision's lines as printed (caption line included), joined by ``"\\n"``.
        start: offset of ``text`` in its document's text.
        number_span: ``[start, end)`` of the printed number inside ``text``, or ``None``.
        article: the parsed article (spans index the document, see ``start``), or ``None``.
        division_kind: 章/節/款/目 for a division heading, else ``""``.
        document: the whole text of the version (what ``article``'s spans index).
    """

    kind: ProvisionKind
    key: str
    label: str
    text: str
    start: int
    number_span: tuple[int, int] | None = None
    article: Article | None = field(default=None, compare=False, repr=False)
    division_kind: str = ""
    document: str = field(default="", compare=False, repr=False)

    @property
    def signature(self) -> str:
        """The text without its own number (what must be equal for a pure renumbering)."""
        if self.number_span is None:
            return f"{self.kind}\x00{self.text}"
        s, e = self.number_span
        return f"{self.kind}\x00{self.text[:s]}\x01{self.text[e:]}"

    @property
    def number_key(self) -> tuple[int, ...]:
        """The numeric key of an article or division label (``第15条の2`` → ``(15, 2)``)."""
        return number_key(self.label)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One row of the 対照表: a provision changed, renumbered, added or deleted.

    Attributes:
        kind: ``"changed"`` (same number, other text), ``"renumbered"`` (the number differs;
            ``text_changed`` says whether more than the number changed), ``"added"``,
            ``"deleted"``.
        old / new: the provision in the current / amended version (``None`` when absent).
        chunks: the character diff of ``old.text`` (a) against ``new.text`` (b).
        old_marks / new_marks: the 傍線 ranges of each column.
        context: for an article added as the first of a 章・節 whose heading stays as it
            was, that heading line: the 対照表 shows it, not underlined, above the new article
            and alone in the 改正前 column, so that the row says where the article goes (a
            table without 目次 has nothing else to say it). ``""`` otherwise.
    """

    kind: RowKind
    old: Provision | None
    new: Provision | None
    chunks: tuple[DiffChunk, ...] = ()
    old_marks: tuple[tuple[int, int], ...] = ()
    new_marks: tuple[tuple[int, int], ...] = ()
    context: str = ""

    def cells(self) -> tuple[tuple[str, tuple[tuple[int, int], ...]] | None, tuple[str, tuple[tuple[int, int], ...]] | None]:
        """(改正後, 改正前) as (text, 傍線) with the heading ``context`` shown, ``None`` for an
        absent side (a provision added or deleted, without context)."""
        new = (self.new.text, self.new_marks) if self.new else None
        old = (self.old.text, self.old_marks) if self.old else None
        if self.context and new is not None and old is None:
            shift = len(self.context) + 1
            new = (self.context + "\n" + new[0], tuple((s + shift, e + shift) for s, e in new[1]))
            old = (self.context, ())
        return new, old

    @property
    def text_changed(self) -> bool:
        """True when more than the provision's number differs."""
        if self.old is None or self.new is None:
            return True
        return self.old.signature != self.new.signature


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """The comparison of two versions.

    Attributes:
        current / amended: the parsed versions.
        old / new: their provisions in document order.
        pairs: every alignment step in amended order (deleted provisions at their old
            place): ``(old index, new index)`` with ``None`` for an absent side; unchanged
            pairs included.
        rows: the changed pairs, added and deleted provisions, in the same order.
    """

    current: Ordinance
    amended: Ordinance
    old: tuple[Provision, ...]
    new: tuple[Provision, ...]
    pairs: tuple[tuple[int | None, int | None], ...]
    rows: tuple[ChangeRow, ...]


@lru_cache(maxsize=4096)
def number_key(label: str) -> tuple[int, ...]:
    """``第15条の2`` → ``(15, 2)``; kanji and full-width digits read; ``()`` when none."""
    from ordreview.core.text import kanji_to_int

    m = re.search(r"第([0-9０-９一二三四五六七八九十百千]+)[条項号章節款目]((?:の[0-9０-９一二三四五六七八九十]+)*)", label)
    if not m:
        return ()
    out: list[int] = []
    for part in [m.group(1), *[p for p in m.group(2).split("の") if p]]:
        f = fold(part)
        n = int(f) if f.isdigit() else kanji_to_int(f)
        out.append(n if n is not None else 0)
    return tuple(out)


# --------------------------------------------------------------------------- provisions


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def provisions(ordinance: Ordinance) -> list[Provision]:
    """The provisions of a parsed version, in document order (see the module docstring)."""
    text = ordinance.text
    out: list[Provision] = []
    if ordinance.title_span is not None:
        s, e = ordinance.title_span.start, ordinance.title_span.end
        out.append(Provision("title", "title", "題名", text[s:e], s))
    if ordinance.toc:
        first = ordinance.toc[0].span.start
        head_start = _line_bounds(text, first)[0]
        prev = text.rfind("\n", 0, max(0, head_start - 1)) + 1
        if head_start > 0 and fold(text[prev : head_start - 1]).strip() == "目次":
            head_start = prev
        end = _line_bounds(text, ordinance.toc[-1].span.end - 1)[1]
        out.append(Provision("toc", "toc", "目次", text[head_start:end], head_start))
    body: list[Provision] = []
    for div in ordinance.divisions:
        s, e = _line_bounds(text, div.span.start)
        line = text[s:e]
        at = line.find(div.title)
        span = (at, at + len(div.title)) if at >= 0 else None
        body.append(Provision("division", f"div:{div.key}", div.title, line, s, span, division_kind=div.kind, document=text))
    for art in ordinance.articles:
        s, e = art.span.start, art.span.end
        chunk = text[s:e].rstrip()
        cap = art.caption_span
        below = cap is not None and chunk.find(art.title, 0, cap.start - s) >= 0  # caption under the number
        at = chunk.find(art.title, (cap.end - s) if cap is not None and not below else 0)
        span = (at, at + len(art.title)) if at >= 0 else None
        body.append(Provision("article", art.num, art.title, chunk, s, span, art, document=text))
    body.sort(key=lambda p: p.start)
    out.extend(body)
    for i, suppl in enumerate(ordinance.suppl_provisions, start=1):
        s, e = suppl.span.start, suppl.span.end
        out.append(Provision("suppl", f"suppl:{i}", suppl.label, text[s:e].rstrip(), s))
    for table in ordinance.tables:
        s, e = table.span.start, table.span.end
        out.append(Provision("table", f"table:{table.title}", table.title, text[s:e].rstrip(), s))
    return out


# --------------------------------------------------------------------------- alignment


def _expected_number(a: Provision, b: Provision, shifts: frozenset[int]) -> bool:
    """True when ``b`` bears the number ``a`` takes once the articles around it moved by one
    of ``shifts`` (第16条 after a deletion before it that moved its neighbours up: 第15条)."""
    if a.kind != "article" or not shifts:
        return False
    ka, kb = a.number_key, b.number_key
    return bool(ka) and len(ka) == len(kb) and ka[1:] == kb[1:] and kb[0] - ka[0] in shifts


def _similarity(a: Provision, b: Provision, exact: bool, shifts: frozenset[int] = frozenset()) -> float:
    if a.kind != b.kind:
        return 0.0
    sm = SequenceMatcher(None, a.signature, b.signature, autojunk=False)
    sim = sm.ratio() if exact else sm.quick_ratio()
    if a.label == b.label or _expected_number(a, b, shifts):
        sim += SAME_NUMBER_BONUS
    return sim


def _shift(pair: tuple[int, int] | None, po: list[Provision], pn: list[Provision]) -> int | None:
    """How far an aligned article's number moved (new main number minus old), or ``None``."""
    if pair is None:
        return None
    a, b = po[pair[0]], pn[pair[1]]
    if a.kind != "article" or b.kind != "article" or not a.number_key or not b.number_key:
        return None
    if len(a.number_key) != len(b.number_key) or a.number_key[1:] != b.number_key[1:]:
        return None
    return b.number_key[0] - a.number_key[0]


def _pair_block(old: list[int], new: list[int], po: list[Provision], pn: list[Provision],
                shifts: frozenset[int] = frozenset()) -> list[tuple[int | None, int | None]]:
    """Monotone pairing of a non-matching block maximising the similarity (DP); merged order.

    ``shifts`` are the renumberings of the equal articles on either side of the block: a
    provision bearing the number an old one takes under such a shift counts as bearing its
    number (the same bonus as an unchanged number)."""
    m, n = len(old), len(new)
    if not m or not n:
        return [(i, None) for i in old] + [(None, j) for j in new]
    exact = m * n <= _EXACT_LIMIT
    score = [[_similarity(po[old[i]], pn[new[j]], exact, shifts) for j in range(n)] for i in range(m)]
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            take = best[i + 1][j + 1] + score[i][j] if score[i][j] >= SIMILAR else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < m and j < n:
        if score[i][j] >= SIMILAR and best[i][j] == best[i + 1][j + 1] + score[i][j]:
            out.append((old[i], new[j]))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            out.append((old[i], None))
            i += 1
        else:
            out.append((None, new[j]))
            j += 1
    out.extend((old[k], None) for k in range(i, m))
    out.extend((None, new[k]) for k in range(j, n))
    return out


def _align_track(old: list[int], new: list[int], po: list[Provision], pn: list[Provision]) -> list[tuple[int | None, int | None]]:
    sa = [po[i].signature for i in old]
    sb = [pn[j].signature for j in new]
    out: list[tuple[int | None, int | None]] = []
    opcodes = SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes()
    for n_op, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            out.extend((old[i1 + k], new[j1 + k]) for k in range(i2 - i1))
        else:
            # the renumbering in force at the last article paired before the block and at
            # the first article of the equal runs after it (headings in between skipped)
            before = next((s for pair in reversed(out) if pair[0] is not None and pair[1] is not None
                           and (s := _shift(pair, po, pn)) is not None), None)
            after = next((s for t, a1, a2, b1, _ in opcodes[n_op + 1 :] if t == "equal" for k in range(a2 - a1)
                          if (s := _shift((old[a1 + k], new[b1 + k]), po, pn)) is not None), None)
            shifts = {s for s in (before, after) if s}  # an unchanged number has its bonus already
            out.extend(_pair_block(old[i1:i2], new[j1:j2], po, pn, frozenset(shifts)))
    return out


def _align_by_key(old: list[int], new: list[int], po: list[Provision], pn: list[Provision]) -> list[tuple[int | None, int | None]]:
    by_key = {pn[j].key: j for j in new}
    used: set[int] = set()
    out: list[tuple[int | None, int | None]] = []
    for i in old:
        j = by_key.get(po[i].key)
        if j is None:
            out.append((i, None))
        else:
            used.add(j)
            out.append((i, j))
    out.extend((None, j) for j in new if j not in used)
    return out


def align(po: list[Provision], pn: list[Provision]) -> list[tuple[int | None, int | None]]:
    """Pairs of provision indices (old, new) in document order, unchanged pairs included."""
    out: list[tuple[int | None, int | None]] = []
    for kinds, by_key in ((("title",), True), (("toc",), True), (("division", "article"), False),
                          (("suppl",), True), (("table",), True)):
        old = [i for i, p in enumerate(po) if p.kind in kinds]
        new = [j for j, p in enumerate(pn) if p.kind in kinds]
        out.extend((_align_by_key if by_key else _align_track)(old, new, po, pn))
    return out


# --------------------------------------------------------------------------- rows


def widen_to_tokens(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extend marks that cut into a provision number (第15条の2), a number with its counter
    (15日) or a conjunction (又は) to the whole unit.

    A 傍線 follows a meaningful unit: 「第5条」→「第6条」 is underlined as a whole, not the
    digit alone; 「又は」→「若しくは」, not 「又」→「若しく」. Marks that end up overlapping or
    touching are merged.
    """
    if not marks:
        return []
    tokens = [(m.start(), m.end()) for m in NUMBER_TOKEN.finditer(text)]
    tokens += [(m.start(), m.end()) for m in UNIT_TOKEN.finditer(text)]
    out: list[tuple[int, int]] = []
    for s, e in marks:
        for ts, te in tokens:
            if ts < e and s < te or (s == e and ts < s < te):
                s, e = min(s, ts), max(e, te)
        out.append((s, e))
    out.sort()
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _widen_pair(
    chunks: tuple[DiffChunk, ...], a: str, b: str, am: list[tuple[int, int]], bm: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Widen both columns' marks to whole numbers, mirroring onto the other column what a
    widening takes of unchanged text (「第」→「特定」 before 「13条」: 「13条」 is marked on both
    sides), so that the unmarked text of the two columns stays the same."""
    equal = [c for c in chunks if c.tag == "equal"]
    for _ in range(8):
        wa, wb = widen_to_tokens(a, am), widen_to_tokens(b, bm)
        for c in equal:
            for s, e in wa:
                lo, hi = max(s, c.start_a), min(e, c.end_a)
                if lo < hi:
                    wb.append((lo - c.start_a + c.start_b, hi - c.start_a + c.start_b))
            for s, e in wb:
                lo, hi = max(s, c.start_b), min(e, c.end_b)
                if lo < hi:
                    wa.append((lo - c.start_b + c.start_a, hi - c.start_b + c.start_a))
        wa, wb = _merge(wa), _merge(wb)
        if wa == _merge(am) and wb == _merge(bm):
            break
        am, bm = wa, wb
    return _merge(am), _merge(bm)


def _strip_blank_marks(text: str, marks: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Marks without leading/trailing blanks and line breaks; blank-only marks dropped."""
    out: list[tuple[int, int]] = []
    for s, e in marks:
        piece = text[s:e]
        parts = [(m.start() + s, m.end() + s) for m in re.finditer(r"[^\s\u3000]+(?:[\s\u3000]+[^\s\u3000]+)*", piece)]
        # a mark spanning a line break is split per line, so that each line keeps its own
        for ps, pe in parts:
            line_start = ps
            for k in range(ps, pe):
                if text[k] == "\n":
                    if k > line_start:
                        out.append((line_start, k))
                    line_start = k + 1
            if pe > line_start:
                out.append((line_start, pe))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in " \u3000\t":
            a += 1
        while b > a and text[b - 1] in " \u3000\t":
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return tuple(trimmed)


def full_marks(text: str) -> tuple[tuple[int, int], ...]:
    """Every printed character underlined (an added or deleted provision)."""
    return _strip_blank_marks(text, [(0, len(text))])


_MARKER = re.compile(
    r"^[ \u3000]*(?:[(（][0-9０-９]+[)）]|[⑴-⒇]|[0-9０-９]+(?=[ \u3000])|[一二三四五六七八九十]+(?=[ \u3000])"
    r"|第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)*)"
)


_PAIR_LIMIT = 400  # line pairs compared in one block at most (beyond: one character diff)
_PAIR_MIN = 0.4  # least similarity for two lines to be the same provision changed


def _pair_lines(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """The in-order pairing of ``old`` and ``new`` lines that maximises their summed similarity
    (pairs below ``_PAIR_MIN`` not made)."""
    n, m = len(old), len(new)
    ratio = [[SequenceMatcher(None, x, y, autojunk=False).ratio() for y in new] for x in old]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            r = ratio[i][j]
            best[i][j] = max(best[i + 1][j], best[i][j + 1], (r + best[i + 1][j + 1]) if r >= _PAIR_MIN else 0.0)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        r = ratio[i][j]
        if r >= _PAIR_MIN and best[i][j] == r + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def line_diff(a: str, b: str) -> tuple[DiffChunk, ...]:
    """Character diff of two provisions, aligned line by line first.

    Lines are matched on their text without the leading 号/項/条 number, so that an item
    renumbered by an insertion (「(4)　その他」→「(5)　その他」) pairs with itself and only its
    number differs, as a 対照表 shows it; the other lines are diffed block by block.
    """
    la, lb = a.split("\n"), b.split("\n")
    sa = [_MARKER.sub("", x) for x in la]
    sb = [_MARKER.sub("", x) for x in lb]
    starts_a = [0]
    for x in la:
        starts_a.append(starts_a[-1] + len(x) + 1)
    starts_b = [0]
    for x in lb:
        starts_b.append(starts_b[-1] + len(x) + 1)
    out: list[DiffChunk] = []

    def whole(i1: int, i2: int, j1: int, j2: int) -> None:
        if i1 == i2 and j1 == j2:
            return
        a0, b0 = starts_a[i1], starts_b[j1]
        a1, b1 = starts_a[i2], starts_b[j2]
        out.append(DiffChunk("delete" if j1 == j2 else "insert", min(a0, len(a)), min(a1, len(a)), min(b0, len(b)), min(b1, len(b))))

    def block(i1: int, i2: int, j1: int, j2: int) -> None:
        a0, a1 = starts_a[i1], min(starts_a[i2], len(a) + 1)
        b0, b1 = starts_b[j1], min(starts_b[j2], len(b) + 1)
        ta, tb = a[a0 : max(a0, a1 - 1)], b[b0 : max(b0, b1 - 1)]
        for c in diff_chunks(ta, tb):
            out.append(DiffChunk(c.tag, c.start_a + a0, c.end_a + a0, c.start_b + b0, c.end_b + b0))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                if la[i1 + k] == lb[j1 + k]:
                    s0, t0 = starts_a[i1 + k], starts_b[j1 + k]
                    out.append(DiffChunk("equal", s0, s0 + len(la[i1 + k]), t0, t0 + len(lb[j1 + k])))
                else:
                    block(i1 + k, i1 + k + 1, j1 + k, j1 + k + 1)
        elif i1 == i2 or j1 == j2:  # whole lines only on one side
            whole(i1, i2, j1, j2)
        elif i2 - i1 != j2 - j1 and (i2 - i1) * (j2 - j1) <= _PAIR_LIMIT:
            # more lines on one side: pair each line with its likeliest counterpart, so that a
            # 号 deleted next to a changed one is marked whole rather than in pieces
            pi, pj = i1, j1
            for x, y in _pair_lines(sa[i1:i2], sb[j1:j2]):
                whole(pi, i1 + x, pj, pj)
                whole(i1 + x, i1 + x, pj, j1 + y)
                block(i1 + x, i1 + x + 1, j1 + y, j1 + y + 1)
                pi, pj = i1 + x + 1, j1 + y + 1
            whole(pi, i2, pj, pj)
            whole(i2, i2, pj, j2)
        else:
            block(i1, i2, j1, j2)
    return tuple(out)


def pair_row(old: Provision, new: Provision) -> ChangeRow | None:
    """The row of an aligned pair, or ``None`` when nothing differs."""
    renumbered = old.label != new.label and old.kind in ("article", "division")
    if old.text == new.text and not renumbered:
        return None
    chunks = line_diff(old.text, new.text)
    om: list[tuple[int, int]] = []
    nm: list[tuple[int, int]] = []
    for c in chunks:
        if c.tag in ("delete", "replace") and c.end_a > c.start_a:
            om.append((c.start_a, c.end_a))
        if c.tag in ("insert", "replace") and c.end_b > c.start_b:
            nm.append((c.start_b, c.end_b))
    if renumbered:
        if old.number_span:
            om.append(old.number_span)
        if new.number_span:
            nm.append(new.number_span)
    om, nm = _widen_pair(chunks, old.text, new.text, om, nm)
    kind: RowKind = "renumbered" if renumbered else "changed"
    return ChangeRow(kind, old, new, chunks, _strip_blank_marks(old.text, om), _strip_blank_marks(new.text, nm))


def _opening_heading(po: list[Provision], pn: list[Provision], kept: dict[int, int], j: int) -> str:
    """The heading line right above the added article ``pn[j]`` when it opens a 章・節 whose
    heading is in both versions as it was, else ``""``."""
    if pn[j].kind != "article" or j == 0 or pn[j - 1].kind != "division":
        return ""
    i = kept.get(j - 1)
    if i is None or po[i].text != pn[j - 1].text:
        return ""
    return pn[j - 1].text


def compare_versions(current: Ordinance, amended: Ordinance) -> VersionDiff:
    """Compare two parsed versions of one ordinance (see the module docstring)."""
    po = provisions(current)
    pn = provisions(amended)
    pairs = align(po, pn)
    rows: list[ChangeRow] = []
    kept = {j: i for i, j in pairs if i is not None and j is not None}
    for i, j in pairs:
        if i is not None and j is not None:
            row = pair_row(po[i], pn[j])
            if row is not None:
                rows.append(row)
        elif j is not None:
            rows.append(ChangeRow("added", None, pn[j], (), (), full_marks(pn[j].text),
                                  context=_opening_heading(po, pn, kept, j)))
        elif i is not None:
            rows.append(ChangeRow("deleted", po[i], None, (), full_marks(po[i].text), ()))
    return VersionDiff(current, amended, tuple(po), tuple(pn), tuple(pairs), tuple(rows))


def compare_texts(current: str, amended: str) -> VersionDiff:
    """:func:`compare_versions` of two texts (parsed as UTF-8 .txt drafts)."""
    from ordreview.core.parse import parse_text

    return compare_versions(parse_text(current, path="<current>"), parse_text(amended, path="<amended>"))

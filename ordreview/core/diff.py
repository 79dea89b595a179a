"""Character-level diff of two wordings, as typed chunks (on top of diff-match-patch).

Japanese has no spaces, so the diff works on characters, with diff-match-patch's semantic
cleanup so that chunks fall on meaningful boundaries. The default 1 s timeout is kept on
purpose (with no timeout two unrelated 20k-character texts take minutes); diff aligned pairs
(definition ↔ definition), never whole documents.

:func:`diff_normalised` compares a draft wording with a statute wording after the profile's
benign substitutions (実施機関 ↔ 行政機関, 条例 ↔ 法律 …), orthographic variants, width,
kanji numerals in 第N項/第N号 and item markers were normalised away, and maps the chunks
back to offsets into the two *original* texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from diff_match_patch import diff_match_patch

from ordreview.core.model import DiffChunk
from ordreview.core.text import fold, kanji_to_int

DEFAULT_TIMEOUT = 1.0


def diff_chunks(a: str, b: str, *, timeout: float = DEFAULT_TIMEOUT) -> tuple[DiffChunk, ...]:
    """Diff ``a`` against ``b``: chunks with half-open offsets into both texts.

    ``delete`` chunks exist only in ``a``, ``insert`` chunks only in ``b``; a deletion
    directly followed by an insertion is merged into one ``replace`` chunk.
    """
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(a, b)
    dmp.diff_cleanupSemantic(diffs)
    chunks: list[DiffChunk] = []
    ia = ib = 0
    for op, text in diffs:
        n = len(text)
        if op == 0:
            chunks.append(DiffChunk("equal", ia, ia + n, ib, ib + n))
            ia += n
            ib += n
        elif op == -1:
            chunks.append(DiffChunk("delete", ia, ia + n, ib, ib))
            ia += n
        else:
            last = chunks[-1] if chunks else None
            if last is not None and last.tag == "delete" and last.end_b == ib:
                chunks[-1] = DiffChunk("replace", last.start_a, last.end_a, ib, ib + n)
            else:
                chunks.append(DiffChunk("insert", ia, ia, ib, ib + n))
            ib += n
    return tuple(chunks)


# --------------------------------------------------------------------------- normalised diff

_ITEM_MARKER = re.compile(  # any space but a line break: a web copy indents with no-break spaces
    # (a marker alone on its line, its text on the next, or a letter glued to its text's first
    # kanji, is a web copy's cell too; 「(2)アに該当する」 opening a sub-item whose letter a copy set
    # on the line above cites 第2号ア, it is no marker)
    r"(?m)^[^\S\n]*(?:\([^\S\n]*[0-9]+[^\S\n]*\)(?![アイウエオカキクケコ](?:に|の|を|若|又|及|から|まで))|\([^\S\n]*[アイウエオカキクケコ][^\S\n]*\)|[⑴-⒇①-⑳]"
    r"|[一二三四五六七八九十]+(?=[^\S\n]|$)|[アイウエオカキクケコロハニホヘト](?=[^\S\n]|$|(?![又及若並])[\u4e00-\u9fff])|[0-9]+(?=[^\S\n]|$))[^\S\n]*"
)
_SPACE = re.compile(r"\s+")
_LOST_MARK = re.compile(r"(?<=[^\x00-\x7f\s、。])[ \u3000]+(?=[^\x00-\x7f\s、。])")
"""A space between two Japanese characters: in a text whose 、 and 。 an extractor turned into
spaces, the place of a lost mark."""
_KANJI_NUM = re.compile(r"第([一二三四五六七八九十百]+)(条|項|号)")
_N = r"[0-9一二三四五六七八九十百]+"
_INTERNAL_REF = re.compile(
    rf"(?:(?:第{_N}(?:項|号)|前号|次号|次項|前項|同号|同項)(?:の{_N})?)+[アイウエオロハニ]?"
    # a sub-item named by its letter alone (イにおいて同じ。 in a 号-style definition)
    r"|(?<![\u30a1-\u30faー])[アイウエオカキクケコロハニホヘト](?=において|に掲げる|に定める|に該当|に規定)"
)
REF_PLACEHOLDER = "§"
"""What an internal cross-reference (第2項第1号, 次号イ, 前号ア …) becomes when
``refs=True``: the diff of a definition is about wording; whether a reference points to the
right provision is the integrity rules' business."""


class Normalised:
    """A wording normalised for comparison, with a map back to the original offsets.

    Attributes:
        original: the text as given.
        text: the normalised text.
        starts: for each character of ``text``, the offset in ``original`` where the
            original segment it came from starts; plus one final entry ``len(original)``.
    """

    def __init__(self, original: str, text: str, starts: list[int], lost_marks: tuple[int, ...] = ()) -> None:
        self.original = original
        self.text = text
        self.starts = starts
        self.lost_marks = lost_marks
        """With ``lost_punct``: offsets in ``original`` of the spaces compared as a lost 、 or 。."""

    def to_original(self, pos: int) -> int:
        """Offset in ``original`` of normalised position ``pos`` (segment start)."""
        return self.starts[min(pos, len(self.starts) - 1)]


def normalise_mapped(
    text: str,
    replacements: Iterable[tuple[str, str]] = (),
    *,
    drop: Iterable[tuple[int, int]] = (),
    refs: bool = False,
    lost_punct: bool = False,
) -> Normalised:
    """Normalise ``text`` (width, spaces, item markers, kanji numbers, ``replacements``).

    ``replacements`` are (from, to) pairs applied longest first; ``drop`` are ``[start,
    end)`` ranges left out of the comparison (e.g. an unverified parenthesis); ``refs``
    turns internal cross-references into ``REF_PLACEHOLDER``. Every output
    character remembers where its source segment started, so diff offsets map back.
    """
    text_f = fold(text)
    removed = bytearray(len(text_f))  # 1 where a character takes no part in the comparison
    for a, b in drop:
        removed[a:b] = b"\x01" * (min(b, len(text_f)) - a) if b > a else b""
    for m in _ITEM_MARKER.finditer(text_f):
        removed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    punct_at: set[int] = set()
    if lost_punct:  # 、 and 。 compare as one mark, and so does a space that stands for a lost one
        for m in _LOST_MARK.finditer(text_f):
            if not removed[m.start()]:
                punct_at.add(m.start())
        text_f = text_f.replace("。", "、")
    for m in _SPACE.finditer(text_f):
        removed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    if punct_at:
        for i in punct_at:
            removed[i] = 0
        text_f = "".join("、" if i in punct_at else ch for i, ch in enumerate(text_f))
    keep = [i for i in range(len(text_f)) if not removed[i]]
    stripped = "".join(text_f[i] for i in keep)
    segments: list[tuple[int, int, str]] = []  # (start, end, replacement) in ``stripped``
    if refs:
        for m in _INTERNAL_REF.finditer(stripped):
            segments.append((m.start(), m.end(), REF_PLACEHOLDER))
    for m in _KANJI_NUM.finditer(stripped):
        n = kanji_to_int(m.group(1))
        if n is not None:
            segments.append((m.start(), m.end(), f"第{n}{m.group(2)}"))
    pairs = sorted(((fold(a), b) for a, b in replacements if a), key=lambda p: -len(p[0]))
    if pairs:
        rx = re.compile("|".join(re.escape(a) for a, _ in pairs))
        table = dict(pairs)
        for m in rx.finditer(stripped):
            segments.append((m.start(), m.end(), table[m.group(0)]))
    segments.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    si = 0
    while pos < len(stripped):
        while si < len(segments) and segments[si][0] < pos:
            si += 1
        if si < len(segments) and segments[si][0] == pos:
            start, end, repl = segments[si]
            for ch in repl:
                out.append(ch)
                starts.append(keep[start])
            pos = end
            si += 1
            continue
        for c in unicodedata.normalize("NFKC", stripped[pos]):
            out.append(c)
            starts.append(keep[pos])
        pos += 1
    starts.append(len(text))
    return Normalised(text, "".join(out), starts, tuple(sorted(punct_at)))


def diff_normalised(
    draft: str,
    statute: str,
    *,
    draft_replacements: Iterable[tuple[str, str]] = (),
    statute_replacements: Iterable[tuple[str, str]] = (),
    draft_drop: Iterable[tuple[int, int]] = (),
    refs: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    statute_drop: Iterable[tuple[int, int]] = (),
    lost_punct: bool = False,
) -> tuple[DiffChunk, ...]:
    """Diff two wordings after normalisation; chunks index the *original* texts.

    ``draft_replacements`` map ordinance wording to the statute's (実施機関 → 行政機関);
    ``statute_replacements`` normalise the statute side (variants); ``draft_drop`` ranges
    of the draft (``statute_drop``: of the statute) are left out (they fold into the
    neighbouring chunk); with ``refs`` internal
    cross-references compare equal whatever they point to. Chunk boundaries inside
    a replaced segment snap to the segment's start, so chunks stay contiguous and ordered.
    With ``lost_punct`` (a draft whose 、 and 。 became spaces in extraction) 、 and 。 compare
    as one mark on both sides, and a space between two Japanese characters of the draft as
    that mark: where the draft had one the statute lacks (or the other way round) still differs.
    """
    draft_norm = normalise_mapped(draft, draft_replacements, drop=draft_drop, refs=refs, lost_punct=lost_punct)
    statute_norm = normalise_mapped(statute, statute_replacements, drop=statute_drop, refs=refs,
                                    lost_punct=lost_punct)
    out: list[DiffChunk] = []
    for c in diff_chunks(draft_norm.text, statute_norm.text, timeout=timeout):
        sa, ea = draft_norm.to_original(c.start_a), draft_norm.to_original(c.end_a)
        sb, eb = statute_norm.to_original(c.start_b), statute_norm.to_original(c.end_b)
        if sa == ea and sb == eb:
            continue  # (a change inside a replaced segment snaps to nothing: no difference in the originals)
        out.append(DiffChunk(c.tag, sa, ea, sb, eb))
    return tuple(_merge(out))


def _merge(chunks: list[DiffChunk]) -> list[DiffChunk]:
    merged: list[DiffChunk] = []
    for c in chunks:
        if merged and merged[-1].tag == c.tag and merged[-1].end_a == c.start_a and merged[-1].end_b == c.start_b:
            p = merged[-1]
            merged[-1] = DiffChunk(c.tag, p.start_a, c.end_a, p.start_b, c.end_b)
        else:
            merged.append(c)
    return merged


def changed(chunks: Iterable[DiffChunk]) -> list[DiffChunk]:
    """The chunks that are not ``equal``."""
    return [c for c in chunks if c.tag != "equal"]

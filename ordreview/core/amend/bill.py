"""Read a 一部改正条例案 written in 改め文: title, 制定文, amending sentences, its own 附則.

A bill reads::

    しらかば村個人情報保護条例の一部を改正する条例（案）           ← title
    しらかば村個人情報保護条例（平成14年…条例第9号）の一部を次のように改正する。  ← 制定文
    第2条第1号中「A」を「B」に改める。                               ← amending sentences,
    第15条の次に次の1条を加える。                                     ←   each one line, and
    　（個人情報ファイル簿の作成及び公表）                             ←   the provisions it
    第15条の2　実施機関は、…                                         ←   quotes after it
    　　　附　則                                                       ← the bill's own 附則
    この条例は、令和9年4月1日から施行する。

Each sentence is split into clauses at the 連用形 endings (改め、削り、加え、とし、繰り下げ、
繰り上げ、付し、) outside quotes, and each clause into one operation with its target
provisions. 同条・同項・同号・同章 are resolved within the sentence to the provision of that
level named last (the number just given by a move included); a sentence that starts with one,
or uses one after naming several, cannot be resolved and is reported. Quotes are read with
bracket depth, so that a quoted text may itself contain 「」. Numbers may be Arabic, full-width
or kanji (第十六条第一項, 次の一項).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ordreview.core.amend.ordtree import Num, parse_num
from ordreview.core.text import fold

N = r"(?:[0-9]+|[〇一二三四五六七八九十百千]+)"
Q = "\ue000"
"""Stands for one top-level quotation in a masked clause."""

VERB_END = re.compile(r"(改める|削る|加える|とする|繰り下げる|繰り上げる|付する)。?$")
CLAUSE_SPLIT = re.compile(r"(改め|削り|加え|とし|繰り下げ|繰り上げ|付し)、")
SENTENCE_START = re.compile(
    rf"^(?:第{N}(?:編|章|節|款|目|条|項|号)|同(?:条|項|号|章|節)|目次|題名|本則|[附付]則|別表|様式|別記|前文)"
)
SUPPL_HEAD = re.compile(r"^\s*[附付]\s*則\s*(?:[（(].*[）)])?\s*(?:抄)?\s*$")
ENACT = re.compile(r"の(?:一部|全部)を次のように改正する。?\s*$")
TITLE_OF = re.compile(r"^(?P<name>.+?)(?:[（(](?P<num>[^（）()]*第[^（）()]*号)[）)])?の(?:一部|全部)を次のように改正する")
TITLE_WORDS = re.compile(r"(?:改正する|改正等に関する)(?:条例|規則)")
REASON = re.compile(r"^\s*(?:[(（]\s*)?(?:提\s*案\s*)?理\s*由(?:\s*[)）])?\s*$")
"""The 提案理由 heading some 議案 print after the 附則."""
ERA_DATE = (r"(?:明治|大正|昭和|平成|令和)\s*(?:元|[0-9０-９〇一二三四五六七八九十]+)\s*年\s*"
            r"[0-9０-９〇一二三四五六七八九十]+\s*月\s*[0-9０-９〇一二三四五六七八九十]+\s*日")
"""A date with its era. Only a date that opens with an era counts: the digits a place name
holds (十日町, 八千代, 三郷) are never read as a day or a number."""
DATE_LINE = re.compile(rf"^\s*{ERA_DATE}\s*$")
NUMBER_PARTS = re.compile(rf"^\s*(?P<date>{ERA_DATE})?\s*(?P<name>(?!明治|大正|昭和|平成|令和).*?)\s*"
                          rf"(?P<num>(?:条例|規則)第\s*\S*号)\s*$")
"""An ordinance's number line split into its date, the body's name (「八千代市」, often left
out) and 「条例第N号」."""
BILL_NUMBER = re.compile(r"^\s*(?:(?:明治|大正|昭和|平成|令和)\s*\S*年\s*\S*月\s*\S*日\s*)?\S*(?:条例|規則)第\s*\S*号\s*$")

VERB_STEM = {"改める": "改め", "削り": "削", "削る": "削", "加える": "加え", "とする": "とし",
             "繰り下げる": "繰り下げ", "繰り上げる": "繰り上げ", "付し": "付", "付する": "付"}
"""Each verb's 連用形 and 終止形 → one stem."""

UNITS = ("編", "章", "節", "款", "目", "条", "項", "号")


@dataclass(frozen=True)
class Target:
    """A provision named in a sentence, made absolute.

    Attributes:
        area: ``"main"`` (本則), ``"suppl"`` (the ordinance's 制定附則), ``"toc"`` (目次),
            ``"title"`` (題名), ``"table"`` (別表・様式) or ``"honsoku"`` (the whole 本則).
        divisions: the 章・節… path as ``(level, num)`` pairs.
        article / paragraph / item: the provision; ``item`` is the path of 号 numbers and
            sub-item letters (``((7,), "イ")`` for 第7号イ: whether イ comes first or second
            depends on the ordinance's イロハ or アイウ order, so the letter is kept).
        part: ``None`` (the provision), ``"caption"`` (its 見出し), ``"with_caption"`` (the
            provision and its 見出し), ``"name"`` (a 章名), ``"proviso"`` (ただし書),
            ``"main_text"`` (本文), ``"first"`` / ``"second"`` (前段 / 後段), ``"chapeau"``
            (各号列記以外の部分), ``"items"`` (各号), ``"remarks"`` (a 別表's 備考).
        table: the 別表 label as written (``"別表第1"``), for ``area == "table"``.
        row: for a 項 of a 別表 named by its row heading (「別表第1写しの項中」), the heading
            (the first cell of the row), as written.
        end: for a range (``第3号から第5号まで``), its last provision.
    """

    area: str = "main"
    divisions: tuple[tuple[str, Num], ...] = ()
    article: Num | None = None
    paragraph: int | None = None
    item: tuple[Num | str, ...] = ()
    part: str | None = None
    table: str | None = None
    end: Target | None = None
    row: str | None = None

    @property
    def level(self) -> str:
        """The unit the target names: 号, 項, 条, 章 … or the area."""
        if self.item:
            return "号"
        if self.paragraph is not None:
            return "項"
        if self.article is not None:
            return "条"
        if self.divisions:
            return self.divisions[-1][0]
        return self.area

    def label(self) -> str:
        """The citation in Arabic numerals, e.g. ``第2条第1項第3号`` (for messages)."""
        out = {"suppl": "附則", "toc": "目次", "title": "題名", "honsoku": "本則"}.get(self.area, "")
        if self.area == "table":
            out = self.table or "別表"
            if self.row:
                out += f"{self.row}の項"
        for level, num in self.divisions:
            out += _n(num, level)
        if self.article is not None:
            out += _n(self.article, "条")
        if self.paragraph is not None:
            out += f"第{self.paragraph}項"
        for depth, num in enumerate(self.item):
            if depth == 0:
                out += _n(num, "号")
            else:
                letter = num if isinstance(num, str) else _kana(num)
                out += f"（{letter}）" if depth >= 2 else letter
        if self.part in ("proviso", "main_text", "first", "second", "chapeau", "items"):
            out += {"proviso": "ただし書", "main_text": "本文", "first": "前段", "second": "後段",
                    "chapeau": "各号列記以外の部分", "items": "各号"}[self.part]
        if self.part == "caption":
            out += "の見出し"
        elif self.part == "name":
            out += "の名称"
        elif self.part == "remarks":
            out += "備考"
        if self.end is not None:
            out += "から" + self.end.label() + "まで"
        return out


def _n(num: Num, unit: str) -> str:
    return f"第{num[0]}{unit}" + "".join(f"の{x}" for x in num[1:])


def _kana(num: Num) -> str:
    from ordreview.core.parse.numbers import AIUEO

    return AIUEO[num[0] - 1] if 0 < num[0] <= len(AIUEO) else f"({num[0]})"


@dataclass(frozen=True)
class Operation:
    """One change a clause makes.

    Attributes:
        kind: ``words`` (字句: ``edits`` as (kind, old, new) with kind ``replace`` /
            ``delete`` / ``after`` / ``before``), ``replace`` (次のように改める), ``delete``
            (provisions 削る), ``move`` (…を…とする), ``shift`` (…ずつ繰り下げる/繰り上げる),
            ``add`` (次の…を加える), ``caption_set`` (見出しを「…」に改める / 見出しとして付する),
            ``caption_delete``, ``append_text`` (ただし書・後段を加える).
        targets: the provisions concerned (a range is one target with ``end``).
        dest: the destination of a move.
        count / unit: how many units are added or how far a range shifts, and their unit
            (条, 項, 号 …; ``"細分"`` for 次のように加える under an item).
        position: for ``add``: ``after``, ``before``, ``end`` or ``first``; for ``caption_set``:
            ``attach`` when the caption is attached (見出しとして付する) rather than replaced; for
            ``replace``: ``void`` for 「…を削除とする」 (the provision becomes a 削除 shell, no body).
        with_caption: for ``add``: 次の見出し及び1条.
        count2 / unit2: for ``add`` of 「次の1号及び2項」: the paragraphs added after the items
            (``count`` items, then ``count2`` paragraphs of unit ``"項"``).
        body: the quoted provision lines that follow the sentence (for replace/add).
        span: the clause's span in the bill text.
    """

    kind: str
    targets: tuple[Target, ...] = ()
    edits: tuple[tuple[str, str, str], ...] = ()
    dest: Target | None = None
    count: int = 0
    unit: str = ""
    position: str = ""
    with_caption: bool = False
    count2: int = 0
    unit2: str = ""
    text: str = ""
    body: tuple[str, ...] = ()
    span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class SentenceError:
    """Why a sentence could not be read."""

    code: str
    detail: str = ""


@dataclass(frozen=True)
class Sentence:
    """One amending sentence of the 本則, with the provision lines quoted after it.

    Attributes:
        number: 1-based, in bill order.
        text: the sentence as written.
        span: its span in the bill text (the sentence line, without the quoted provisions).
        ops: its operations in order.
        body: the quoted provision lines that follow it.
        body_span: their span in the bill text, or ``None``.
        error: why it could not be read (``unparsed``, ``dou_ambiguous``), or ``None``.
    """

    number: int
    text: str
    span: tuple[int, int]
    ops: tuple[Operation, ...]
    body: tuple[str, ...] = ()
    body_span: tuple[int, int] | None = None
    error: SentenceError | None = None


@dataclass(frozen=True)
class Bill:
    """A 改め文 bill.

    Attributes:
        title / title_span: the bill's title line.
        number: the bill's own date and number line when it has one (``令和9年3月20日条例第4号``),
            else ``None`` (a 案).
        enactment / enactment_span: the 制定文 「…の一部を次のように改正する。」.
        target_title: the ordinance it amends, as the 制定文 names it.
        target_number: that ordinance's number as written in the 制定文, or ``None``.
        sentences: the amending sentences.
        suppl_heading / suppl_lines / suppl_span: the bill's own 附則.
        stray: spans of lines between the 制定文 and the 附則 that are neither a sentence nor
            provisions a sentence quotes (reported, never applied).
    """

    text: str
    title: str
    title_span: tuple[int, int] | None
    number: str | None
    enactment: str
    enactment_span: tuple[int, int] | None
    target_title: str
    target_number: str | None
    sentences: tuple[Sentence, ...]
    suppl_heading: str | None = None
    suppl_lines: tuple[str, ...] = ()
    suppl_span: tuple[int, int] | None = None
    stray: tuple[tuple[int, int], ...] = field(default=())

    def sentence(self, number: int) -> Sentence:
        """The sentence numbered ``number`` (numbers need not start at 1: see ``parse_bill``)."""
        for s in self.sentences:
            if s.number == number:
                return s
        raise KeyError(number)


# --------------------------------------------------------------------------- the frame


def parse_bill(text: str, *, first: int = 1) -> Bill:
    """Split a bill text into its parts and parse each amending sentence (never raises).

    The sentences are numbered from ``first``: a bill amending several ordinances, one article
    each, numbers the sentences of the article applied after those of the articles before it,
    so that a number counts the amending sentences of the whole 本則 in order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    head = _read_head(lines, starts)
    i = head.body_start
    target_title, target_number = "", None
    if head.enactment:
        m = TITLE_OF.match(fold(head.enactment))
        if m:
            target_title = head.enactment[: m.end("name")]
            target_number = head.enactment[m.start("num"): m.end("num")] if m.group("num") else None
    # a sentence wrapped over several lines (text copied from a PDF) is joined into one line
    lines, starts, ends = _join_wrapped(lines, starts, i)
    n = len(lines)
    # the bill's 附則 heading: a 附則 line with no amending sentence after it (a 目次 quoted
    # in the bill has a 附則 line of its own)
    last_sentence = max((k for k in range(i, n) if _is_sentence(lines[k])), default=i - 1)
    suppl_at = next((k for k in range(max(i, last_sentence + 1), n) if SUPPL_HEAD.match(fold(lines[k]))
                     and not _TOC_ENTRY.match(fold(lines[k - 1]))), None)
    groups, stray = _sentence_groups(lines, starts, ends, i, suppl_at)
    sentences = []
    for number_, (li, body_idx) in enumerate(groups, start=first):
        while body_idx and not lines[body_idx[-1]].strip():
            body_idx.pop()
        raw = lines[li]
        lead = len(raw) - len(raw.lstrip())
        stext = raw.strip()
        span = (starts[li] + lead, ends[li] - (len(raw) - len(raw.rstrip())))
        body = tuple(lines[k] for k in body_idx)
        body_span = (starts[body_idx[0]], ends[body_idx[-1]]) if body_idx else None
        sentences.append(parse_sentence(number_, stext, span, body, body_span))
    suppl_heading = None
    suppl_lines: tuple[str, ...] = ()
    suppl_span = None
    if suppl_at is not None:
        suppl_heading = lines[suppl_at]
        rest = lines[suppl_at + 1:]
        reason = next((k for k, line in enumerate(rest) if REASON.match(fold(line))), None)
        if reason is not None:  # 提案理由 printed after the 附則 is not part of it
            rest = rest[:reason]
        while rest and not rest[-1].strip():
            rest.pop()
        suppl_lines = tuple(rest)
        suppl_span = (starts[suppl_at], ends[suppl_at + len(rest)])
    return Bill(text=text, title=head.title, title_span=head.title_span, number=head.number,
                enactment=head.enactment, enactment_span=head.enactment_span, target_title=target_title,
                target_number=target_number, sentences=tuple(sentences), suppl_heading=suppl_heading,
                suppl_lines=suppl_lines, suppl_span=suppl_span, stray=tuple(stray))


@dataclass
class _Head:
    """What stands before a bill's amending sentences, and the line where they begin."""

    title: str = ""
    title_span: tuple[int, int] | None = None
    number: str | None = None
    enactment: str = ""
    enactment_span: tuple[int, int] | None = None
    body_start: int = 0


def _read_head(lines: list[str], starts: list[int]) -> _Head:
    """The bill's title, its 議案 number and the 制定文 (「…の一部を次のように改正する。」)."""
    head = _Head()
    i = 0
    n = len(lines)
    while i < n and not lines[i].strip():
        i += 1
    first_body = i
    # title: the first line, unless the first line is already the 制定文 or a sentence
    if i < n and not ENACT.search(fold(lines[i]).strip()) and not _is_sentence(lines[i]):
        # the title: the line naming an 改正する条例/規則 before the 制定文 (議案第N号, a date or
        # the proposer may come first), else the first line
        t = i
        for k in range(i, min(n, i + 8)):
            f = fold(lines[k]).strip()
            if ENACT.search(f) or _is_sentence(lines[k]):
                break
            if TITLE_WORDS.search(f):
                t = k
                break
        head.title = lines[t].strip()
        lead = len(lines[t]) - len(lines[t].lstrip())
        head.title_span = (starts[t] + lead, starts[t] + lead + len(head.title))
        i = t + 1
    while i < n:
        folded = fold(lines[i]).strip()
        if ENACT.search(folded):
            head.enactment = lines[i].strip()
            lead = len(lines[i]) - len(lines[i].lstrip())
            head.enactment_span = (starts[i] + lead, starts[i] + lead + len(head.enactment))
            i += 1
            break
        if folded and BILL_NUMBER.match(folded) and head.number is None:
            head.number = lines[i].strip()
            # 公布 form: the date on a line of its own above 「八千代市条例第1号」
            before = fold(lines[i - 1]).strip() if i > 0 else ""
            if DATE_LINE.match(before) and not re.match(rf"^\s*{ERA_DATE}", folded):
                head.number = lines[i - 1].strip() + head.number
        if _is_sentence(lines[i]):
            break
        i += 1
    else:
        i = first_body if not head.enactment else i
    head.body_start = i
    return head


def _sentence_groups(lines: list[str], starts: list[int], ends: list[int], i: int,
                     suppl_at: int | None) -> tuple[list[tuple[int, list[int]]], list[tuple[int, int]]]:
    """The amending sentences from line ``i`` up to the 附則 heading, each with the lines of the
    provisions it quotes, and the spans of lines that are neither."""
    groups: list[tuple[int, list[int]]] = []
    stray: list[tuple[int, int]] = []
    n = len(lines)
    while i < n:
        line = lines[i]
        folded = fold(line).strip()
        if i == suppl_at:
            break
        prev_expects = bool(groups) and _expects_body(lines[groups[-1][0]])
        expects_body = prev_expects and not groups[-1][1]
        # a line that starts like a sentence but is not a complete one (no 。, an unknown verb)
        # is still taken as a sentence, so that it is reported instead of silently dropped
        looks = _looks_like_sentence(folded) and (not prev_expects or bool(VERB_ANY.search(folded)))
        if folded and not expects_body and (_is_sentence(line) or looks):
            groups.append((i, []))
        elif folded:
            if groups and prev_expects:
                groups[-1][1].append(i)
            else:  # neither a sentence nor provisions a sentence quotes
                stray.append((starts[i] + len(line) - len(line.lstrip()), ends[i] - len(line) + len(line.rstrip())))
        elif groups and groups[-1][1]:
            groups[-1][1].append(i)
        i += 1
    return groups, stray


_PROVISION_LINE = re.compile(
    rf"^(?:第{N}(?:編|章|節|款|目|条|項|号)(?:の{N})*)+(?:(?:から|及び)第{N}条(?:の{N})*(?:まで)?)?\s")
"""A provision quoted in the bill (``第18条の3　…``, ``第3章の2　…``), not a sentence."""


_QUOTED_START = re.compile(r"^(?:[(（][^)）]{1,12}[)）](?:\s|$)|[0-9]+\s|[⑴-⒇①-⑳]|[アイウエオカキクケコ]\s)")
"""A line that starts like a caption (a bracket alone), a paragraph or an item (a marker and a
space): not the rest of a sentence. A cut just before 「（ア）の次に…」 is the rest of one."""

_TOC_ENTRY = re.compile(rf"^\s*第{N}(?:編|章|節|款|目)(?:の{N})*\s+\S")
"""A 目次 line naming a chapter: a 附則 line right after one belongs to the quoted 目次."""

MAX_WRAPPED = 60
"""The most physical lines one amending sentence is joined from."""
MAX_JOINED = 2500
"""The most characters joined into one amending sentence (a bound on hostile input, where no
line ends a sentence: the longest real sentences, 目次 changes by several pairs, stay under it)."""


def _join_wrapped(lines: list[str], starts: list[int], first: int
                  ) -> tuple[list[str], list[int], list[int]]:
    """Lines from ``first`` on with each amending sentence that runs over several lines joined
    into one (its line breaks and the indentation of its continuation lines dropped); the
    start and end offset of each resulting line in the bill text."""
    out, out_starts, out_ends = list(lines[:first]), list(starts[:first]), [
        starts[k] + len(lines[k]) for k in range(first)]
    k = first
    n = len(lines)
    while k < n:
        line = lines[k]
        folded = fold(line).strip()
        merged: tuple[str, int] | None = None
        head = SENTENCE_START.match(folded) if folded else None
        if (head and head.end() < len(folded) and (not folded.endswith("。") or _open_bracket(folded))
                and not _PROVISION_LINE.match(folded) and not SUPPL_HEAD.match(fold(line))):
            joined = line.rstrip(" \t") if _open_quote(line) else line.rstrip()
            f_joined = fold(joined)  # kept folded alongside (fold keeps lengths): no refolding
            for m in range(k + 1, min(n, k + MAX_WRAPPED)):
                nxt = lines[m].strip()
                f_next = fold(nxt)
                # a blank line, a sentence of its own or a quoted provision ends the attempt; a
                # line that looks like a sentence (「同条第5号を…加える。」) still continues one cut
                # mid-clause (after 「…に改め、」): only a text ending with its verb can be whole
                so_far = f_joined.strip()
                if so_far.endswith("。") and not _open_bracket(so_far):
                    break  # a sentence ends here, complete or not
                own = (_is_sentence(nxt) and not ("「" in so_far or VERB_ANY.search(so_far))) or (
                    bool(VERB_END.search(so_far)) and (_is_sentence(nxt) or _looks_like_sentence(f_next)))
                # cut inside a quotation or after a 読点, the next line is the rest of the
                # sentence even when it opens like a provision (「第4章　雑則（…）」に改める。)
                mid = _open_quote(so_far) or (so_far.endswith("、") and not VERB_END.search(so_far))
                quoted = bool(_PROVISION_LINE.match(f_next) or _QUOTED_START.match(f_next))
                if not nxt or own or (quoted and not mid) or len(joined) + len(nxt) > MAX_JOINED:
                    break
                # inside a quotation the text is verbatim: a full-width space at the cut is kept
                piece = lines[m].lstrip(" \t") if _open_quote(joined) else lines[m].lstrip()
                joined += piece
                f_joined += fold(piece)
                joined = joined.rstrip(" \t") if _open_quote(joined) else joined.rstrip()
                f_joined = f_joined[: len(joined)]
                if _is_sentence_folded(f_joined.strip()):
                    merged = (joined, m)
                    break
        if merged is not None:
            out.append(merged[0])
            out_starts.append(starts[k])
            out_ends.append(starts[merged[1]] + len(lines[merged[1]]))
            k = merged[1] + 1
        else:
            out.append(line)
            out_starts.append(starts[k])
            out_ends.append(starts[k] + len(line))
            k += 1
    return out, out_starts, out_ends


def _open_quote(text: str) -> bool:
    """``text`` ends inside a 「」 quotation."""
    return text.count("「") > text.count("」")


def _open_bracket(text: str) -> bool:
    """``text`` ends inside 「」 or （）: a 「。」 there does not end the sentence (「（…を含む。）」)."""
    return _open_quote(text) or text.count("（") + text.count("(") > text.count("）") + text.count(")")


VERB_ANY = re.compile(r"(?:改め|削[りる]|加え|とし|とする|繰り[下上]げ|付[しす])")


def _looks_like_sentence(folded: str) -> bool:
    """A line that opens with a citation followed by more text (not a quoted provision)."""
    head = SENTENCE_START.match(folded)
    return bool(head and head.end() < len(folded) and not _PROVISION_LINE.match(folded)
                and not SUPPL_HEAD.match(folded) and not _TOC_ENTRY.match(folded)
                and not folded.endswith(("）", ")")))


def _is_sentence(line: str) -> bool:
    return _is_sentence_folded(fold(line).strip())


def _is_sentence_folded(folded: str) -> bool:
    return bool(SENTENCE_START.match(folded) and folded.endswith("。") and VERB_END.search(folded)
                and not _PROVISION_LINE.match(folded))


def _expects_body(line: str) -> bool:
    folded = fold(line).strip()
    return bool(re.search(r"次の(?:ように|[^「」]*?を(?:加え|付)|ただし書)", _mask(folded)[0]))


# --------------------------------------------------------------------------- quotes


def _mask(text: str, original: str | None = None) -> tuple[str, list[str], list[int]]:
    """``text`` (folded) with each top-level 「…」 replaced by ``Q``; the quotes' inner texts
    (taken from ``original``, the unfolded text of the same length, when given) and offsets."""
    source = original if original is not None else text
    out: list[str] = []
    quotes: list[str] = []
    offsets: list[int] = []
    depth = 0
    start = 0
    for k, ch in enumerate(text):
        if ch == "「":
            if depth == 0:
                start = k
            depth += 1
        elif ch == "」" and depth:
            depth -= 1
            if depth == 0:
                quotes.append(source[start + 1: k])
                offsets.append(len(out))
                out.append(Q)
        elif depth == 0:
            out.append(ch)
    if depth:  # an unclosed quote: give the rest back as text
        out.append(text[start:])
    return "".join(out), quotes, offsets


# --------------------------------------------------------------------------- citations


class _Ctx:
    """The provisions named so far in the sentence, for 同条・同項・同号・同章."""

    def __init__(self) -> None:
        self.last: Target | None = None
        self.multi: set[str] = set()
        self.ambiguous = False

    def note(self, targets: list[Target]) -> None:
        if not targets:
            return
        self.last = targets[-1] if targets[-1].end is None else targets[-1].end
        self.multi = {t.level for t in targets} if len(targets) > 1 or targets[-1].end is not None else set()


_TOKEN = re.compile(
    rf"第(?P<n>{N})(?P<unit>編|章|節|款|目|条|項|号)(?P<br>(?:の{N})*)"
    rf"|同(?P<same>条|項|号|章|節|表)"
    rf"|(?P<area>本則|附則|付則|目次|題名|前文)"
    rf"|(?P<table>(?:別表|様式|別記)(?:第{N}(?:の{N})*)?)"
    rf"|(?P<kata>[アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン])"
    rf"(?=中|を|の|に|及び|並びに|から|まで|、|[(（][アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン][)）]|$)"
    rf"|[(（](?P<pkata>[アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン])[)）]"
    rf"(?=中|を|の|に|及び|並びに|から|まで|、|$)"
    rf"|(?P<qual>の前の見出し|の見出し|の(?:編|章|節|款|目)名|ただし書|本文|前段|後段|各号列記以外の部分|各号(?!列記)|[(（]見出しを含む。?[)）]|備考)"
)


# 「別表第1ＣＤ－Ｒに複写したものの項中」: a 項 of a 別表 named by the heading of its row (its first
# cell), written straight after the table's name; the heading holds no quotation or sentence end
_TABLE_ROW = re.compile(r"(?P<row>[^「」『』。\s]+?)の項(?=中|を|の|に|及び|並びに|、)")


def _cite(s: str, pos: int, ctx: _Ctx) -> tuple[list[Target], int]:
    """Read the citation(s) at ``s[pos:]``: one path, or several joined by 及び/、/並びに, or a
    range 「…から…まで」. Returns the targets (absolute) and the end position."""
    targets: list[Target] = []
    while True:
        target, end = _path(s, pos, ctx, targets[-1] if targets else None)
        if target is None:
            break
        pos = end
        ctx.last = target  # 「第2条第2号から同条第4号まで」: 同条 is the article just named
        if s.startswith("から", pos):
            last, end2 = _path(s, pos + 2, ctx, target)
            if last is not None and s.startswith("まで", end2):
                target = replace(target, end=last)
                pos = end2 + 2
        targets.append(target)
        for joiner in ("及び", "並びに", "、"):
            if s.startswith(joiner, pos) and _path(s, pos + len(joiner), ctx, target)[0] is not None:
                pos += len(joiner)
                break
        else:
            break
    ctx.note(targets)
    return targets, pos


def _path(s: str, pos: int, ctx: _Ctx, sibling: Target | None) -> tuple[Target | None, int]:
    """One citation path at ``s[pos:]`` (``第2条第1項第3号``, ``同条第11号``, ``附則第2項``)."""
    t: Target | None = None
    start = pos
    while True:
        m = _TOKEN.match(s, pos)
        if not m:
            break
        if m.group("unit"):
            unit = m.group("unit")
            num = parse_num(m.group("n"), m.group("br"))
            base = t if t is not None else _base(unit, ctx, sibling)
            if base is None:
                base = Target()
            if unit in ("編", "章", "節", "款", "目"):
                t = replace(base, divisions=(*_trim_divs(base.divisions, unit), (unit, num)), article=None,
                            paragraph=None, item=(), part=None)
            elif unit == "条":
                t = replace(base, article=num, paragraph=None, item=(), part=None)
            elif unit == "項":
                t = replace(base, paragraph=num[0], item=(), part=None)
            else:
                t = replace(base, item=(num,), part=None)
        elif m.group("same"):
            unit = m.group("same")
            if t is not None:
                break
            t = _same(unit, ctx)
            if t is None:
                ctx.ambiguous = True
                t = Target(article=(0,))
            elif unit == "表" and (row := _TABLE_ROW.match(s, m.end())):  # 同表写しの項中
                t = replace(t, row=row.group("row"))
                pos = row.end()
                continue
        elif m.group("area"):
            if t is not None and t.area != "main":
                break
            area = {"本則": "honsoku", "附則": "suppl", "付則": "suppl", "目次": "toc", "題名": "title", "前文": "title"}[m.group("area")]
            t = Target(area=area)
        elif m.group("table"):
            t = Target(area="table", table=m.group("table"))
            row = _TABLE_ROW.match(s, m.end())
            if row:  # 「別表第1写しの項中」: the row of the table whose first cell is 「写し」
                t = replace(t, row=row.group("row"))
                pos = row.end()
                continue
        elif m.group("kata"):
            if t is None and sibling is not None and sibling.item and sibling.end is None:
                # 「第1号イ及びウ」「第1号イからエまで」: a bare letter is a sub-item of the same 号
                t = replace(sibling, item=sibling.item[:1], part=None)
            if t is None or not t.item:
                break
            # a sub-item is kept as its letter: whether イ is the first (イロハ) or the second
            # (アイウ) depends on the ordinance, so it is matched against the printed markers
            t = replace(t, item=(*t.item[:1], m.group("kata")))
        elif m.group("pkata"):
            if t is None and sibling is not None and len(sibling.item) >= 2 and sibling.end is None:
                # 「第1号イ（ア）及び（イ）」: a bracketed letter beside one is its sibling
                t = replace(sibling, item=sibling.item[:-1], part=None)
                t = replace(t, item=(*t.item, m.group("pkata")))
                pos = m.end()
                continue
            if t is None or not t.item:
                break
            # a sub-item written in brackets: （ア） under イ (第1号イ（ア）), or directly under the 号
            # where an ordinance marks its first sub-items so; matched on the printed marker too
            t = replace(t, item=(*t.item[:2], m.group("pkata")))
        else:
            if t is None:
                break
            q = m.group("qual")
            if (q == "備考") != (t.area == "table"):  # 「別表備考中」: only a table has a 備考
                break
            part = {"の見出し": "caption", "の前の見出し": "caption", "ただし書": "proviso", "本文": "main_text",
                    "前段": "first", "後段": "second", "各号列記以外の部分": "chapeau", "各号": "items",
                    "備考": "remarks"}.get(q)
            if part is None:
                part = "name" if q.endswith("名") else "with_caption"
            t = replace(t, part=part)
        pos = m.end()
    if t is None:
        return None, start
    return t, pos


def _trim_divs(divs: tuple[tuple[str, Num], ...], unit: str) -> tuple[tuple[str, Num], ...]:
    order = "編章節款目"
    return tuple(d for d in divs if order.index(d[0]) < order.index(unit))


def _base(unit: str, ctx: _Ctx, sibling: Target | None) -> Target | None:
    """What a citation starting at ``unit`` inherits: 第4号 after 第2条第5号 is 第2条第4号."""
    ref = sibling or ctx.last
    if ref is None or unit in ("条", "編", "章"):
        if ref is not None and ref.area == "suppl" and unit == "条":
            return Target(area="suppl")
        return Target(area=ref.area if ref is not None and ref.area == "suppl" else "main")
    if unit == "項":
        return replace(ref, paragraph=None, item=(), part=None, end=None)
    if unit == "号":
        return replace(ref, item=(), part=None, end=None)
    return replace(ref, item=(), paragraph=None, article=None, part=None, end=None)


def _same(unit: str, ctx: _Ctx) -> Target | None:
    """The target of 同条/同項/同号/同章, or ``None`` when the sentence leaves it open."""
    last = ctx.last
    if last is None:
        return None
    if unit == "表":  # 「別表第2中…に改め、同表を別表第3とし」
        return Target(area="table", table=last.table) if last.area == "table" and last.table else None
    level = {"条": "条", "項": "項", "号": "号", "章": "章", "節": "節"}[unit]
    if level in ctx.multi:
        return None
    if unit == "条":
        return Target(area=last.area, divisions=last.divisions, article=last.article) if last.article else None
    if unit == "項":
        return replace(last, item=(), part=None, end=None) if last.paragraph is not None else None
    if unit == "号":
        return replace(last, item=last.item[:1], part=None, end=None) if last.item else None
    divs = [d for d in last.divisions if d[0] == unit]
    if not divs:
        return None
    keep = []
    for d in last.divisions:
        keep.append(d)
        if d[0] == unit:
            break
    return Target(area=last.area, divisions=tuple(keep))


# --------------------------------------------------------------------------- one sentence

_ADD = re.compile(
    rf"^(?:の(?P<rel>次|後|下|右|前|上|左)に|に(?P<first>第1項として)?)次の(?:(?P<cap>見出し及び)?(?P<count>{N})(?P<unit>編|章|節|款|目|条|項|号|表)(?:及び(?P<count2>{N})(?P<unit2>項|号))?|(?P<proviso>ただし書)|(?P<like>ように))を?$"
)
_SHIFT = re.compile(rf"^を(?P<count>{N})(?P<unit>編|章|節|款|目|条|項|号)ずつ$")


def parse_sentence(number: int, text: str, span: tuple[int, int], body: tuple[str, ...] = (),
                   body_span: tuple[int, int] | None = None) -> Sentence:
    """Parse one amending sentence (``text`` without the provisions quoted after it)."""
    original = text.strip()
    if original.endswith("。"):
        original = original[:-1]
    folded = fold(original)
    masked, quotes, _ = _mask(folded, original)
    # map masked positions back to the text for clause spans
    ctx = _Ctx()
    ops: list[Operation] = []
    scope: list[Target] = []
    pieces: list[tuple[str, str]] = []
    last = 0
    for m in CLAUSE_SPLIT.finditer(masked):
        pieces.append((masked[last: m.start(1)], m.group(1)))
        last = m.end()
    tail = masked[last:]
    mv = VERB_END.search(tail + "。")
    if not mv:
        return Sentence(number, text, span, (), body, body_span, SentenceError("unparsed", folded))
    pieces.append((tail[: mv.start()], mv.group(1)))
    qi = 0
    body_used = False
    for clause, verb in pieces:
        nq = clause.count(Q)
        cq = quotes[qi: qi + nq]
        qi += nq
        verb = VERB_STEM.get(verb, verb)
        op, scope, error = _clause(clause, verb, cq, scope, ctx)
        if error is not None:
            return Sentence(number, text, span, tuple(ops), body, body_span, error)
        if op.kind in ("replace", "add", "append_text", "toc_replace", "toc_add", "title_replace",
                       "name_replace") and not body_used and op.position != "void":
            op = replace(op, body=body)
            body_used = True
        ops.append(replace(op, span=span))
    if ctx.ambiguous:
        return Sentence(number, text, span, tuple(ops), body, body_span, SentenceError("dou_ambiguous"))
    return Sentence(number, text, span, tuple(ops), body, body_span)


def _clause(clause: str, verb: str, quotes: list[str], scope: list[Target], ctx: _Ctx
            ) -> tuple[Operation, list[Target], SentenceError | None]:
    """One clause → one operation; the scope it leaves for the next clause; or an error."""
    pos = 0
    targets: list[Target] = []
    # a locating prefix such as 第3章第2節中 before a citation is skipped
    if not clause.startswith(Q):
        targets, pos = _cite(clause, 0, ctx)
        if targets and clause.startswith("中", pos) and not clause.startswith(Q, pos + 1):
            more, pos2 = _cite(clause, pos + 1, ctx)
            if more:
                targets, pos = more, pos2
        if not targets:
            return Operation("unparsed"), scope, SentenceError("unparsed", clause)
        scope = targets
    elif not scope:
        return Operation("unparsed"), scope, SentenceError("unparsed", clause)
    rest = clause[pos:]
    if rest.startswith("中") or rest.startswith(Q):
        words = rest[1:] if rest.startswith("中") else rest
        edits = _words(words, verb, quotes)
        if edits is None:
            return Operation("unparsed"), scope, SentenceError("unparsed", clause)
        return Operation("words", tuple(scope), edits=edits), scope, None
    if verb == "改め":
        if rest == "を次のように":
            target = scope[-1]
            if target.area == "toc":
                return Operation("toc_replace", tuple(scope)), scope, None
            if target.area == "title":
                return Operation("title_replace", tuple(scope)), scope, None
            if target.part == "name":
                return Operation("name_replace", tuple(scope)), scope, None
            return Operation("replace", tuple(scope)), scope, None
        if rest == f"を{Q}に" and len(quotes) == 1:
            if scope[-1].part == "caption":
                return Operation("caption_set", tuple(scope), text=quotes[0]), scope, None
            if scope[-1].part == "name":
                return Operation("name_replace", tuple(scope), text=quotes[0]), scope, None
            if scope[-1].area == "title":
                return Operation("title_replace", tuple(scope), text=quotes[0]), scope, None
    if verb == "削" and rest == "を":
        if scope[-1].part == "caption":
            return Operation("caption_delete", tuple(scope)), scope, None
        return Operation("delete", tuple(scope)), scope, None
    if verb == "とし":
        if rest == "を削除":
            # 「第12条を削除とする。」: the provision becomes a 削除 shell, as 「第12条を次のように
            # 改める。」 followed by 「第12条　削除」 would make it (a variant some bodies write)
            return Operation("replace", tuple(scope), position="void"), scope, None
        if rest.startswith("を"):
            dest, end = _cite(rest, 1, ctx)
            if len(dest) == 1 and end == len(rest):
                return Operation("move", tuple(scope), dest=dest[0]), scope, None
    if verb in ("繰り下げ", "繰り上げ"):
        m = _SHIFT.match(rest)
        if m:
            count = parse_num(m.group("count"))[0]
            sign = 1 if "下" in verb else -1
            return Operation("shift", tuple(scope), count=sign * count, unit=m.group("unit")), scope, None
    if verb == "加え":
        m = _ADD.match(rest)
        if m:
            if m.group("proviso"):
                return Operation("append_text", tuple(scope), unit="ただし書"), scope, None
            rel = m.group("rel")
            position = "end" if rel is None else ("before" if rel in ("前", "上", "左") else "after")
            if m.group("first"):
                position = "first"
            if m.group("like"):
                return Operation("add", tuple(scope), count=0, unit="細分", position=position), scope, None
            count = parse_num(m.group("count"))[0]
            if m.group("count2"):
                # 「次の1号及び2項」: items at the end of the article's last paragraph, then new
                # paragraphs, as the text reads; other pairs (「次の1項及び1号」) name no place
                if (m.group("unit"), m.group("unit2")) != ("号", "項") or position != "end":
                    return Operation("unparsed"), scope, SentenceError("unparsed", clause)
                return Operation("add", tuple(scope), count=count, unit="号", position=position,
                                 count2=parse_num(m.group("count2"))[0], unit2="項"), scope, None
            return Operation("add", tuple(scope), count=count, unit=m.group("unit"), position=position,
                             with_caption=bool(m.group("cap"))), scope, None
        m = re.match(r"^に(?:後段|前段)として次のように$", rest)
        if m:
            return Operation("append_text", tuple(scope), unit="後段"), scope, None
    if verb == "付" and scope[-1].area == "title" and re.fullmatch(r"の(?:次|後|下)に次の目次(?:及び章名)?を", rest):
        return Operation("toc_add", tuple(scope)), scope, None
    if verb == "付" and rest in (f"に見出しとして{Q}を", f"の前に見出しとして{Q}を") and len(quotes) == 1:
        # 「同条の前に見出しとして「（…）」を付する」 (after 「第8条の見出しを削り」): the article's own
        # caption becomes a 共通見出し, which is held as the caption of the first article under it
        return Operation("caption_set", tuple(scope), text=quotes[0], position="attach"), scope, None
    return Operation("unparsed"), scope, SentenceError("unparsed", clause)


_PAIR = re.compile(rf"^(?P<olds>{Q}(?:(?:及び|、){Q})*)を{Q}に$")
_DEL = re.compile(rf"^{Q}(?:(?:及び|、|並びに){Q})*を$")
_INS = re.compile(rf"^{Q}の(?P<rel>下|次|右|後|前|上|左)に{Q}を$")


def _words(text: str, verb: str, quotes: list[str]) -> tuple[tuple[str, str, str], ...] | None:
    """The 字句 edits of ``text`` (masked) — ``None`` when the form is not understood."""
    qs = iter(quotes)
    edits: list[tuple[str, str, str]] = []
    if verb == "改め":
        for part in _split_top(text, "に、", keep="に"):
            m = _PAIR.match(part)
            if not m:
                return None
            olds = [next(qs) for _ in range(m.group("olds").count(Q))]
            new = next(qs)
            edits.extend(("replace", old, new) for old in olds)
        return tuple(edits)
    if verb == "削":
        if not _DEL.match(text):
            return None
        return tuple(("delete", q, "") for q in quotes)
    if verb == "加え":
        for part in _split_top(text, "を、", keep="を"):
            m = _INS.match(part)
            if not m:
                return None
            anchor, new = next(qs), next(qs)
            edits.append(("before" if m.group("rel") in ("前", "上", "左") else "after", anchor, new))
        return tuple(edits)
    return None


def _split_top(text: str, sep: str, keep: str) -> list[str]:
    parts = text.split(sep)
    return [p + keep if k < len(parts) - 1 else p for k, p in enumerate(parts)]

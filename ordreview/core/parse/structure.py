"""The structure pass: lines of a document → title, 目次, 章/節, 条/項/号, 附則, 別表.

One forward pass over the lines with a small look-ahead. Each non-blank line is placed in
exactly one top-level region (title, preamble line, 目次 entry, division heading, article,
附則, 別表/様式, or unplaced), so no character is ever dropped. Matching runs on the folded
text (``core.text.fold``) so that every span is valid on the original text.

The builders below are private and mutable; :func:`build_structure` freezes them into the
model's values and also returns the text units (paragraph and item sentences with their
pieces of the document) that the term and reference passes scan.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define, render
from ordreview.core.model import (
    AppendedTable,
    Article,
    ArticleNum,
    Division,
    Item,
    NodeRef,
    Notice,
    Paragraph,
    Span,
    SupplProvision,
    TocEntry,
)
from ordreview.core.parse import numbers
from ordreview.core.parse.nodes import ArtB as _ArtB
from ordreview.core.parse.nodes import DivB as _DivB
from ordreview.core.parse.nodes import ItemB as _ItemB
from ordreview.core.parse.nodes import Level as _Level
from ordreview.core.parse.nodes import Line as _Line
from ordreview.core.parse.nodes import ParaB as _ParaB
from ordreview.core.text import KANJI_NUMERAL_CHARS
from ordreview.core.parse.nodes import Piece, Structure, Unit
from ordreview.core.parse.intake import LINE_BREAKS_ARE_REAL, MARKERS_DROPPED, defines, is_bare_term
from ordreview.core.parse.nodes import SupplB as _SupplB
from ordreview.core.text import fold

UNPLACED = define(
    "parse.unplaced",
    ja="条文の構造に位置付けられない行があります: 「{excerpt}」",
    en="A line could not be placed in the structure of the ordinance: “{excerpt}”",
)
AMENDMENT_NOTE = define(
    "parse.amendment_note",
    ja="改正経過の注記は見出しとして扱わず、{article}に含めました: {note}",
    en="An amendment note is not a caption; it was kept with {article}: {note}",
)
ITEM_GAP = define(
    "parse.item_gap",
    ja="{article}で号等の番号が飛んでいます: {prev} の次が {title}",
    en="Item numbering skips in {article}: {title} follows {prev}",
)
NO_ARTICLE = define(
    "parse.no_article",
    ja="条（第N条）が一つも見つかりません。",
    en="No article (第N条) was found.",
)

_WS = " \t\r\u3000"
_CAPTION_RE = lazy_compile(r"\(\s*((?:[^()]|\([^()]{0,40}\)){1,60}?)\s*\)")
_ERA = r"(?:明治|大正|昭和|平成|令和|明|大|昭|平|令)"
_NOTE_RE = lazy_compile(
    rf"^(?:{_ERA}\s*[0-9〇一二三四五六七八九十元]+.*(?:条例|規則|告示|訓令|規程|条|規|告|訓)|"
    r".*・\s*(?:一部改正|追加|全部改正|全改|削除|繰下|繰上|旧)).*$"
)
_SUPPL_RE = lazy_compile(r"([附付]\s*則)\s*(?:\(\s*([^()]*?)\s*\))?\s*(?:抄)?\s*$")
_TABLE_RE = lazy_compile(
    rf"(?:別表|様式|別記|別紙)(?:\s*第\s*{numbers.NUM}(?:\s*の\s*{numbers.NUM})*)?(?:\s*号)?(?=\s|\(|$)"
)
# a 目次 entry whose range dash a PDF viewer's copy moved to the front: 「― 第一章 総則（第一条 第三条）」
_TOC_DASH_FRONT = lazy_compile(r"^[—\-–]\s*(?=第)")
_TOC_DASH_LINE = lazy_compile(r"\s*[―－—‐\-–]\s*")
# a range dash a PDF copy set after the 第 of the range's end: 「（第 1 条 第― 4 条）」
_TOC_SWAPPED_DASH = lazy_compile(r"第(\s*)([―－—‐\-–])(\s*)(?=[0-9０-９〇一二三四五六七八九十百])")
_TOC_RANGE_RE = lazy_compile(
    rf"\(\s*(?P<a>第\s*{numbers.NUM}\s*条(?:\s*の\s*{numbers.NUM})*)\s*"
    rf"(?:(?:[—\-–~〜・、]|から|(?<=\S)\s)\s*(?P<b>第\s*{numbers.NUM}\s*条(?:\s*の\s*{numbers.NUM})*)\s*(?:まで)?)?\s*\)\s*$"
)
# a 柱書 announcing a list: one of these phrases, or a final colon (see _Builder.has_intro)
_CATCH_ALL_ITEM = lazy_compile(r"前\s*(?:各|[0-9]+|[一二三四五六七八九十]+)\s*号に掲げる(?:もの|場合|事項|者|事務|情報)?のほか")
"""The opening of the closing item of a list (「前２号に掲げるもののほか」, folded digits)."""
_SENTENCE_GOES_ON = ("ただし", "この場合", "なお", "また")
"""Openings of a proviso or a further sentence of the same unit, never of an item."""
_NOUN_END = lazy_compile(r"(?:[\u4e00-\u9fff\u30a1-\u30fa\u30fc]|もの)$")
"""An item that ends in a noun (「…を経過しない者」, 「…住所又は居所」, 「…定めるもの」): a list of noun phrases."""
_INTRO_PHRASE_RE = lazy_compile(r"次の各号|次に掲げる|次のいずれか|次のとおり|各号に")
_INTRO_TAIL = 6  # longer than any phrase of _INTRO_PHRASE_RE less one
_LAW_NUM_RE = lazy_compile(rf"(条例|規則)\s*第\s*({numbers.NUM})\s*号")
_ERA_YEAR_RE = lazy_compile(r"(明治|大正|昭和|平成|令和)\s*([0-9]+|[〇一二三四五六七八九十]+|元)\s*年")
_AFTER_NUM_WS = frozenset("の、。にをはがでと及又並若かま中各)")
_SOFT_FOLLOWERS = frozenset("第前同")
_KANA_TOWN = lazy_compile(r"[\u3041-\u309f\u30a1-\u30faー]{2,6}[都道府県市区町村]")
# After 第N条 / 第N章 and a space: a particle that continues a citation (の規定, に規定, 及び,
# から…まで) as opposed to a name that merely starts with hiragana (かほく市, はつかいち市,
# にかほ市, まちづくり…). A one-character particle counts only when no hiragana follows it.
_PARTICLE_LEAD = lazy_compile(
    r"(?:にかかわらず|において|による|により|のうち|から|まで|及び|又は|並びに|若しくは|かつ"
    r"|[のにをはがでと](?![\u3041-\u309f])|[、。中各)])"
)
_ANOTHER_ARTICLE = lazy_compile(rf"第\s*{numbers.NUM}\s*条")
"""第N条 glued to a second 第M条 (「第 19 条第 17 条の募集に応じて…」 in a PDF copy): no citation goes on from an
article to an article, so the first is a heading whose text opens by citing the second, even where the numbers
jump (a draft with a gap in its numbering)."""
_RELATIVE_OPENING = lazy_compile(r"(?:前|同)\s*(?:条|項|号|各)")
"""第N条 glued to 前条, 前項, 同条… (「第 17 条前条の規定による募集に応じて…」 in a PDF copy after a gap in the numbers):
no citation goes on from 第17条 to 前条, so the first is a heading (「第17条前段」 is a citation and stays one)."""
_GLUED_CITATION = lazy_compile(rf"第\s*{numbers.NUM}\s*[項号](?:\s*の\s*{numbers.NUM})*\s*[のにをはがでと及又並若か、]")
# 「　第7条第1号中「…」を加える。」 indented under a 附則 article that amends another ordinance: an
# amending sentence (改め文) quoting that ordinance's provision, not an article of the 附則
_AMENDING_SENTENCE = lazy_compile(rf"(?:第\s*{numbers.NUM}\s*[項号](?:\s*の\s*{numbers.NUM})*\s*)+中")
_DELETED = lazy_compile(r"削除\s*(?:\(.*\))?\s*$")
# 改め文 in a 附則 that amends another ordinance (「…条例の一部を次のように改正する。」 /
# 「第19条第1項中「…」を「…」に改める。」): 第N条 glued to the place amended and 中「 is no heading.
_AMENDING_LINE = lazy_compile(
    rf"(?:第\s*{numbers.NUM}\s*[項号](?:\s*の\s*{numbers.NUM})*)*(?:の見出し|の表)?\s*中\s*[「(]"
)
_DIV_RANK = {kind: rank for rank, kind in enumerate(numbers.DIVISION_KINDS)}
_INTRO_FAMILIES = frozenset({"digit", "kata", "iroha"})
_GLOSSARY_RE = lazy_compile(r"(?:用語|言葉|ことば)の意(?:義|味)|掲げる用語|用語の定義")
_UNMARKED = "unmarked"  # the family of items whose printed number was lost (see unmarked_item)


_TITLE_ENDS = ("条例", "規則", "規程", "条例(案)", "条例（案）", "規則(案)", "規則（案）")


def _continues_title(title: str, line: str) -> bool:
    """True if ``line`` is the second line of a title printed on two lines: the first line is
    not a whole title, and the two together end as one (…に関する法律 + 施行条例)."""
    first = _compact(title)
    rest = line.strip()
    return (bool(rest) and len(rest) <= 24 and "。" not in first + rest and not first.endswith(_TITLE_ENDS)
            and (first + rest).endswith(_TITLE_ENDS) and not rest.startswith(("(", "（", "第")))


def _brackets_closed(text: str) -> bool:
    """True if every （ and 「 of ``text`` is closed (folded text: ( ) for （ ）)."""
    return text.count("(") <= text.count(")") and text.count("「") <= text.count("」")


def _cites_onward(builder: _Builder, line: _Line, key: tuple[int, ...]) -> bool:
    """True when 第N条 glued to 第/前/同 at the start of ``line`` is a citation, not a heading:
    the line is indented (an item whose marker was lost in a web copy: 「　第15条第2項の規定に
    より…」), it is the text of a 号 or 項 whose number stands alone on the line above (a table
    row copied cell by cell), or the number jumps ahead of the next article (第30条 … 第50条第1項に
    規定する…)."""
    if line.cs > line.start and builder.state == "body":
        return True
    art = builder.art
    if art is not None and builder.state == "body" and art.paras:
        # a 号 or 項 number alone on the line above (a table row copied cell by cell): its text
        open_unit = art.stack[-1].last if art.stack else art.paras[-1]
        if not open_unit.pieces and open_unit.start < line.cs:
            return True
    last = builder.last_key
    return bool(last) and builder.state == "body" and key[0] > last[0] + 1


_READING_TABLE = lazy_compile(r"次の表の(?:上欄|左欄|第一欄|第1欄)[^。]*読み?替え")
"""「次の表の上欄に掲げる同法の規定中同表の中欄に掲げる字句は、…下欄に掲げる字句に読み替える」:
the lines below are the rows of a 読替え table (the statute's provision, the words, the new words)."""


def _reading_table_row(builder: _Builder, line: _Line, body: int) -> bool:
    """True when ``line`` is a row of a 読替え table written as text, not an article heading: the
    open paragraph announces the table (``_READING_TABLE``) and what follows the number is two or
    more cells separated by spaces with no sentence (「第四十四条の十七　行政機関の職員　実施機関の
    職員」 cites the statute's article; an article's text is a sentence ending in 。)."""
    art = builder.art
    if art is None or builder.state != "body" or not art.paras:
        return False
    unit = art.stack[-1].last if art.stack else art.paras[-1]
    if not _READING_TABLE.search(builder.joined(art.paras[-1].pieces) + builder.joined(unit.pieces)):
        return False
    rest = builder.folded[body : line.ce]
    said = _BRACKETED.sub("", rest)  # (「法令（条例を含む。）に定めがある場合」: a 。 inside a bracket ends no sentence)
    return "。" not in said and len([c for c in re.split(r"[\s\u3000]+", rest) if c]) >= 2


_BRACKETED = lazy_compile(r"\([^()]*\)")


def _notice(code: str, span: Span | None, **params: object) -> Notice:
    ja, en = render(code, **params)
    return Notice(code=code, message_ja=ja, message_en=en, span=span)


_SPACES = lazy_compile(r"[\s\u3000]+")
_FIRST_ARTICLE = lazy_compile(r"\s*第")


def _compact(text: str) -> str:
    return _SPACES.sub("", text)


_GLUED_FIRST_ITEM = lazy_compile(r"。[ \u3000]*(\(1\)|⑴|一)[ \u3000]+\S")
"""A first item after the 。 of the sentence that leads to it, on the same line."""
_SECOND_ITEM = {"(1)": "(2)", "⑴": "⑵", "一": "二"}
_OPENS_UNIT = lazy_compile(r"第|\(|[0-9]|[一二三四五六七八九十]+[ \u3000]|[⑴-⒇]|[ア-ン][ \u3000]")
"""The start of a line that opens a unit (article, caption, paragraph, item), not a wrapped line's rest."""


class _ArticleHead(NamedTuple):
    """An article heading read from a line."""

    caption: tuple[str, Span] | None  # a caption on the same line, before the number
    num: str
    key: tuple[int, ...]  # for ordering: 34_2 → (34, 2)
    title: str
    title_end: int
    body: int  # where the first paragraph's text starts
    deleted: bool


class _DivisionHead(NamedTuple):
    """A 章/節/款/目 heading read from a line."""

    kind: str
    num: str
    title: str
    caption: str


class _Builder:
    """Mutable state of the single pass; see :func:`build_structure`."""

    def __init__(self, text: str, *, assume_lost: bool = False) -> None:
        self.assume_lost = assume_lost
        self.breaks_real = LINE_BREAKS_ARE_REAL.get()  # (a PDF text whose layout lines were joined)
        self.text = text
        self.folded = fold(text)
        self.lines = self._split_lines()
        self.spaced = re.search(r"第\s+[0-9]+\s+条", self.folded) is not None
        self.title = ""
        self.title_span: Span | None = None
        self.preamble: list[tuple[str, Span]] = []
        self.toc: list[TocEntry] = []
        self.divisions: list[_DivB] = []
        self.div_stack: list[_DivB] = []
        self.articles: list[_ArtB] = []
        self.suppls: list[_SupplB] = []
        self.tables: list[list[int]] = []  # [start, heading_end, end]
        self.notices: list[Notice] = []
        self.unplaced: list[Span] = []
        self.state = "head"  # head, toc, body, suppl, table
        self.art: _ArtB | None = None
        self.caption: str | None = None  # current (common) caption
        self.pending_caption: tuple[str, Span] | None = None
        self.pending_start: int | None = None  # start of notes/caption before an article
        self.pending_notes: list[Span] = []
        self.pending_lines: list[_Line] = []  # the caption and note lines above
        self.last_key: tuple[int, ...] = ()
        self.unmarked_widths: dict[int, int] = {}  # id(item list) → indentation of its unmarked items
        self.unmarked_by_article: dict[int, list] = {}  # id(article) → [article, count, first line]
        self._intro_cache: dict[int, tuple[int, bool, str, str]] = {}
        self._next_nonblank: list[int | None] | None = None
        self.toc_dash: _Line | None = None  # a 目次 range dash on a line of its own, for the entry below

    # ------------------------------------------------------------------ lines

    def _split_lines(self) -> list[_Line]:
        lines: list[_Line] = []
        pos = 0
        for raw in self.text.split("\n"):
            end = pos + len(raw)
            stripped_left = len(raw) - len(raw.lstrip(_WS))
            stripped_right = len(raw.rstrip(_WS))
            cs = pos + stripped_left
            ce = pos + stripped_right
            lines.append(_Line(pos, end, cs, max(cs, ce)))
            pos = end + 1
        return self._split_glued_first_items(lines)

    def _split_glued_first_items(self, lines: list[_Line]) -> list[_Line]:
        """A first item glued onto the end of its lead sentence (「…記載しなければならない。（１）　第24条…」), with
        the second item on the next line: two lines, so the list starts at its first item (a slip of typing, or
        a copy that joined the lines). Only when the next non-blank line opens with the second item's marker."""
        out: list[_Line] = []
        for i, line in enumerate(lines):
            m = _GLUED_FIRST_ITEM.search(self.folded, line.cs, line.ce)
            if m is not None:
                second = _SECOND_ITEM[m.group(1)]
                # the next line that starts a unit of its own; in a hard-wrapped copy the first item's words
                # run on over a line or two first (lines that open with no marker at all)
                following = None
                for ln in (ln for ln in lines[i + 1 : i + 6] if ln.ce > ln.cs):
                    if self.folded.startswith(second, ln.cs) or _OPENS_UNIT.match(self.folded, ln.cs, ln.ce):
                        following = ln
                        break
                if following is not None and self.folded.startswith(second, following.cs):
                    split = m.start(1)
                    out.append(_Line(line.start, split, line.cs, m.start() + 1))
                    out.append(_Line(split, line.end, split, line.ce))
                    continue
            out.append(line)
        return out

    def content(self, line: _Line) -> str:
        return self.folded[line.cs : line.ce]

    # ------------------------------------------------------------------ recognisers

    def match_article(self, line: _Line, *, strict: bool = True) -> _ArticleHead | None:
        """Read an article heading at the start of ``line`` (with a caption before it)."""
        f = self.folded
        pos = line.cs
        if f[pos] not in "第(":
            return None
        caption = None
        m = _CAPTION_RE.match(f, pos, line.ce)
        if m and _FIRST_ARTICLE.match(f, m.end(), line.ce) and not numbers.item_markers(f, pos):
            caption = (_compact(self.text[m.start(1) : m.end(1)]), Span(m.start(), m.end()))
            pos = m.end()
            while pos < line.ce and f[pos] in _WS:
                pos += 1
        rm = numbers.ARTICLE_RANGE_RE.match(f, pos, line.ce)
        if rm:
            rest = f[rm.end() : line.ce].strip()
            if rest.startswith("削除"):
                a = numbers.egov_num(rm.group("a"), rm.group("ab"))
                b = numbers.egov_num(rm.group("b"), rm.group("bb"))
                if a and b:
                    return _ArticleHead(caption, f"{a}:{b}", tuple(int(x) for x in a.split("_")),
                                        _compact(self.text[pos : rm.end()]), rm.end(), rm.end(),
                                        True)
        m = numbers.ARTICLE_RE.match(f, pos, line.ce)
        if not m:
            return None
        num = numbers.egov_num(m.group("num"), m.group("branch"))
        if num is None:
            return None
        key = tuple(int(x) for x in num.split("_"))
        end = body = m.end()
        # Is this 第N条 a heading, or a citation at the start of a wrapped line? After the
        # number, a particle (の、に…) means a citation; 第/前/同 (第N条第2項, 前条…) may
        # start an article's text only when the number moves forward; text glued to the
        # number (第1条この条例は) is accepted in spaced-out text or when it moves forward.
        if (strict and self.state == "suppl" and self.art is not None and self.art.in_suppl
                and key[0] > self.art.key[0] + 1 and self.amends_another()):
            return None  # 「第20条の次に次の1条を加える。」: the article added to the instrument amended
        later = key > self.last_key or self.state == "suppl" or not strict
        if end < line.ce:
            while body < line.ce and f[body] in _WS:
                body += 1
            nxt = f[body]
            if nxt in _AFTER_NUM_WS and not (
                body > end and (_KANA_TOWN.match(f, body, line.ce) or not _PARTICLE_LEAD.match(f, body, line.ce))
            ):
                return None  # (第2条　かわせ村は… is an article: a kana town name, not a particle)
            if _reading_table_row(self, line, body):
                return None  # a 読替え table's row citing the statute's article
            if nxt in "|｜¦":
                return None  # 「第四十四条の九｜国と｜町と」: a table's cell rule after the number, never a heading
            if nxt in _SOFT_FOLLOWERS and not later and (self.spaced or body == end):
                return None
            if (nxt in _SOFT_FOLLOWERS and body == end and strict and _cites_onward(self, line, key)
                    and not _ANOTHER_ARTICLE.match(f, body, line.ce) and not _RELATIVE_OPENING.match(f, body, line.ce)):
                return None
            if (body > end and nxt == "第" and strict and self.state == "body" and self.last_key
                    and key[0] > self.last_key[0] + 1 and _GLUED_CITATION.match(f, body, line.ce)):
                # 「…（昭和 22 年法律第 67 号）」 then 「第 244 条の 2 第 3 項に規定する…」 on the next
                # line of spaced PDF text: a citation wrapped at its start, far ahead of the
                # articles read so far and going on with a 項 or 号 and a particle
                return None
            if body == end and _GLUED_CITATION.match(f, body, line.ce):
                return None  # 第31条第1項の基準に従い… at the start of a hard-wrapped line: a citation
            if self.state == "suppl" and _AMENDING_LINE.match(f, body, line.ce):
                return None  # 第19条第1項中「…」を「…」に改める。: an 改め文 of the 附則's paragraph
            if (body == end and self.state == "suppl" and _AMENDING_SENTENCE.match(f, body, line.ce)
                    and (line.cs > line.start or self.amends_another())):
                return None  # 第7条第1号中… under a 附則 article amending another ordinance
            if body == end and nxt == "(":
                cm = _CAPTION_RE.match(f, body, line.ce)
                if cm is not None and _PARTICLE_LEAD.match(f, cm.end(), line.ce):
                    return None  # 「第3条（廃棄）の規定による」 at a wrapped line's start: a citation
            if body == end and not (later or self.spaced) and not self._caption_follows(f, body, line.ce):
                return None
        if caption is None and body == end and (self._caption_follows(f, body, line.ce)
                                                or (later and self._caption_ends_line(f, body, line.ce))):
            # the caption after the number (「第5条（個人情報ファイル簿の作成及び公表）　実施機関は、…」)
            cm = _CAPTION_RE.match(f, body, line.ce)
            caption = (_compact(self.text[cm.start(1) : cm.end(1)]), Span(cm.start(), cm.end()))
            body = cm.end()
            while body < line.ce and f[body] in _WS:
                body += 1
        deleted = _DELETED.match(f, body, line.ce) is not None
        return _ArticleHead(caption, num, key, _compact(self.text[pos:end]), end, body, deleted)

    @staticmethod
    def _caption_ends_line(f: str, pos: int, end: int) -> bool:
        """True if a caption in brackets follows the number and ends the line, the text on the lines
        after (「第二条（言葉の意味）」, then 「　この条例で…」): the heading of an article whose number moves
        forward (a citation wrapped after 「第3条（廃棄）」 goes on with a particle and a number not ahead)."""
        m = _CAPTION_RE.match(f, pos, end)
        if m is None or "。" in m.group(1):  # (「（開示、訂正及び利用停止を求めること）」 lists with 、)
            return False
        rest = m.end()
        while rest < end and f[rest] in _WS:
            rest += 1
        return rest >= end

    @staticmethod
    def _caption_follows(f: str, pos: int, end: int) -> bool:
        """True if a caption in brackets follows the number, then a space and the article's text
        (「第18条（契約の締結）　実施機関は、…」, the layout with the caption after the number): a
        heading even where the number does not move forward (a duplicated number), never a
        citation (「第18条（…）の規定により」 goes on with a particle, not a space)."""
        m = _CAPTION_RE.match(f, pos, end)
        if m is None or m.end() >= end or f[m.end()] not in _WS:
            return False
        rest = m.end()
        while rest < end and f[rest] in _WS:
            rest += 1
        return rest < end and "、" not in m.group(1) and "。" not in m.group(1)

    def amends_another(self) -> bool:
        """True if the open 附則 article announces the amendment of another instrument
        (「…の一部を次のように改正する。」): the lines below it are its amending sentences."""
        art = self.art
        if art is None or not art.in_suppl or not art.paras:
            return False
        return any("次のように改正する" in self.joined(p.pieces) for p in art.paras)

    def match_division(self, line: _Line) -> _DivisionHead | None:
        """Read a 章/節/款/目 heading (``第5章の2　非識別加工情報の提供``)."""
        f = self.folded
        m = numbers.DIVISION_RE.match(f, line.cs, line.ce)
        if not m:
            return None
        rest_start = m.end()
        rest = f[rest_start : line.ce]
        if rest and rest[0] not in _WS:
            if rest[0] in numbers.CITATION_FOLLOWERS or rest[0] in _AFTER_NUM_WS or "。" in rest:
                return None
        stripped = rest.strip()
        if "。" in stripped or len(stripped) > 60:
            return None
        if stripped[:1] in _AFTER_NUM_WS and (rest == stripped or _PARTICLE_LEAD.match(stripped)):
            return None  # (第5章　かほく市個人情報保護審議会 is a heading: a name, not a particle)
        num = numbers.egov_num(m.group("num"), m.group("branch"))
        if num is None:
            return None
        cap_start = rest_start + len(rest) - len(rest.lstrip(_WS))
        return _DivisionHead(m.group("kind"), num, _compact(self.text[line.cs : m.end()]),
                             self.text[cap_start : line.ce])

    def caption_line(self, line: _Line) -> str | None:
        """The caption text if the whole line is one bracketed caption."""
        m = _CAPTION_RE.fullmatch(self.folded, line.cs, line.ce)
        if not m:
            return None
        marker = numbers.item_markers(self.folded, line.cs)
        if marker and line.cs + len(marker[0].title) >= line.ce:
            return None  # (1) or (ア) alone on its line is an item number (a copied table cell)
        return _compact(self.text[m.start(1) : m.end(1)])

    def is_note(self, line: _Line) -> bool:
        m = _CAPTION_RE.fullmatch(self.folded, line.cs, line.ce)
        return bool(m and _NOTE_RE.match(m.group(1)))

    def next_nonblank(self, index: int) -> int | None:
        if self._next_nonblank is None:  # one backward pass, not a scan per call
            table: list[int | None] = [None] * (len(self.lines) + 1)
            following: int | None = None
            for j in range(len(self.lines) - 1, -1, -1):
                table[j + 1] = following
                if self.lines[j].cs < self.lines[j].ce:
                    following = j
            table[0] = following
            self._next_nonblank = table
        return self._next_nonblank[index + 1] if -1 <= index < len(self.lines) else None

    def caption_precedes_article(self, index: int) -> bool:
        j = self.next_nonblank(index)
        while j is not None and self.is_note(self.lines[j]):
            j = self.next_nonblank(j)
        return j is not None and self.match_article(self.lines[j], strict=False) is not None

    # ------------------------------------------------------------------ main loop

    def run(self) -> None:
        for index, line in enumerate(self.lines):
            if line.cs >= line.ce:
                continue
            self.place(index, line)
        if self.toc_dash is not None:
            self.unplace(self.toc_dash)
        self.close_pending()
        self.promote_title()

    def place(self, index: int, line: _Line) -> None:
        c = self.content(line)
        if self.pending_lines and not (
            self.is_note(line) or self.caption_line(line) is not None
            or self.match_article(line, strict=False) is not None
        ):
            self.flush_pending()  # captions and notes are only held for an article right below
        if self.state == "toc":
            if self.toc_line(line, c):
                return
            self.state = "head"
        if self.state == "table":
            if _SUPPL_RE.fullmatch(c):
                self.start_suppl(line)
            elif _TABLE_RE.match(c):
                self.start_table(line)
            else:
                self.tables[-1][2] = line.ce
            return
        if self.state == "head" and _compact(c) == "目次" and not self.toc:
            self.preamble.append((self.text[line.cs : line.ce], Span(line.cs, line.ce)))
            self.state = "toc"
            return
        if _SUPPL_RE.fullmatch(c):
            self.start_suppl(line)
            return
        if _TABLE_RE.match(c) and self.state != "head":
            self.start_table(line)
            return
        art = self.match_article(line)
        if art is not None:
            self.start_article(line, art)
            return
        div = self.match_division(line) if self.state != "suppl" else None
        if div is not None:
            self.start_division(line, div)
            return
        if self.is_note(line):
            self.note(line)
            return
        caption = self.caption_line(line)
        if caption is not None and self.caption_precedes_article(index):
            self.pending_caption = (caption, Span(line.cs, line.ce))
            self.pending_lines.append(line)
            if self.pending_start is None:
                self.pending_start = line.cs
            return
        if self.pending_lines:
            self.flush_pending()
        if caption is not None and self.caption_after_heading(line, caption):
            return
        if self.deleted_after_heading(line):
            return
        self.fallback(line, caption)

    def deleted_after_heading(self, line: _Line) -> bool:
        """「削除」 on the line below an article number that stood alone (a 例規集 web page that
        sets the number apart): the article is deleted, as 「第7条　削除」 on one line would be."""
        art = self.art
        if (art is None or art.deleted or art.paras or self.state not in ("body", "suppl")
                or self.text[art.title_end : line.cs].strip(_WS + "\n")
                or not _DELETED.fullmatch(self.folded, line.cs, line.ce)):
            return False
        art.deleted = True
        art.extra_end = line.ce
        return True

    def caption_after_heading(self, line: _Line, caption: str) -> bool:
        """A caption printed below its article's number (a 例規集 web page that sets 「第1条」
        apart as its own block, then 「（目的）」, then the text): the bracketed line right
        after a heading that stood alone on its line is that article's caption, never its text.
        It replaces a 共通見出し the article would otherwise have inherited."""
        art = self.art
        if (art is None or art.deleted or art.paras or art.caption_span is not None
                or self.text[art.title_end : line.cs].strip(_WS + "\n")):
            return False
        art.caption = caption
        art.caption_span = Span(line.cs, line.ce)
        art.extra_end = max(art.extra_end, line.ce)  # (the article covers its caption, even with no text after it)
        self.caption = caption
        return True

    def flush_pending(self) -> None:
        """A caption that turned out not to head an article is ordinary text after all."""
        lines = self.pending_lines
        self.reset_pending()
        for line in lines:
            if self.is_note(line) and self.art is not None:
                self.note(line)
            elif self.is_note(line):
                if not self.suppl_note(Span(line.cs, line.ce)):
                    self.unplace(line)
            else:
                self.fallback(line, self.caption_line(line))

    def reset_pending(self) -> None:
        self.pending_caption = None
        self.pending_notes = []
        self.pending_start = None
        self.pending_lines = []

    def fallback(self, line: _Line, caption: str | None) -> None:
        """Place a line that is no heading: title, preamble, 附則 text, continuation, or unplaced."""
        if self.state == "head":
            self.head_line(line)
            return
        if self.state == "suppl" and self.art is None:
            suppl = self.suppls[-1]
            if caption is not None:
                suppl.extra_end = line.ce  # a 項 caption of a 附則 written with 項 only
                return
            if suppl.body is None:
                suppl.body = _ArtB(num="", title="", key=(), start=line.cs, title_end=line.cs,
                                   in_suppl=True)
            self.body_line(suppl.body, line)
            return
        if self.art is not None:
            self.body_line(self.art, line)
            return
        self.unplace(line)

    # ------------------------------------------------------------------ head, toc

    def head_line(self, line: _Line) -> None:
        text = self.text[line.cs : line.ce]
        span = Span(line.cs, line.ce)
        c = self.content(line)
        is_number_line = _LAW_NUM_RE.search(c) is not None or _ERA_YEAR_RE.match(c) is not None
        if not self.title and not self.preamble and not is_number_line:
            self.title = text
            self.title_span = span
            return
        if (self.title and not self.preamble and not is_number_line and self.title_span is not None
                and _continues_title(self.title, c)):
            # a title printed on two lines (…の保護に関する法律 / 施行条例)
            self.title = _compact(self.title) + c.strip()
            self.title_span = Span(self.title_span.start, line.ce)
            return
        self.preamble.append((text, span))

    def promote_title(self) -> None:
        """A 公布文 first line (…を公布する。) gives way to the ordinance's name below it."""
        if not self.title.endswith("。"):
            return
        for i, (text, span) in enumerate(self.preamble):
            folded = fold(text)
            if (text.endswith(("条例", "規則", "条例（案）", "条例(案)")) and "。" not in text
                    and not _LAW_NUM_RE.search(folded) and _compact(text) != "目次"):
                assert self.title_span is not None
                old = (self.title, self.title_span)
                self.title, self.title_span = text, span
                self.preamble[i : i + 1] = []
                self.preamble = sorted([*self.preamble, old], key=lambda p: p[1].start)
                return

    def toc_line(self, line: _Line, c: str) -> bool:
        """Take ``line`` as a 目次 entry; False when the 目次 has ended.

        A line holding only a dash is the range dash of the entry below it, put on a line of its
        own by a PDF read in content-stream order (「―」 / 「第一章　総則（第一条　第三条）」): it
        joins that entry."""
        if _TOC_DASH_LINE.fullmatch(c):
            if self.toc_dash is not None:
                self.unplace(self.toc_dash)
            self.toc_dash = line
            return True
        dash, self.toc_dash = self.toc_dash, None
        if self.match_article(line, strict=False) is not None or self.caption_line(line):
            if dash is not None:
                self.unplace(dash)
            return False
        c = _TOC_DASH_FRONT.sub("", c)
        div = numbers.DIVISION_RE.match(c)
        title = ""
        if div is not None:
            title = _compact(c[: div.end()])
            if self.toc and self.toc[0].division_title == title:
                if dash is not None:
                    self.unplace(dash)
                return False
        elif _SUPPL_RE.fullmatch(c):
            title = _compact(_SUPPL_RE.fullmatch(c).group(1))
        elif "。" in c or len(c) > 60:
            if dash is not None:
                self.unplace(dash)
            return False
        first = last = None
        c = _TOC_SWAPPED_DASH.sub(r"\2\1第\3", c)
        m = _TOC_RANGE_RE.search(c)
        if m:
            am = numbers.ARTICLE_RE.match(m.group("a"))
            first = numbers.egov_num(am.group("num"), am.group("branch")) if am else None
            last = first
            if m.group("b"):
                bm = numbers.ARTICLE_RE.match(m.group("b"))
                last = numbers.egov_num(bm.group("num"), bm.group("branch")) if bm else None
        if not title:
            title = _compact(c[: m.start()] if m else c)
        start = dash.cs if dash is not None else line.cs
        self.toc.append(
            TocEntry(
                text=self.text[start : line.ce],
                span=Span(start, line.ce),
                division_title=title,
                first=ArticleNum(first) if first else None,
                last=ArticleNum(last) if last else None,
            )
        )
        return True

    # ------------------------------------------------------------------ openers

    def close_pending(self) -> None:
        """Leftover caption or notes with no article after them are unplaced (a note right
        under a 附則 heading stays with that 附則)."""
        if self.pending_caption is not None:
            self.unplace_span(self.pending_caption[1])
        for span in self.pending_notes:
            if not self.suppl_note(span):
                self.unplace_span(span)
        self.reset_pending()

    def suppl_note(self, span: Span) -> bool:
        """Keep an amendment note with the 附則 whose heading it follows, before any article of
        it (「附　則」 / 「（平29条例5・一部改正）」 / 「この条例は、…」): the note lies inside the
        附則's span, so it is part of the 附則, never unplaced text inside it. False outside a
        附則 or once one of its articles has begun."""
        if self.state != "suppl" or self.art is not None or not self.suppls:
            return False
        suppl = self.suppls[-1]
        if suppl.articles:
            return False
        suppl.extra_end = max(suppl.extra_end, span.end)
        self.notices.append(_notice(AMENDMENT_NOTE, span, article="附則", note=span.slice(self.text)))
        return True

    def start_article(self, line: _Line, found: _ArticleHead) -> None:
        caption_span = None
        if found.caption is not None and self.pending_caption is not None:
            self.flush_pending()  # the line above was no caption of this article after all
        start = line.cs
        if found.caption is not None:
            self.caption, caption_span = found.caption
        elif self.pending_caption is not None:
            self.caption, caption_span = self.pending_caption
        if self.pending_start is not None:
            start = self.pending_start
        notes = self.pending_notes
        self.reset_pending()
        if self.state in ("head", "toc"):
            self.state = "body"
        art = _ArtB(
            num=found.num,
            title=found.title,
            key=found.key,
            start=start,
            title_end=found.title_end,
            caption=self.caption,
            caption_span=caption_span,
            deleted=found.deleted,
            in_suppl=self.state == "suppl",
        )
        self.art = art
        for span in notes:
            self.notices.append(
                _notice(AMENDMENT_NOTE, span, article=art.title, note=span.slice(self.text))
            )
        if art.in_suppl:
            self.suppls[-1].articles.append(art)
        else:
            self.last_key = max(self.last_key, art.key)
            art.chapter = self.div_stack[-1].key if self.div_stack else None
            art.div = self.div_stack[-1] if self.div_stack else None
            for div in self.div_stack:
                div.articles.append(art)
            self.articles.append(art)
        if art.deleted:
            art.extra_end = line.ce
        elif found.body < line.ce:
            art.paras.append(_ParaB(num=1, printed=None, start=found.body,
                                    pieces=[(found.body, line.ce)]))

    def start_division(self, line: _Line, found: _DivisionHead) -> None:
        self.close_pending()
        self.art = None
        self.caption = None
        if self.state in ("head", "toc"):
            self.state = "body"
        rank = _DIV_RANK[found.kind]
        while self.div_stack and _DIV_RANK[self.div_stack[-1].kind] >= rank:
            self.div_stack.pop()
        parent = self.div_stack[-1] if self.div_stack else None
        key = found.num if parent is None else f"{parent.key}.{found.num}"
        div = _DivB(
            kind=found.kind,
            num=found.num,
            key=key,
            title=found.title,
            caption=found.caption,
            start=line.cs,
            heading_end=line.ce,
            parent=parent.key if parent else None,
            parent_div=parent,
        )
        self.divisions.append(div)
        self.div_stack.append(div)

    def start_suppl(self, line: _Line) -> None:
        self.close_pending()
        m = _SUPPL_RE.fullmatch(self.folded, line.cs, line.ce)
        amend = None
        if m and m.group(2):
            amend = self.text[m.start(2) : m.end(2)]
        label = self.text[line.cs : m.end(1)] if m else self.text[line.cs : line.ce]
        self.suppls.append(_SupplB(label=label, amend=amend, start=line.cs, heading_end=line.ce))
        self.state = "suppl"
        self.art = None
        self.caption = None
        self.div_stack = []
        self.last_key = ()

    def start_table(self, line: _Line) -> None:
        self.close_pending()
        self.tables.append([line.cs, line.ce, line.ce])
        self.state = "table"
        self.art = None
        self.caption = None
        self.div_stack = []

    def note(self, line: _Line) -> None:
        span = Span(line.cs, line.ce)
        if self.art is not None and self.pending_caption is None and self.pending_start is None:
            self.art.extra_end = line.ce
            self.notices.append(
                _notice(AMENDMENT_NOTE, span, article=self.art.title or "附則",
                        note=span.slice(self.text))
            )
            return
        if self.pending_start is None:
            self.pending_start = line.cs
        self.pending_notes.append(span)
        self.pending_lines.append(line)

    def unplace(self, line: _Line) -> None:
        self.unplace_span(Span(line.cs, line.ce))

    def unplace_span(self, span: Span) -> None:
        self.unplaced.append(span)
        excerpt = span.slice(self.text)
        if len(excerpt) > 30:
            excerpt = excerpt[:30] + "…"
        self.notices.append(_notice(UNPLACED, span, excerpt=excerpt))

    # ------------------------------------------------------------------ inside an article

    def body_line(self, art: _ArtB, line: _Line) -> None:
        """Place a line of an article's body: the next item of an open list, a new paragraph,
        the first item of a new list, an item after lost numbers, an unmarked item, or (none of
        these) a continuation of the innermost open unit."""
        pos = line.cs
        para = art.paras[-1] if art.paras else None
        cands = numbers.item_markers(self.folded, pos)
        pnum = self.line_paragraph_number(art, para, cands, pos)
        para_ok = pnum is not None and (
            (para is not None and pnum[0] == para.num + 1) or (para is None and pnum[0] == 1)
        )
        if para is not None and self.next_item(art, cands, line):
            return
        if para_ok:
            assert pnum is not None
            self.new_paragraph(art, line, pnum)
            return
        if self.repeated_paragraph(art, para, pnum, cands, line):
            assert pnum is not None and para is not None
            self.new_paragraph(art, line, (para.num + 1, pnum[1]))  # counted in place; printed as written
            return
        if para is not None and (self.first_item(art, para, cands, line) or self.item_after_gap(art, cands, line)):
            return
        if para is not None and cands and self.marked_after_unmarked(art, cands, line):
            return
        if para is not None and not cands and pnum is None and self.unmarked_item(art, para, line):
            return
        # a line with no marker continues the innermost open unit
        if para is None:
            art.paras.append(_ParaB(num=1, printed=None, start=line.cs,
                                    pieces=[(line.cs, line.ce)]))
            return
        target = art.stack[-1].last.pieces if art.stack else para.pieces
        target.append((line.cs, line.ce))

    @staticmethod
    def repeated_paragraph(art: _ArtB, para: _ParaB | None, pnum: tuple[int, int] | None,
                           cands: list[numbers.Marker], line: _Line) -> bool:
        """The line repeats the open paragraph's printed number after that paragraph's item list
        (1, 2 with ⑴–⑷, then 2 again): a line printed flush with a bare 項 number after a 号
        list is the next paragraph whatever its number says, not more words of the last item
        (the numbering check reports the repeated number; read as the item's words, every
        「前項」「前2項」 of that paragraph would point at the wrong provisions)."""
        if pnum is None or para is None or not art.stack or pnum[0] != para.num:
            return False
        if line.cs != line.start:
            return False  # (項 numbers are printed at the start of the line; an indented line is an item's)
        families = {level.family for level in art.stack}
        return not any(c.family in families for c in cands)

    def line_paragraph_number(self, art: _ArtB, para: _ParaB | None, cands: list[numbers.Marker],
                              pos: int) -> tuple[int, int] | None:
        """The paragraph number (number, printed length) the line starts with, if any."""
        pnum = numbers.paragraph_number(self.folded, pos)
        if pnum is None and not art.num and cands and cands[0].family == "kanji":
            pnum = (cands[0].number, cands[0].length)  # 附則 paragraphs numbered 一, 二
        elif pnum is None and para is not None and not art.stack and cands:
            pnum = self.kanji_paragraph(art, para, cands)
        return pnum

    def next_item(self, art: _ArtB, cands: list[numbers.Marker], line: _Line) -> bool:
        """The line carries the next number (or next branch number) of an open list."""
        for depth in range(len(art.stack) - 1, -1, -1):
            level = art.stack[depth]
            for cand in cands:
                if cand.family != level.family:
                    continue
                last = level.last
                if ((not cand.branch and cand.number == last.number + 1)
                        or (cand.branch and cand.number == last.number
                            and cand.branch == (last.branch or 1) + 1)):
                    self.add_item(art, depth, cand, line)
                    return True
        return False

    def new_paragraph(self, art: _ArtB, line: _Line, pnum: tuple[int, int]) -> None:
        """Open the next paragraph of the article; it closes every open list."""
        pos = line.cs
        printed = self.text[pos : pos + pnum[1]].rstrip(_WS)
        body = pos + pnum[1]
        new = _ParaB(num=pnum[0], printed=printed, start=pos,
                     head_end=line.ce if body >= line.ce else pos)
        if body < line.ce:
            new.pieces.append((body, line.ce))
        art.paras.append(new)
        art.stack = []

    def first_item(self, art: _ArtB, para: _ParaB, cands: list[numbers.Marker], line: _Line) -> bool:
        """The line opens a new, deeper list with its first item."""
        families = {level.family for level in art.stack}
        parent_pieces = art.stack[-1].last.pieces if art.stack else para.pieces
        for cand in cands:
            if cand.number != 1 or cand.branch or cand.family in families:
                continue
            # a bare 1 (and ア/イ directly under a paragraph) opens a list only after a
            # 柱書 that announces one (次の各号…, 次に掲げる…, ：)
            needs_intro = cand.family == "digit" or (
                not art.stack and cand.family in _INTRO_FAMILIES)
            if needs_intro and not self.has_intro(parent_pieces):
                continue
            self.add_item(art, len(art.stack), cand, line)
            return True
        return False

    def item_after_gap(self, art: _ArtB, cands: list[numbers.Marker], line: _Line) -> bool:
        """The line continues an open list after numbers lost in extraction (or skipped by the
        drafter, which is reported)."""
        for depth in range(len(art.stack) - 1, -1, -1):
            level = art.stack[depth]
            for cand in cands:
                gap = cand.number - level.last.number
                if cand.family == level.family and gap > 1 and (
                        cand.family in numbers.SELF_DELIMITED
                        or (cand.family in ("kata", "iroha", "kanji") and gap <= 3)):
                    if not self.split_lost(art, depth, gap - 1):
                        self.notices.append(_notice(
                            ITEM_GAP, Span(line.cs, line.ce), article=art.title or "附則",
                            prev=level.last.title, title=cand.title))
                    self.add_item(art, depth, cand, line)
                    return True
        return False

    def unmarked_item(self, art: _ArtB, para: _ParaB, line: _Line) -> bool:
        """An indented line without a marker, under a unit that announces a list, is an item
        whose number was lost (a 例規集 page that draws 号 numbers as images or in their own
        table cells, copied as text: the line keeps the space the number left).

        The first such line under a complete 柱書 (次の各号…。 / 次に掲げる…。 / …：) opens a list
        of unmarked items; a line indented like an open unmarked item is its next sibling; a
        deeper one is a sub-item when that item itself announces a list (else a hanging-indent
        continuation). A line starting with kana or punctuation continues the text.
        """
        if line.cs == line.start and not (self.breaks_real and self.unindented_item(art, para, line)):
            return False  # no indentation: a hard-wrapped continuation
        first = self.folded[line.cs]
        if first in "、。)」』":
            return False
        width = sum(2 if self.text[k] == "\u3000" else 1 for k in range(line.start, line.cs))
        widths = self.unmarked_widths
        if "\u3041" <= first <= "\u309f" and not (
            (not art.stack and self.announces(para.pieces))
            or (art.stack and widths.get(id(art.stack[-1].container)) == width)
        ):  # kana continues the text, unless a complete 柱書 announced the list (この条例の…場合)
            return False
        shallower = None  # the outermost unmarked list this line is less indented than
        for depth in range(len(art.stack) - 1, -1, -1):
            level = art.stack[depth]
            w = widths.get(id(level.container))
            if w is None:
                continue  # a marked level: its lines' indentation says nothing about lost numbers
            if width < w:
                shallower = depth
                continue
            if width == w:
                owner = art.stack[depth - 1].last.pieces if depth else para.pieces
                glossary = _GLOSSARY_RE.search(self.own_text(owner)) is not None
                if glossary and is_bare_term(self.own_text(level.last.pieces).strip()):
                    return False  # a defined term alone on the line above: this is its definition
                # a copy without indentation: in a 用語の意義 list, a line that defines nothing
                # under a term that announces its own list is a sub-item; a defining line under
                # such a sub-list is the next term
                here = self.folded[line.cs : line.ce].strip()
                defining = defines(self.folded, ((line.cs, line.ce),)) or is_bare_term(here)
                if glossary and not defining and shallower is None and self.announces(level.last.pieces):
                    self.add_unmarked(art, depth + 1, 1, line, width)
                    return True
                if depth and defining and not glossary:
                    outer_owner = art.stack[depth - 2].last.pieces if depth > 1 else para.pieces
                    if _GLOSSARY_RE.search(self.own_text(outer_owner)):
                        self.add_unmarked(art, depth - 1, art.stack[depth - 1].last.number + 1, line, width)
                        return True
                self.add_unmarked(art, depth, level.last.number + 1, line, width)
                return True
            if width > w:
                if self.announces(level.last.pieces):
                    below = art.stack[depth + 1].last.number + 1 if depth + 1 < len(art.stack) else 1
                    self.add_unmarked(art, depth + 1, below, line, width)
                    return True
                return False
        if shallower is not None:
            # back out of an unmarked sub-list: the next item of the marked list around it
            if shallower == 0:
                return False
            outer = art.stack[shallower - 1]
            owner = art.stack[shallower - 2].last.pieces if shallower > 1 else para.pieces
            if self.announces(owner):
                self.add_unmarked(art, shallower - 1, outer.last.number + 1, line, width)
                return True
            return False
        if art.stack and id(art.stack[-1].container) in widths:
            return False
        if art.stack and not self.announces(art.stack[-1].last.pieces):
            # after a marked item that is complete, in a list the paragraph announced: the next
            # item lost its number ((1) 実施機関… / 　市民… / (3) 本人…)
            level = art.stack[-1]
            own = self.own_text(level.last.pieces).rstrip()
            owner = art.stack[-2].last.pieces if len(art.stack) > 1 else para.pieces
            complete = own.endswith("。") or self.assume_lost  # (a damaged copy: see build_structure)
            # a parenthesis still open (…（平成12年条例第40号。 / 以下「…」という。）…) ends no item:
            # the line below continues it (a soft-wrapped copy indents its continuation lines)
            complete = complete and _brackets_closed(own)
            if complete and self.announces(owner) and not level.last.items and not is_bare_term(own.strip()):
                self.add_unmarked(art, len(art.stack) - 1, level.last.number + 1, line, width)
                return True
            return False
        parent = art.stack[-1].last.pieces if art.stack else para.pieces
        if self.announces(parent):
            if self.wrapped_like(parent, width):
                return False  # indented like the 柱書's own wrapped lines: its next sentence
            self.add_unmarked(art, len(art.stack), 1, line, width)
            return True
        return False

    def unindented_item(self, art: _ArtB, para: _ParaB, line: _Line) -> bool:
        """In a PDF text whose layout lines were joined, a line without indentation under a list
        the 柱書 announced may be an item whose marker the extractor lost: the first line after
        the 柱書, or a line after an item that ended (with 。, or a short noun phrase such as
        「開示請求をする者の氏名及び住所」), or the closing item 「前２号に掲げるもののほか…」.

        Not in a 用語の意義 list (a term set apart from its definition leaves the definition's
        first line short of the page width: the term reader joins those) nor in a list whose
        numbers are printed."""
        here = self.folded[line.cs : line.ce]
        if here.startswith(_SENTENCE_GOES_ON):
            return False  # a proviso or second sentence of the unit above (after a page break)
        owner = art.stack[-2].last.pieces if len(art.stack) > 1 else para.pieces
        if _GLOSSARY_RE.search(self.own_text(owner if art.stack else para.pieces)):
            return False
        if not art.stack:
            return True
        level = art.stack[-1]
        if level.family != _UNMARKED:
            return False
        prev = self.own_text(level.last.pieces).rstrip()
        return (prev.endswith("。") or _CATCH_ALL_ITEM.match(here) is not None
                or (bool(prev) and "。" not in prev and _NOUN_END.search(prev) is not None
                    and not prev.endswith(("及び", "並びに", "又は", "若しくは"))))

    def wrapped_like(self, pieces: list[tuple[int, int]], width: int) -> bool:
        """The unit's text already runs over an indented line of exactly ``width``: a copy that
        indents its soft-wrapped lines (「第5条　…次に掲げる事項を…。」 / 「　　届け出た事項を
        変更しようとするときも、同様とする。」 continues the 柱書, it is no item)."""
        for s, _e in pieces[1:]:
            line_start = self.text.rfind("\n", 0, s) + 1
            lead = self.text[line_start:s]
            if line_start < s and not lead.strip(_WS):
                if sum(2 if ch == "\u3000" else 1 for ch in lead) == width:
                    return True
        return False

    def split_lost(self, art: _ArtB, depth: int, lost: int) -> bool:
        """``(1)…`` / an indented unnumbered line / ``(3)…``: the number skipped by ``lost`` and
        the item before has exactly ``lost`` indented lines of its own after its first one, each
        starting like an item (not with kana or punctuation): they are the items whose numbers
        were lost in copying. Split them off as unnumbered items; False when that does not fit."""
        level = art.stack[depth]
        last = level.last
        if last.items or len(last.pieces) < 2:
            return False
        starts = []
        for n, (s, _e) in enumerate(last.pieces[1:], start=1):
            line_start = self.text.rfind("\n", 0, s) + 1
            first = self.folded[s]
            if (line_start < s and not self.text[line_start:s].strip(_WS)
                    and first not in "、。)」』" and not "\u3041" <= first <= "\u309f"):
                starts.append(n)
        if len(starts) != lost:
            return False
        pieces = last.pieces
        last.pieces = pieces[: starts[0]]
        bounds = [*starts, len(pieces)]
        for k in range(lost):
            own = pieces[bounds[k] : bounds[k + 1]]
            item = _ItemB(number=last.number + 1 + k, family=level.family, branch=0, title="",
                          start=own[0][0], head_end=own[0][0], pieces=list(own))
            level.container.append(item)
            level.last = item
            seen = self.unmarked_by_article.get(id(art))
            if seen is None:
                self.unmarked_by_article[id(art)] = [art, 1, Span(own[0][0], own[0][1])]
            else:
                seen[1] += 1
        del art.stack[depth + 1 :]
        return True

    def marked_after_unmarked(self, art: _ArtB, cands: list[numbers.Marker], line: _Line) -> bool:
        """A marked line continuing a list whose first items lost their numbers (　実施機関… /
        (2) 個人情報…): the next sibling of the innermost unmarked list its number fits."""
        for depth in range(len(art.stack) - 1, -1, -1):
            level = art.stack[depth]
            if level.family != _UNMARKED:
                continue
            for cand in cands:
                if not cand.branch and cand.number == level.last.number + 1:
                    self.add_item(art, depth, cand, line)
                    return True
        return False

    def announces(self, pieces: list[Piece]) -> bool:
        own = self.own_text(pieces).rstrip()
        return bool(own) and (own[-1] == ":" or (own[-1] == "。" and _INTRO_PHRASE_RE.search(own) is not None))

    def add_unmarked(self, art: _ArtB, depth: int, number: int, line: _Line, width: int) -> None:
        family = art.stack[depth].family if depth < len(art.stack) else _UNMARKED
        self.add_item(art, depth, numbers.Marker(family, number, 0, ""), line)
        self.unmarked_widths.setdefault(id(art.stack[depth].container), width)
        seen = self.unmarked_by_article.get(id(art))
        if seen is None:
            self.unmarked_by_article[id(art)] = [art, 1, Span(line.cs, line.ce)]
        else:
            seen[1] += 1

    def kanji_paragraph(self, art: _ArtB, para: _ParaB, cands: list[numbers.Marker]) -> tuple[int, int] | None:
        """二, 三 … as the next paragraph of a main-provision article (some ordinances print 項
        numbers in kanji): only when no item list is open, the paragraph before does not
        announce one (次の各号…, 次に掲げる…) and the earlier paragraphs were not numbered in
        digits."""
        cand = next((c for c in cands if c.family == "kanji" and not c.branch), None)
        if cand is None or cand.number != para.num + 1 or cand.number < 2:
            return None
        if any(p.printed is not None and not all(ch in KANJI_NUMERAL_CHARS for ch in p.printed.strip())
               for p in art.paras[1:]):
            return None  # ２, ３ … so far: a kanji marker here is not the next 項
        if self.has_intro(para.pieces):
            return None
        return cand.number, cand.length

    def add_item(self, art: _ArtB, depth: int, cand: numbers.Marker, line: _Line) -> None:
        body = line.cs + cand.length
        item = _ItemB(number=cand.number, family=cand.family, branch=cand.branch,
                      title=self.text[line.cs : line.cs + len(cand.title)], start=line.cs,
                      head_end=min(body, line.ce))
        if body < line.ce:
            item.pieces.append((body, line.ce))
        if depth < len(art.stack):
            level = art.stack[depth]
            level.container.append(item)
            level.last = item
            del art.stack[depth + 1 :]
        else:
            container = art.stack[-1].last.items if art.stack else art.paras[-1].items
            container.append(item)
            art.stack.append(_Level(cand.family, container, item))

    def own_text(self, pieces: list[Piece]) -> str:
        return "".join(self.folded[s:e] for s, e in pieces)

    def has_intro(self, pieces: list[Piece]) -> bool:
        """The pieces' text names a list (次の各号…) or ends with a colon, computed incrementally as pieces are added.

        A unit's pieces only grow, so each piece is scanned once (with the few characters
        before it, for a phrase split across lines): linear however long the unit is.
        """
        key = id(pieces)
        done, found, tail, last = self._intro_cache.get(key, (0, False, "", ""))
        if done > len(pieces):
            done, found, tail, last = 0, False, "", ""
        for s, e in pieces[done:]:
            chunk = self.folded[s:e]
            if not found:
                found = _INTRO_PHRASE_RE.search(tail + chunk) is not None
            tail = (tail + chunk[-_INTRO_TAIL:])[-_INTRO_TAIL:]
            stripped = chunk.rstrip()
            if stripped:
                last = stripped[-1]
        self._intro_cache[key] = (len(pieces), found, tail, last)
        return found or last in (":", "：")

    # ------------------------------------------------------------------ freezing

    def freeze(self) -> Structure:
        units: list[Unit] = []
        div_spans = {id(d): self.div_span(d) for d in self.divisions}
        articles = []
        next_end = {id(a): b.end() for a, b in zip(self.articles, self.articles[1:])}
        for art in self.articles:
            section = chapter = None
            div = art.div
            while div is not None:
                if div.kind == "章" and chapter is None:
                    chapter = div_spans[id(div)]
                elif div.kind == "節" and section is None:
                    section = div_spans[id(div)]
                div = div.parent_div
            articles.append(self.freeze_article(art, units, chapter=chapter, section=section,
                                                next_end=next_end.get(id(art))))
        suppls = []
        for s in self.suppls:
            s_articles = tuple(self.freeze_article(a, units) for a in s.articles)
            paragraphs: tuple[Paragraph, ...] = ()
            if s.body is not None:
                paragraphs = tuple(
                    self.freeze_para(s.body, p, units, art_span=Span(s.start, s.end()), scopes={})
                    for p in s.body.paras
                )
            suppls.append(SupplProvision(
                label=s.label, amend_law_num=s.amend, articles=s_articles,
                paragraphs=paragraphs, span=Span(s.start, s.end())))
        tables = []
        for start, heading_end, end in self.tables:
            body_start = min(end, heading_end + 1)
            tables.append(AppendedTable(
                title=self.text[start:heading_end],
                text=self.text[body_start:end] if end > heading_end else "",
                span=Span(start, end)))
        divisions = tuple(
            Division(kind=d.kind, num=d.num, key=d.key, title=d.title, caption=d.caption,
                     span=div_spans[id(d)], parent=d.parent,
                     articles=tuple(ArticleNum(a.num) for a in d.articles))
            for d in self.divisions
        )
        notices = list(self.notices)
        for art, count, span in self.unmarked_by_article.values():
            notices.append(_notice(MARKERS_DROPPED, span, article=art.title or "附則", count=count))
        if not self.articles and not any(s.articles for s in self.suppls):
            notices.append(_notice(NO_ARTICLE, None))
        notices.sort(key=lambda n: (n.span.start if n.span else -1))
        return Structure(
            title=self.title,
            title_span=self.title_span,
            preamble=tuple(self.preamble),
            law_num=self.law_num(),
            toc=tuple(self.toc),
            divisions=divisions,
            articles=tuple(articles),
            suppl_provisions=tuple(suppls),
            tables=tuple(tables),
            notices=tuple(notices),
            unplaced=tuple(sorted(self.unplaced)),
            units=tuple(units),
            folded=self.folded,
        )

    def div_span(self, div: _DivB) -> Span:
        end = max([div.heading_end] + [a.end() for a in div.articles])
        return Span(div.start, end)

    def freeze_article(self, art: _ArtB, units: list[Unit], *, chapter: Span | None = None,
                       section: Span | None = None, next_end: int | None = None) -> Article:
        span = Span(art.start, art.end())
        scopes = {"article": span, "chapter": chapter, "section": section,
                  "article+next": Span(span.start, next_end or span.end)}
        paras = tuple(self.freeze_para(art, p, units, art_span=span, scopes=scopes)
                      for p in art.paras)
        return Article(
            num=ArticleNum(art.num),
            title=art.title,
            caption=art.caption,
            caption_span=art.caption_span,
            paragraphs=paras,
            span=span,
            chapter=art.chapter,
            deleted=art.deleted,
            in_suppl=art.in_suppl,
        )

    def freeze_para(self, art: _ArtB, para: _ParaB, units: list[Unit], *, art_span: Span,
                    scopes: dict[str, Span | None]) -> Paragraph:
        span = Span(para.start, para.end())
        article = ArticleNum(art.num) if not art.in_suppl else None
        para_scopes = dict(scopes, paragraph=span)
        para_scopes.setdefault("article", art_span)
        units.append(Unit(NodeRef(article, para.num if article else None), tuple(para.pieces),
                          art.in_suppl, para_scopes))
        items = tuple(
            self.freeze_item(i, units, article=article, para_num=para.num, path=(),
                             scopes=para_scopes, in_suppl=art.in_suppl)
            for i in para.items
        )
        return Paragraph(
            num=para.num,
            printed_num=para.printed,
            text=self.joined(para.pieces),
            span=span,
            items=items,
            proviso=self.proviso(para.pieces),
        )

    def freeze_item(self, item: _ItemB, units: list[Unit], *, article: ArticleNum | None,
                    para_num: int, path: tuple[str, ...], scopes: dict[str, Span | None],
                    in_suppl: bool) -> Item:
        num = f"{item.number}_{item.branch}" if item.branch else str(item.number)
        here = (*path, num)
        span = Span(item.start, item.end())
        item_scopes = dict(scopes, item=span)
        ref = NodeRef(article, para_num, ".".join(here)) if article else NodeRef(None)
        units.append(Unit(ref, tuple(item.pieces), in_suppl, item_scopes))
        return Item(
            num=num,
            title=item.title,
            text=self.joined(item.pieces),
            span=span,
            items=tuple(self.freeze_item(i, units, article=article, para_num=para_num, path=here,
                                         scopes=item_scopes, in_suppl=in_suppl)
                        for i in item.items),
        )

    def joined(self, pieces: list[Piece]) -> str:
        return "".join(self.text[s:e] for s, e in pieces)

    def proviso(self, pieces: list[Piece]) -> Span | None:
        for s, e in pieces:
            at = self.text.find("ただし", s, e)
            if at >= 0:
                return Span(at, pieces[-1][1])
        return None

    def law_num(self) -> str | None:
        era_year = None
        for text, span in self.preamble + ([(self.title, self.title_span)] if self.title else []):
            folded = fold(text)
            ey = _ERA_YEAR_RE.search(folded)
            if ey and era_year is None:
                era_year = f"{ey.group(1)}{ey.group(2)}年"
        for text, _span in self.preamble:
            folded = fold(text)
            m = _LAW_NUM_RE.search(folded)
            if m:
                number = f"{m.group(1)}第{_compact(m.group(2))}号"
                if era_year:
                    return f"{era_year}{number}"
                return _compact(folded[: m.start(1)]) + number
        return None


def build_structure(text: str) -> Structure:
    """Run the structure pass over ``text`` (never raises on well-formed strings)."""
    builder = _Builder(text)
    builder.run()
    if builder.unmarked_by_article:
        # a copy that lost item numbers somewhere: read it again taking every indented line
        # after a marked item of an announced list for an item whose number was lost too
        builder = _Builder(text, assume_lost=True)
        builder.run()
    return builder.freeze()

"""Cross-references: 第N条第K項第J号, ranges, 前条/同項/前各号…, 第N章, and other instruments.

Each unit's joined text is cut into atoms (an article, paragraph, item or division number,
absolute or relative); adjacent atoms of increasing depth form one reference. A reference
is resolved against the containing unit; a missing target stays ``None`` with its kind
(``absolute``/``relative``/``range``) so that integrity checks can report it, while a
reference preceded by a law name (``法``, ``地方自治法``, ``情報公開条例``, a 略称 the
ordinance defines) is ``external``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.instrument import title_is_rule
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Article, ArticleNum, Item, NodeRef, Reference, Term
from ordreview.core.parse import numbers
from ordreview.core.parse.intake import without_stray_spaces
from ordreview.core.parse.joined import Joined
from ordreview.core.parse.structure import Structure, Unit
from ordreview.core.text import fold, municipal_name_start

_N = numbers.NUM
_BRANCH = rf"(?:\s*の\s*{_N}(?![部般体方種層環つ件連員覧括切時]))"
_SUB = r"(?:[アイウエオカキクケコサシスセソロハニホヘト](?![ァ-ヶー]))"
_ATOM = lazy_compile(
    rf"(?P<art>第\s*(?P<an>{_N})\s*条(?P<ab>{_BRANCH}*))(?!例)"
    rf"|(?P<para>第\s*(?P<pn>{_N})\s*項)"
    rf"|(?P<item>第\s*(?P<in>{_N})\s*号(?P<ib>{_BRANCH}*)(?P<isub>{_SUB})?)"
    rf"|(?P<div>第\s*(?P<dn>{_N})\s*(?P<dk>[章節款])(?P<db>{_BRANCH}*))"
    rf"|(?P<rart>(?:前|次|同)条(?!例)|前各条|前\s*(?P<ran>{_N})\s*条)"
    rf"|(?P<rpara>(?:前|次|同)項|前各項|前\s*(?P<rpn>{_N})\s*項)"
    rf"|(?P<ritem>(?:(?:前|次|同)号(?P<rsub>{_SUB})?)|前各号|前\s*(?P<rin>{_N})\s*号)"
)
_LEVEL = {"div": 0, "art": 1, "rart": 1, "para": 2, "rpara": 2, "item": 3, "ritem": 3}
_LAW_SUFFIX = ("法律", "法", "条例", "規則", "政令", "省令", "府令", "令", "規程", "要綱", "告示")
_RANGE_ON = lazy_compile(r"\s*から\s*")
_LIST_JOIN = lazy_compile(
    r"\s*(?:ただし書|本文|前段|後段|柱書|括弧書|かっこ書)?\s*(?:、|・|と|又は|若しくは|及び|並びに|或いは|または|もしくは|および|ならびに|,)?\s*")
"""Between two references of one list (「第19条第2項・第3項」 with a 中黒 too); the first may name a part of its provision (「情報公開条例第7条
第2号ただし書又は第3号ただし書」, 「第12条第1項第2号括弧書又は第3号括弧書」: 第3号 is that article's too)."""
_NOUN_STOP = set("、。「」『』()[] ")
_MAYBE_REF = lazy_compile(r"[条項号章節款]")
_FROM = lazy_compile(r"\s*から\s*")
_UNTIL = lazy_compile(r"\s*まで")
_NUMBERED = ("法律", "条例", "規則", "政令", "省令", "告示", "訓令", "年")
_THIS_ORDINANCE = frozenset({"条例", "本条例"})
_THIS_RULE = frozenset({"規則", "本規則"})
_ABBREV = lazy_compile(r"以下\s*「([^「」]+)」\s*と(?:いう|いいます)")
_LAW_NUMBER = lazy_compile(rf"(?:法律|条例|規則|政令|省令|府令)\s*第\s*{_N}\s*号")
_TITLE_TAILS = frozenset({"条例", "規則"})
_SELF = ("この条例", "この規則", "本条例", "本規則")
_PART = lazy_compile(rf"第\s*{_N}\s*編$")
_ATTACHMENTS = lazy_compile(rf"(?:附則|別表|様式|別記|別紙|書式)(?:\s*第?\s*{_N}(?:\s*の\s*{_N})*)?$")
"""Words before a number that name an attachment (様式第1号, 別表第2, 別記様式第3号), not an article,
paragraph or item: such a number is never a cross-reference into the provisions."""


@dataclass
class _Chain:
    atoms: list[re.Match[str]]
    start: int
    end: int


@dataclass
class _Resolved:
    target: NodeRef | None
    range_end: NodeRef | None
    relative: bool
    external: str | None
    article: str | None  # what later 同条/同項 and inherited levels see
    paragraph: int | None
    item: str | None
    lost: bool = False  # a relative step fell outside the ordinance (前項 of a first paragraph)

    def address(self) -> NodeRef | None:
        """The node named, whether or not it exists; ``None`` if external or lost."""
        if self.external is not None or self.lost:
            return None
        if self.article is None:
            return self.target  # 第2章: its first article, or nothing when it is missing
        para = self.paragraph  # 第0項 stays 0: an address that does not exist
        if self.item is not None and para is None:
            para = 1  # 第N条第M号: an item of the article's first paragraph
        return NodeRef(ArticleNum(self.article), para, self.item)


class _Index:
    """Main-provision articles by number and in order."""

    def __init__(self, articles: tuple[Article, ...], st: Structure) -> None:
        self.order = [a.num for a in articles]
        self.by_num = {a.num: a for a in articles}
        self.divisions = {(d.kind, d.key): d for d in st.divisions}
        self._iroha: bool | None = None

    def has(self, art: str | None, para: int | None = None, item: str | None = None) -> bool:
        if art is None or art not in self.by_num:
            return False
        a = self.by_num[art]
        if para is None:
            return item is None
        if not 1 <= para <= len(a.paragraphs):
            return False
        if item is None:
            return True
        items: tuple[Item, ...] = a.paragraphs[para - 1].items
        for part in item.split("."):
            hit = next((i for i in items if i.num == part), None)
            if hit is None:
                return False
            items = hit.items
        return True

    def node(self, art: str | None, para: int | None = None, item: str | None = None) -> NodeRef | None:
        if self.has(art, para, item):
            return NodeRef(ArticleNum(art or ""), para, item)
        return None

    def sub_item(self, art: str | None, para: int, item: str, letter: str) -> str | None:
        """The path of the sub-item printed ``letter`` (イ, ア …) under ``item``."""
        if not self.has(art, para, item):
            return None
        assert art is not None
        items = self.by_num[art].paragraphs[para - 1].items
        node = None
        for part in item.split("."):
            node = next(i for i in items if i.num == part)
            items = node.items
        for sub in items:
            if sub.title.strip("()（） 　") == letter:
                return f"{item}.{sub.num}"
        if any(not sub.title for sub in items):
            # sub-items whose letters were lost in copying: count in the alphabet the printed
            # siblings follow (イ printed first: イロハ), else the ordinance's
            printed = [(sub.title.strip("()（） 　"), sub.num) for sub in items if sub.title]

            def fits(alphabet: str) -> bool:
                return all(alphabet.find(t) + 1 == int(n) for t, n in printed if n.isdigit())

            if printed:
                iroha = fits(numbers.IROHA) and not fits(numbers.AIUEO)
            else:
                iroha = letter in numbers.IROHA[1:10] or (letter == "イ" and self.uses_iroha())
            n = (numbers.IROHA if iroha else numbers.AIUEO).find(letter) + 1
            sub = next((x for x in items if x.num == str(n) and not x.title), None)
            if sub is not None:
                return f"{item}.{sub.num}"
        return None

    def uses_iroha(self) -> bool:
        """True when some printed sub-item marker is ロ, ハ … (the イロハ order)."""
        if self._iroha is None:
            def walk(items: tuple[Item, ...]) -> bool:
                return any(i.title.strip("()（） 　") in numbers.IROHA[1:10] or walk(i.items) for i in items)
            self._iroha = any(walk(p.items) for a in self.by_num.values() for p in a.paragraphs)
        return self._iroha

    def first_in_division(self, art: str | None) -> str | None:
        """The first article of the innermost division holding ``art`` (else the first one)."""
        here = self.by_num.get(art or "")
        for div in self.divisions.values():
            if here is not None and here.chapter == div.key and div.articles:
                return div.articles[0]
        return self.order[0] if self.order else None

    def shift(self, art: str | None, delta: int) -> str | None:
        if art not in self.by_num:
            return None
        i = self.order.index(art) + delta
        return self.order[i] if 0 <= i < len(self.order) else None

    def previous_item(self, art: str | None, para: int | None, current: str) -> str | None:
        """The item printed just before ``current`` in its list, whatever its number: 前各号 in an
        item numbered (5) after (3) ends at (3)."""
        if not self.has(art, para):
            return None
        assert art is not None and para is not None
        items = self.by_num[art].paragraphs[para - 1].items
        pos = next((k for k, i in enumerate(items) if i.num == current), None)
        return items[pos - 1].num if pos else None

    def item_count(self, art: str | None, para: int | None) -> int:
        if not self.has(art, para):
            return 0
        assert art is not None and para is not None
        return len(self.by_num[art].paragraphs[para - 1].items)


def _is_hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


_DIV_DEPTH = {"章": 0.0, "節": 0.3, "款": 0.6}
"""Depth of a division atom below the chapter: 第3章第3節第1款 is one reference, like 第2条第1項."""


def _depth(m: re.Match[str]) -> float:
    kind = m.lastgroup if m.lastgroup in _LEVEL else _kind(m)
    if kind == "div":
        return _DIV_DEPTH.get(m.group("dk"), 0.0)
    return float(_LEVEL[kind])


def _chains(text: str) -> list[_Chain]:
    chains: list[_Chain] = []
    for m in _ATOM.finditer(text):
        prev = chains[-1] if chains else None
        if (prev is not None and text[prev.end : m.start()].strip() == ""
                and _depth(prev.atoms[-1]) < _depth(m)):
            prev.atoms.append(m)
            prev.end = m.end()
        else:
            chains.append(_Chain([m], m.start(), m.end()))
    return chains


def _quoted(text: str, pos: int) -> bool:
    """True inside 「…」: quoted wording (読替え) is not a reference."""
    return "「" in text and text.count("「", 0, pos) > text.count("」", 0, pos)


def _unquoted(text: str, chains: list[_Chain]) -> list[_Chain]:
    """``chains`` (in text order) less those inside 「…」 (``_quoted``), in one pass."""
    if "「" not in text:
        return chains
    out: list[_Chain] = []
    opens = closes = at = 0
    for chain in chains:
        opens += text.count("「", at, chain.start)
        closes += text.count("」", at, chain.start)
        at = chain.start
        if opens <= closes:
            out.append(chain)
    return out


_READ_AS = lazy_compile(r"とあるのは[、,]?\s*「")


def _own_quoted(text: str, title: str) -> set[int]:
    """Where a quoted replacement of a 読替え opens with this ordinance's own title and an article
    (「…第4号中「第44条の14」とあるのは「舵浜地区広域事務組合個人情報保護条例第13条の12」と読み替える」):
    the quoted words cite this ordinance's provision, which must exist. Other quoted wording is
    not a reference (``_quoted``)."""
    if len(title) < 4 or title not in text:
        return set()
    out: set[int] = set()
    for m in _READ_AS.finditer(text):
        at = m.end()
        if text.startswith(title, at) and text.startswith("第", at + len(title)):
            out.add(at + len(title))
    return out


_READ_IN = lazy_compile(r"中\s*「[^「」]*」\s*とあるのは[、,]?\s*「([^「」]*)」")
"""「第22条第1項第2号中「…」とあるのは「…」」: the words replaced and (group 1) the replacement."""


def _own_replacements(text: str, chains: list[_Chain], known: tuple[str, ...]) -> set[int]:
    """Where a 読替え replaces words of this ordinance's own provision (「第22条第1項第2号中「…」とあるのは
    「…第24条の2第3項の規定により…」と読み替える」, the provision named with no law before it), the
    replacement is read in this ordinance: the articles it names (absolute, with no law's name before
    them inside the quotes) are this ordinance's and must exist. The words replaced are not references,
    nor are relative ones in the replacement (they would count from the provision read)."""
    if "とあるのは" not in text:
        return set()
    out: set[int] = set()
    for m in _READ_IN.finditer(text):
        named = next((c for c in chains if text[c.end : m.start()].strip() == "" and c.end <= m.start()), None)
        if named is None or _kind(named.atoms[0]) != "art" or _law_before(text, named.start, known):
            continue  # (同条中, 法第44条の5中: not a provision of this ordinance named outright)
        if _quoted(text, named.start):
            continue
        for c in chains:
            if m.start(1) <= c.start and c.end <= m.end(1) and _kind(c.atoms[0]) == "art" and not _law_before(
                    text[m.start(1) : c.start], c.start - m.start(1), known):
                out.add(c.start)
    return out


def _kind(m: re.Match[str]) -> str:
    for name in ("art", "para", "item", "div", "rart", "rpara", "ritem"):
        if m.group(name) is not None:
            return name
    return "art"


_NAME_BACK = lazy_compile("[^" + re.escape("".join(sorted(_NOUN_STOP))) + "\u3041-\u309f]*")
_TITLE_BACK = lazy_compile("[^" + re.escape("".join(sorted(_NOUN_STOP))) + "]*")
_MAX_NAME_SCAN = 200
"""Characters scanned back from a citation for the law's name (the longest statute titles
are about 100 characters); a bound keeps a run of kanji of any length linear."""


def _law_before(text: str, pos: int, known: tuple[str, ...] = ()) -> str:
    """The run of non-hiragana, non-punctuation characters right before ``pos``.

    A law number in brackets between the name and the article is skipped:
    地方自治法（昭和22年法律第67号）第244条 → ``地方自治法``; also with a copy's stray space
    after the bracket (「…法律第67号） 第244条」).
    """
    if pos > 1 and text[pos - 1] == " " and text[pos - 2] == ")":
        pos -= 1
    if pos > 0 and text[pos - 1] == ")":
        depth = 0
        for k in range(pos - 1, max(-1, pos - 1 - _MAX_NAME_SCAN), -1):
            if text[k] == ")":
                depth += 1
            elif text[k] == "(":
                depth -= 1
                if depth == 0:
                    abbrev = _ABBREV.search(text, k, pos)
                    if abbrev:  # a space inside the quotes is a copy's artefact (「番号法 」)
                        return "".join(abbrev.group(1).split())
                    if _LAW_NUMBER.search(text, k, pos):
                        pos = k
                        while pos > 0 and text[pos - 1] == " ":
                            pos -= 1  # 地方自治法 （昭和22年…）: a copy's space where a line was joined
                    break
    floor = max(0, pos - _MAX_NAME_SCAN)  # no name is longer: the scan stays bounded
    back = text[floor:pos][::-1]  # scanned backwards by the regex engine, not char by char
    i = pos - _NAME_BACK.match(back).end()
    if text[i:pos] == "法律" or (
        text[i:pos] in _TITLE_TAILS and i > 0 and _is_hiragana(text[i - 1]) and not text.endswith(_SELF, 0, pos)
    ):  # …の保護に関する法律第2条, …個人情報の保護に関する条例第15条: the title runs back to the clause start
        i = pos - _TITLE_BACK.match(back).end()
    elif i < pos and i > 0 and _is_hiragana(text[i - 1]):
        i = municipal_name_start(text, i, known=known)  # あおば市個人情報保護条例
    return text[i:pos]


_GO_ON = object()
"""What a step of :meth:`_Resolver.resolve` returns when the chain's next atom is to be read."""


def _no_antecedent() -> _Resolved:
    """A relative word with nothing to be relative to (同条 with no earlier reference, 前号 outside an item)."""
    return _Resolved(None, None, True, None, None, None, None)


@dataclass
class _Walk:
    """The address a chain builds up, atom by atom: the node named, the end of a range, and
    what the atoms so far have said (a relative word, a level given, a step outside the ordinance)."""

    external: str | None
    art: str | None = None
    para: int | None = None
    item: str | None = None
    art_end: str | None = None
    para_end: int | None = None
    item_end: str | None = None
    relative: bool = False
    lost: bool = False
    have_art: bool = False
    have_para: bool = False


class _Resolver:
    def __init__(self, index: _Index, unit: Unit, law_names: set[str]) -> None:
        self.index = index
        self.unit = unit
        self.law_names = law_names
        self.last: _Resolved | None = None
        self.last_item: _Resolved | None = None
        """The last reference that named an item: what 同号 refers to (「第十七条第二号イからハまで…第二十一条
        第一項の提案…同号ロの意見書」: 同号 is 第十七条第二号, not the paragraph named since)."""
        self.last_para: _Resolved | None = None
        """The last reference that named a paragraph (第N項, 前項, 同項): what 同項 refers to (「前項の書面には、
        …次条各号のいずれにも該当しないことを誓約する書面、同項第五号の事業が…」: 同項 is 前項, not 次条)."""
        self.last_named: _Resolved | None = None
        """The last reference that named an article (第14条, 前条, 同条): what 同条 refers to; a 前項
        in between stays in the article it stands in (「前条第7項…の規定は、前項の提案について準用する。
        この場合において、同条第10項中…」: 同条 is 前条)."""

    def resolve(self, chain: _Chain, *, inherit: _Resolved | None, law: str | None) -> _Resolved | None:
        """The node ``chain`` names, read atom by atom: an article, a paragraph or an item, each
        absolute (第3条) or relative (前条, 同項, 次号); levels it leaves out come from ``inherit``
        (the reference before it in a list) or from the provision it stands in."""
        walk = _Walk(external=law)
        for m in chain.atoms:
            kind = _kind(m)
            if kind == "div":
                if walk.external is not None:  # 法第3章第3節: a division of the instrument named before it
                    return _Resolved(None, None, False, walk.external, None, None, None)
                return self.division(chain)
            if kind in ("art", "rart"):
                step = self._article(walk, m, kind)
            elif kind in ("para", "rpara"):
                step = self._paragraph(walk, m, kind, inherit)
            else:
                step = self._item(walk, m, kind, inherit)
            if step is not _GO_ON:
                return step  # type: ignore[return-value]
        return self._finish(walk)

    def _article(self, walk: _Walk, m: re.Match[str], kind: str) -> object:
        """第N条, or a relative article: 同条, 前条, 次条, 前各条, 前N条."""
        here = self.unit.ref
        word = m.group(0)
        walk.have_art = True
        if kind == "art":
            walk.art = numbers.egov_num(m.group("an"), m.group("ab"))
            return _GO_ON
        walk.relative = True
        if word.startswith("同"):
            antecedent = self.last_named or self.last
            if antecedent is None:
                return _no_antecedent()
            walk.external = antecedent.external
            walk.art = antecedent.article
        elif walk.external is not None:
            return None
        elif word == "前条":
            walk.art = self.index.shift(here.article, -1)
        elif word == "次条":
            walk.art = self.index.shift(here.article, +1)
        elif word == "前各条":  # the articles before it in its chapter
            walk.art = self.index.first_in_division(here.article)
            walk.art_end = self.index.shift(here.article, -1)
        else:
            count = numbers.to_int(m.group("ran")) or 0
            walk.art = self.index.shift(here.article, -count)
            walk.art_end = self.index.shift(here.article, -1)
        return _GO_ON

    def _paragraph(self, walk: _Walk, m: re.Match[str], kind: str, inherit: _Resolved | None) -> object:
        """第N項, or a relative paragraph: 同項, 前項, 次項, 前各項, 前N項."""
        here = self.unit.ref
        word = m.group(0)
        walk.have_para = True
        if kind == "para":
            walk.para = numbers.to_int(m.group("pn"))
        else:
            walk.relative = True
            if word.startswith("同"):
                last = self.last_para or self.last
                if last is None:
                    return _no_antecedent()
                walk.external = last.external
                walk.art = last.article if not walk.have_art else walk.art
                walk.para = last.paragraph
                walk.have_art = True
            elif here.paragraph is None:
                return _no_antecedent()
            elif word == "前項":
                walk.para = here.paragraph - 1 or None
                walk.lost = walk.lost or walk.para is None
            elif word == "次項":  # past the last paragraph: no address, like 次条
                walk.para = here.paragraph + 1
                walk.lost = walk.lost or not self.index.has(here.article, walk.para)
            elif word == "前各項":
                walk.para, walk.para_end = 1, here.paragraph - 1 or None
                walk.lost = walk.lost or walk.para_end is None
            else:
                count = numbers.to_int(m.group("rpn")) or 0
                walk.para, walk.para_end = here.paragraph - count, here.paragraph - 1
                if walk.para < 1:
                    walk.para, walk.lost = None, True
        if not walk.have_art:
            # (前項, 次項, 前各項, 前N項 count from the paragraph they stand in, whatever came before them:
            # 「第19条第2項から前項までの規定を準用する」 in 第23条第2項 runs to 第23条第1項)
            own = kind != "para" and not word.startswith("同")
            walk.art = inherit.article if inherit and not own else here.article
            walk.external = inherit.external if inherit and not own else walk.external
            walk.have_art = True
        return _GO_ON

    def _item(self, walk: _Walk, m: re.Match[str], kind: str, inherit: _Resolved | None) -> object:
        """第N号, or a relative item: 同号, 前各号, 前号, 次号, 前N号; with a sub-item letter (イ) after it."""
        here = self.unit.ref
        word = m.group(0)
        sub = m.group("isub") or m.group("rsub")
        if m.group("rsub"):
            word = word[: -len(sub)]
        if kind == "item":
            walk.item = numbers.egov_num(m.group("in"), m.group("ib"))
        else:
            walk.relative = True
            current = (here.item or "").split(".")[0]
            cur = int(current) if current.isdigit() else None
            if word == "同号":
                antecedent = self.last_item or self.last
                if antecedent is None:
                    return _no_antecedent()
                walk.external = antecedent.external
                walk.art, walk.para = antecedent.article, antecedent.paragraph
                # 「第一号イに該当する…、同号ロに該当する…」: 同号 is the item, not its sub-item イ
                walk.item = antecedent.item.split(".")[0] if antecedent.item and sub else antecedent.item
                walk.have_art = walk.have_para = True
            elif word == "前各号":
                last = (cur - 1) if cur else self.index.item_count(here.article, here.paragraph)
                walk.item, walk.item_end = "1", str(last) if last >= 1 else None
                if last < 1:
                    walk.item, walk.lost = None, True
                elif cur and not self.index.has(here.article, here.paragraph, walk.item_end):
                    # a gap in the numbering is its own defect: 前各号 still ends at the item before
                    walk.item_end = self.index.previous_item(here.article, here.paragraph, current) or walk.item_end
            elif cur is None:
                return _no_antecedent()
            elif word == "前号":
                walk.item = str(cur - 1) if cur > 1 else None
                walk.lost = walk.lost or walk.item is None
                if not walk.lost and not self.index.has(here.article, here.paragraph, walk.item):
                    # a gap in the numbering is its own defect: 前号 is the item printed before
                    walk.item = self.index.previous_item(here.article, here.paragraph, current) or walk.item
            elif word == "次号":
                walk.item = str(cur + 1)
                walk.lost = walk.lost or not self.index.has(here.article, here.paragraph, walk.item)
            else:
                count = numbers.to_int(m.group("rin")) or 0
                walk.item = str(cur - count) if cur - count >= 1 else None
                walk.lost = walk.lost or walk.item is None
                walk.item_end = str(cur - 1)
                if not walk.lost and not (self.index.has(here.article, here.paragraph, walk.item)
                                          and self.index.has(here.article, here.paragraph, walk.item_end)):
                    # a gap in the numbering is its own defect: 前2号 in an item numbered (4) after (2)
                    # names the two items printed before it, (1) and (2)
                    printed, k = [], current
                    while len(printed) < count:
                        k = self.index.previous_item(here.article, here.paragraph, k)
                        if k is None:
                            break
                        printed.append(k)
                    if len(printed) == count:
                        walk.item, walk.item_end = printed[-1], printed[0]
        if not walk.have_art:
            walk.art = inherit.article if inherit else here.article
            walk.external = inherit.external if inherit else walk.external
        if not walk.have_para and not walk.have_art:
            walk.para = inherit.paragraph if inherit else here.paragraph
        elif not walk.have_para:
            walk.para = None  # 第N条第M号: an item of the article's first paragraph
        if sub and walk.item is not None:
            walk.item = self.index.sub_item(walk.art, walk.para or 1, walk.item, sub) or f"{walk.item}.?"
        return _GO_ON

    def _finish(self, walk: _Walk) -> _Resolved:
        """The address the whole chain built: external, or a node of this ordinance (and a range's end)."""
        art, para, item = walk.art, walk.para, walk.item
        if walk.external is not None:
            return _Resolved(None, None, walk.relative, walk.external, art, para, item)
        target = self._node(art, para, item, have_para=walk.have_para or para is not None)
        end = None
        if walk.art_end is not None or walk.para_end is not None or walk.item_end is not None:
            end = self._node(walk.art_end or art, walk.para_end or para, walk.item_end or item,
                             have_para=True)
            if end is None:
                target = None
        return _Resolved(target, end, walk.relative, None, art, para, item, walk.lost)

    def _node(self, art: str | None, para: int | None, item: str | None, *,
              have_para: bool) -> NodeRef | None:
        if art is None:
            return None
        if item is not None and para is None:
            para, have_para = 1, True
        return self.index.node(art, para if have_para else None, item)

    def division(self, chain: _Chain) -> _Resolved:
        key = None
        kinds = []
        for m in chain.atoms:
            if _kind(m) != "div":
                break
            num = numbers.egov_num(m.group("dn"), m.group("db"))
            kinds.append(m.group("dk"))
            key = num if key is None else f"{key}.{num}"
        div = self.index.divisions.get((kinds[-1], key or "")) if kinds else None
        if div is None and kinds and kinds[-1] != "章":  # a section of the current chapter
            here = self.index.by_num.get(self.unit.ref.article or "")
            chapter = (here.chapter or "").split(".")[0] if here else ""
            div = self.index.divisions.get((kinds[-1], f"{chapter}.{key}"))
        if div is None or not div.articles:
            return _Resolved(None, None, False, None, None, None, None)
        first = NodeRef(div.articles[0])
        last = NodeRef(div.articles[-1])
        return _Resolved(first, last if last != first else None, False, None, None, None, None)


def _names_instrument(term: Term) -> bool:
    """True when ``term`` is a name for a law, ordinance or rule: it ends as one does, or its definition
    does or gives a number (「行政機関の保有する…法律（平成15年法律第58号。以下「法」という。）」)."""
    definition = fold(term.definition or "")
    return (term.term.endswith(_LAW_SUFFIX) or _LAW_NUMBER.search(definition) is not None
            or re.sub(r"\([^()]*\)", "", definition).strip().rstrip("。").endswith(_LAW_SUFFIX))


def find_references(doc_text: str, st: Structure, terms: tuple[Term, ...]) -> tuple[Reference, ...]:
    """Every cross-reference in the main provisions and 附則, in document order."""
    index = _Index(st.articles, st)
    # the draft's names for instruments (「法」, 「番号法」, 「情報公開条例」): not every defined term — a 号-style term
    # written before 第N条 in a copy that lost its 全角 space (「実施機関非識別加工情報 第22条各号の…」) names no law
    law_names = {t.term for t in terms if _names_instrument(t)}
    own = re.match(r"(.+?[市町村区])", fold(st.title or ""))
    known = (own.group(1),) if own and len(own.group(1)) <= 11 else ()
    # In a 規則 「この規則第5条」 cites itself and 「条例第5条」 the parent ordinance; in an ordinance
    # 「条例第5条」 cites itself only where 「条例」 is no 略称 of a named ordinance.
    is_rule = title_is_rule(st.title or "")
    this_instrument = _THIS_RULE if is_rule else frozenset(n for n in _THIS_ORDINANCE if n not in law_names)
    out: list[Reference] = []
    before: tuple[object, _Resolver] | None = None  # the paragraph (or item) last read, and its resolver
    for unit in st.units:
        j = without_stray_spaces(Joined.of(st.folded, unit.pieces), doc_text)  # 前 項第6号 (a web copy)
        resolver = _Resolver(index, unit, law_names)
        here = (unit.ref.article, unit.ref.paragraph)
        if unit.ref.item and before is not None and before[0] == here:
            # an item goes on from the words before it in its paragraph: 「(1) 第9条の3第1項の提案の
            # 募集の対象…」「(2) 同項の提案を受け付ける組織…」 (同項 is 第9条の3第1項)
            resolver.last, resolver.last_named = before[1].last, before[1].last_named
            resolver.last_item, resolver.last_para = before[1].last_item, before[1].last_para
        before = (here, resolver)
        if not _MAYBE_REF.search(j.text):
            continue
        out.extend(_unit_references(doc_text, j, unit, resolver, known, this_instrument,
                                    own_title=fold(st.title or "").strip()))
    out.sort(key=lambda r: r.span.start)
    return tuple(out)


_AMENDS = lazy_compile(r"(?P<name>[^、。「」()\s]{1,80}?)(?:\([^()]*\))?の(?:一部|全部)を次のように改正する。")
"""「情報公開条例の一部を次のように改正する。」: the amending sentences after it (改め文) quote the
provisions of the instrument amended, never this one's. The name is bounded (80 characters, far
above any ordinance title) so that a search over a long unpunctuated unit stays linear."""


def _unit_references(doc_text: str, j: Joined, unit: Unit, resolver: _Resolver, known: tuple[str, ...],
                     this_instrument: frozenset[str], own_title: str = "") -> list[Reference]:
    """The references of one unit (paragraph or item) of text, chain by chain: forms named
    after an attachment and law numbers are skipped, relative references of the 附則 cannot be
    addressed, and a chain joined to the previous one (及び, 又は, から…まで) takes its context."""
    t = j.text
    every = _chains(t)
    chains = _unquoted(t, every)
    own_quoted = _own_quoted(t, own_title)
    replacing = _own_replacements(t, every, known) if "とあるのは" in t else set()
    own_quoted |= replacing
    if own_quoted:
        chains = sorted([*chains, *(c for c in every if c.start in own_quoted)], key=lambda c: c.start)
    out: list[Reference] = []
    i = 0
    prev_chain: _Chain | None = None
    prev_end = -1  # where the previous reference ended (after 「まで」 for a range)
    attachment_end = -1
    amends = _AMENDS.search(t)
    table = _READING_ROWS.search(t)
    table_law: str | None = None
    last_external: str | None = None
    range_named: _Resolved | None = None  # the last article of a range of several just named
    while i < len(chains):
        chain = chains[i]
        i += 1
        kinds = [_kind(m) for m in chain.atoms]
        law_run = _law_before(t, chain.start, known)
        if amends is not None and chain.start >= amends.end() and not law_run:
            law_run = amends["name"]  # 「第7条第1号中「…」を加える。」: a provision of the instrument amended
        if _ATTACHMENTS.search(law_run) or (
            attachment_end >= 0 and kinds[0] == "item" and (_LIST_JOIN.fullmatch(t[attachment_end : chain.start])
                                                            or _RANGE_ON.fullmatch(t[attachment_end : chain.start]))
        ):  # 様式第1号及び第2号, 別表第2第8号から第10号まで: the list or range goes on naming the attachment's items
            prev_chain = None
            attachment_end = chain.end
            continue
        attachment_end = -1
        if kinds == ["item"] and (law_run.endswith(_NUMBERED)
                                  or _DATED_NUMBER.search(t, max(0, chain.start - 40), chain.start)):
            continue  # a law number (平成15年法律第58号, 昭和48年鎌切県指令地第102号), not a reference
        law_run, law = _cited_law(t, chain, kinds, law_run, this_instrument, resolver.law_names)
        if chain.start in own_quoted:
            law_run, law = "", None  # 「（この条例の題名）第13条の12」 in a 読替え: this ordinance's article
        if unit.in_suppl and law is None and not law_run:
            law = _amended_in_suppl(t, chain)
        if unit.in_suppl and law is None and (
                any(k.startswith("r") for k in kinds) or kinds[0] in ("para", "item")) and not (
                not any(k.startswith("r") for k in kinds) and prev_chain is not None and resolver.last is not None
                and resolver.last.external is None and not resolver.last.relative
                and _LIST_JOIN.fullmatch(t[prev_end : chain.start])):
            # (「第11条第1項第7号及び第8号」 in a 附則: 第8号 goes on from the article just named, and is addressed)
            prev_chain = None
            continue  # relative references inside the 附則 cannot be addressed
        joined = prev_chain is not None and resolver.last is not None and bool(
            _LIST_JOIN.fullmatch(t[prev_end : chain.start]) or _AFTER_EXCEPTION.fullmatch(t[prev_end : chain.start]))
        if (law is None and not law_run and joined and resolver.last.external is not None  # type: ignore[union-attr]
                and kinds[0] in ("art", "div")):
            law = resolver.last.external  # type: ignore[union-attr]  # 法第83条及び第84条: the law's too
        if (law is None and not law_run and prev_chain is not None and resolver.last is not None
                and resolver.last.external is not None and _kind(prev_chain.atoms[-1]) == "div"
                and kinds[0] == "art" and t[prev_end : chain.start].strip() == "("):
            law = resolver.last.external  # 同法第4章の2（第44条の2から第44条の16まで）: its articles
        if (law is None and not law_run and prev_chain is not None and resolver.last is not None
                and resolver.last.external is not None and kinds[0] in ("para", "item")
                and _QUALIFIER_OPENS.fullmatch(t[prev_end : chain.start])):
            law = resolver.last.external  # 条例第7条各号（第1号を除く。）: that instrument's item
        if table is not None and chain.start >= table.end() and law is None:
            if table_law is None:
                named = table["law"].strip()
                table_law = last_external if named.startswith("同") or not named else named
            law = table_law  # a row of the 読替え table: the provision of the law read over
        inherit = resolver.last if joined and law is None and kinds[0] in ("para", "item") else None
        if inherit is not None and kinds[0] == "para" and inherit.external is None and inherit.paragraph is None:
            inherit = None  # 「前条及び第1項から第3項まで」: a whole article, then this article's paragraphs
        if (inherit is None and law is None and not law_run and kinds[0] == "item" and prev_chain is not None
                and resolver.last is not None and _ITEMS_QUALIFIED.fullmatch(t[prev_end : chain.start])):
            inherit = resolver.last  # 第26条各号（第4号を除く。）: an item of 第26条, not of this article
        if (inherit is None and law is None and not law_run and kinds[0] == "para" and prev_chain is not None
                and resolver.last is not None and _kind(prev_chain.atoms[-1]) in ("art", "rart")
                and _PARAGRAPHS_QUALIFIED.fullmatch(t[prev_end : chain.start])):
            inherit = resolver.last  # 第22条（第4項を除く。）: a paragraph of 第22条, not of this article
        if (inherit is None and law is None and not law_run and kinds[0] == "item" and prev_chain is not None
                and resolver.last is not None and _kind(prev_chain.atoms[-1]) in ("art", "rart", "para", "rpara")
                and _PARAGRAPHS_QUALIFIED.fullmatch(t[prev_end : chain.start])):
            inherit = resolver.last  # 第18条第2項（第2号及び第3号を除く。）: items of 第18条第2項
        named_before = resolver.last_named
        if (range_named is not None and law is None and not law_run and kinds[0] == "rart"
                and _RANGE_QUALIFIED.fullmatch(t[prev_end : chain.start]) and t.startswith("同", chain.start)):
            # 「第20条の3から前条までの規定（同条第1項及び第2項を除く。）」: 同条 is the range's last article
            resolver.last_named = range_named
        if chain.start in replacing:
            # a replacement's article is checked, but the sentence's 同条 and 同項 go on counting from the
            # provisions the sentence itself names (「第29条第2項中「…」とあるのは「第24条」と、同項第1号中…」)
            kept = (resolver.last, resolver.last_item, resolver.last_para, resolver.last_named)
            res = resolver.resolve(chain, inherit=None, law=None)
            resolver.last, resolver.last_item, resolver.last_para, resolver.last_named = kept
            if res is not None and res.external is None:
                end = chain.end
                out.append(Reference(text=j.original(doc_text, chain.start, end), span=j.span(chain.start, end),
                                     source=unit.ref, target=res.target, external_law=None,
                                     kind="relative" if res.relative else "absolute", range_end=None,
                                     address=res.address()))
            continue
        res = resolver.resolve(chain, inherit=inherit, law=law)
        if resolver.last_named is range_named and range_named is not None:
            resolver.last_named = named_before
        range_named = None
        if res is None:
            continue
        kind = "external" if res.external is not None else (
            "relative" if res.relative else "absolute")
        i, end, kind, range_end = _through(t, chains, i, resolver, res, kind)
        start = chain.start
        out.append(Reference(
            text=j.original(doc_text, start, end),
            span=j.span(start, end),
            source=unit.ref,
            target=res.target,
            external_law=res.external,
            kind=kind,  # type: ignore[arg-type]
            range_end=range_end,
            address=res.address() if kind != "external" else None,
        ))
        resolver.last = res
        if res.item is not None:
            resolver.last_item = res
        if any(_kind(a) in ("para", "rpara") for a in chain.atoms):
            resolver.last_para = res
        several = range_end is not None and res.article is not None and str(range_end.article) != res.article
        if several and res.external is None:
            range_named = _Resolved(range_end, None, False, None, str(range_end.article), None, None)
        if any(_kind(a) in ("art", "rart") for a in chain.atoms) and not several:
            # 同条 names one article: after 「第11条の規定は、前2条の規定による請求について準用する。
            # この場合において、同条第2項中…」 it is 第11条, never one of the two articles 前2条 names
            resolver.last_named = res
        if res.external is not None:
            last_external = res.external
        prev_chain = chain
        prev_end = end  # 「第2条第2項から第5項まで及び第7項」: 第7項 is of the same article
    return out


_RANGE_QUALIFIED = lazy_compile(r"\s*(?:の規定)?\s*\(\s*")
"""Between a range of articles and a bracket qualifying it (「第20条の3から前条までの規定（同条第1項…を除く。）」)."""

_DATED_NUMBER = lazy_compile(r"\(\s*(?:明治|大正|昭和|平成|令和)\s*(?:元|[0-9〇一二三四五六七八九十百]+)\s*年[^()、。「」]{0,30}$")
"""「（昭和48年鎌切県指令地第102号。…）」: the number of an instrument given after its name with its
year, whatever the kind of instrument (指令, 告示, 訓令, 達 …), is not an item of this ordinance."""

_QUALIFIER_OPENS = lazy_compile(r"\s*(?:各号|各項)?\s*\(\s*")
"""Between a citation of another instrument and a paragraph or item in the bracket right after it
(「情報公開条例第7条各号（第1号を除く。）」): the bracket qualifies that citation."""

_ITEMS_QUALIFIED = lazy_compile(r"\s*の?\s*各号\s*\(\s*")
_AFTER_EXCEPTION = lazy_compile(
    r"\s*(?:に係る部分|の部分|に係るもの|に規定する部分)?を除(?:く|きます)。?\s*\)\s*(?:、|及び|並びに|又は|若しくは|から)\s*")
"""Between the last item of an exception and the next reference of the same list or range (「第18条第2項（第2号
及び第3号を除く。）及び第3項」, 「…（第2号及び第4号に係る部分を除く。）及び第3項」, 「第25条第1項（第2号及び第3号を
除く。）から第3項まで」: 第3項 is 第18条's or 第25条's, as the list or range goes on past the parenthesis)."""
"""Between an article of this ordinance and an item in the bracket right after its 各号
(「第26条各号（第4号を除く。）のいずれかに該当する」): the item is one of that article's."""

_PARAGRAPHS_QUALIFIED = lazy_compile(r"\s*(?:各項)?\s*\(\s*")
"""Between an article of this ordinance and a paragraph in the bracket right after it
(「第22条（第4項を除く。）」, 「第8条各項（第3項を除く。）」): the paragraph is one of that article's."""

_READING_ROWS = lazy_compile(r"次の表の(?:上欄|左欄|第一欄|第1欄)に掲げる(?P<law>[^、。「」]{0,80}?)の規定中[^。]*。")
"""「…この場合において、次の表の上欄に掲げる同法の規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に
掲げる字句に読み替えるものとする。」: the rows after it (joined to the paragraph) cite the provisions of
the law read over (「同法」: the law cited last), never this ordinance's."""


_AMENDED_BY_SUPPL = lazy_compile(
    r"([^\s、。「」()]{1,80}?(?:条例|規則|規程|法律|法))\s*(?:\([^()]*\))?\s*の\s*一\s*部\s*を\s*次\s*の\s*よ\s*う\s*に\s*改\s*正\s*す\s*る"
)
_AMENDING_AFTER = lazy_compile(r"\s*(?:の見出し|の表)?\s*(?:中\s*[「(]|を次のように改める|を削る|の次に)")


def _amended_in_suppl(t: str, chain: _Chain) -> str | None:
    """The ordinance a 附則 amends, for a chain that opens one of its 改め文: after 「…情報公開条例の
    一部を次のように改正する。」, 「第19条第1項中「…」を「…」に改める。」 cites that ordinance's
    第19条第1項, not this one's."""
    if not _AMENDING_AFTER.match(t, chain.end):
        return None
    name = None
    for m in _AMENDED_BY_SUPPL.finditer(t, 0, chain.start):
        name = m.group(1)
    return name


def _cited_law(t: str, chain: _Chain, kinds: list[str], law_run: str, this_instrument: frozenset[str],
               law_names: set[str]) -> tuple[str, str | None]:
    """The words before a chain as they bear on it (emptied when they name this instrument) and
    the law they name, if any."""
    law = None
    part = _PART.search(law_run)
    if part and part.start() > 0 and kinds[0] == "div":
        law_run = law_run[: part.start()]  # 地方自治法第二編第十二章: a chapter of that law's Part 2
    if law_run in this_instrument or (law_run in _TITLE_TAILS and t.endswith(_SELF, 0, chain.start)):
        law_run = ""  # この条例第5条 cites this ordinance (in a 規則, 条例第5条 cites another)
    if law_run and not any(k.startswith("r") for k in kinds[:1]) and (
        law_run.endswith(_LAW_SUFFIX) or law_run in law_names
    ):
        law = law_run
    return law_run, law


def _through(t: str, chains: list[_Chain], i: int, resolver: _Resolver, res: _Resolved,
             kind: str) -> tuple[int, int, str, NodeRef | None]:
    """「第3条から第5条まで」: when the next chain closes a range, consume it. Returns the index
    of the next chain, where the reference ends, its kind and the range's last target."""
    end = chains[i - 1].end
    range_end = res.range_end
    rm = _FROM.match(t, end)
    if not (rm and i < len(chains) and chains[i].start == rm.end()):
        return i, end, kind, range_end
    nxt = chains[i]
    mm = _UNTIL.match(t, nxt.end)
    if not mm:
        return i, end, kind, range_end
    second = resolver.resolve(nxt, inherit=res, law=res.external)
    if res.external is None:
        kind = "range"
        range_end = second.target if second else None
        if range_end is None:
            res.target = None
    return i + 1, mm.end(), kind, range_end

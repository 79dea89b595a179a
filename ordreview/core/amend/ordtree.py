"""An editable, line-based tree of an ordinance, for applying amending sentences.

The reviewer's ``Ordinance`` is immutable and indexes one text; applying a bill needs a tree
that can be changed in place and written back with the original lines untouched wherever
the bill does not touch them. Each node keeps its printed parts (indentation, number as
printed, the space after it, its own sentence) and the blank lines before it, so that an
unchanged provision is written back character for character and a renumbered one only gets
its number rewritten, in the numbering style the ordinance already uses (Arabic, full-width
or kanji; ``(1)``, ``（１）``, ``⑴``, ``一``; ``ア``).

Layout assumed (the 例規集 layout): one provision per line — a caption line ``（定義）``, an
article line ``第2条　…``, a paragraph line ``2　…``, an item line ``　(1)　…``, a sub-item
line ``　　ア　…``; 章・節 headings on their own line; a line that starts with no marker
continues the provision before it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ordreview.core.parse.numbers import AIUEO, IROHA, item_markers, paragraph_number
from ordreview.core.text import fold, int_to_kanji, kanji_to_int, numeral_style, write_number

Num = tuple[int, ...]
"""A number with its branches: 第5条の2 → (5, 2); 第3号 → (3,)."""

_uid = itertools.count(1)

_NUM = r"(?:[0-9]+|[〇一二三四五六七八九十百千]+)"
ARTICLE_HEAD = re.compile(
    rf"^(?P<indent>\s*)(?P<title>第(?P<n>{_NUM})条(?P<br>(?:の{_NUM})*)"
    rf"(?:(?:から|及び|・)第(?P<n2>{_NUM})条(?P<br2>(?:の{_NUM})*)(?:まで)?)?)(?P<sep>\s+|(?=[^\s]))"
)
DIVISION_HEAD = re.compile(
    rf"^(?P<indent>\s*)(?P<title>第(?P<n>{_NUM})(?P<kind>[編章節款目])(?P<br>(?:の{_NUM})*))(?P<sep>\s+)(?P<caption>\S.*)$"
)
CAPTION_LINE = re.compile(r"^(?P<indent>\s*)(?P<caption>[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）])\s*$")
SUPPL_HEAD = re.compile(r"^\s*[附付]\s*則")
TABLE_HEAD = re.compile(r"^\s*(?:別表|様式|別記)")
TOC_HEAD = re.compile(r"^\s*目\s*次\s*$")

DIVISION_LEVEL = {"編": 0, "章": 1, "節": 2, "款": 3, "目": 4}


def to_int(text: str) -> int:
    """The value of ``12`` / ``十二`` (callers only pass what the patterns accepted)."""
    value = kanji_to_int(text)
    return value if value is not None else 0


def parse_num(main: str, branches: str = "") -> Num:
    """``("5", "の2")`` → ``(5, 2)``."""
    nums = [to_int(main)]
    nums.extend(to_int(b) for b in re.findall(rf"の({_NUM})", branches))
    return tuple(nums)


def write_num(num: Num, style: str) -> str:
    """``(5, 2)`` → ``5の2`` in ``style``."""
    return "の".join(write_number(n, style) for n in num)


def num_label(num: Num) -> str:
    """``(5, 2)`` → ``"5の2"`` (Arabic, for messages)."""
    return "の".join(str(n) for n in num)


# --------------------------------------------------------------------------- nodes


@dataclass(eq=False)
class Node:
    """One unit: ``division`` (章・節…), ``article``, ``paragraph`` or ``item``.

    Attributes:
        kind: the unit.
        num: its number; a paragraph's is ``(n,)``; an article range deleted together keeps
            its first number here and its last in ``num_end``.
        indent / marker / sep / body: the printed parts of its first line — for an article the
            marker is the title ``第5条`` and the body is its first paragraph's (held by that
            paragraph); a first paragraph has an empty marker.
        level: for a division, ``"章"``, ``"節"`` …
        family: for an item, the numbering family of its marker (``paren_digit``, ``kata`` …).
        caption: for an article, its caption line's text ``（定義）`` or ``None``;
            ``caption_indent`` and ``caption_lead`` its indentation and the lines before it.
        lead: lines (blank) printed before the node (before its caption for an article).
        children: divisions/articles of a division; paragraphs of an article; items of a
            paragraph; sub-items of an item.
        origin: 1-based number of the last bill sentence that changed the node's own text or
            number, or ``None`` when it is as in the ordinance in force.
        uid: identity that survives renumbering.
    """

    kind: str
    num: Num
    indent: str = ""
    marker: str = ""
    sep: str = "\u3000"
    body: str = ""
    level: str = ""
    family: str = ""
    num_end: Num | None = None
    caption: str | None = None
    caption_indent: str = ""
    caption_lead: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    origin: int | None = None
    caption_origin: int | None = None
    uid: int = field(default_factory=lambda: next(_uid))

    def walk(self) -> list[Node]:
        """This node and every node below it, in document order."""
        return _preorder(self)

    @property
    def deleted(self) -> bool:
        """``第N条　削除`` (and a deleted range)."""
        return self.kind == "article" and len(self.children) == 1 and self.children[0].body.strip() == "削除"


def _preorder(root: Node) -> list[Node]:
    out: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.append(node)
        if node.children:
            stack.extend(reversed(node.children))
    return out


def articles_in(nodes: list[Node]):
    """The articles among ``nodes`` and inside their divisions, in order (without descending
    into the articles themselves)."""
    return _of_kind(nodes, "article")


def _of_kind(nodes: list[Node], kind: str):
    """The nodes of ``kind`` among ``nodes`` and inside their divisions, in document order."""
    stack = [iter(nodes)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        if node.kind == kind:
            yield node
        if node.kind == "division":
            stack.append(iter(node.children))


# --------------------------------------------------------------------------- markers


def item_marker_text(template: str, family: str, num: Num) -> str:
    """The printed marker of item ``num`` in the style of ``template`` (a sibling's marker)."""
    main = num[0]
    branch = num[1:]
    if family in ("paren_digit", "bracket_digit"):
        style = numeral_style(template) if template else "arabic"
        outer = re.match(r"^(.)[^)）\]]*([)）\]])の", template or "")
        if outer:  # 「(4)の2」
            opening, closing = outer.group(1), outer.group(2)
            return f"{opening}{write_number(main, style)}{closing}" + "".join(f"の{write_number(b, style)}" for b in branch)
        inner = write_num(num, style)
        opening = template[0] if template else "("
        closing = template[-1] if template else ")"
        return f"{opening}{inner}{closing}"
    if family == "enclosed" and not branch and 1 <= main <= 20:
        return "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"[main - 1]
    if family == "circled" and not branch and 1 <= main <= 20:
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[main - 1]
    if family == "kanji":
        return "の".join(int_to_kanji(n) for n in num)
    if family in ("kata", "iroha", "paren_kata", "paren_iroha"):
        letters = AIUEO if family in ("kata", "paren_kata") else IROHA
        letter = letters[main - 1] if 1 <= main <= len(letters) else str(main)
        text = letter + "".join(f"の{n}" for n in branch)
        if family.startswith("paren"):
            opening = template[0] if template else "("
            closing = template[-1] if template else ")"
            return f"{opening}{text}{closing}"
        return text
    return f"({num_label(num)})"


def article_title(template: str, num: Num, word: str = "条") -> str:
    """``第5条の2`` (``第3章の2``) for ``num`` in the style of ``template`` (a sibling's title)."""
    style = numeral_style(template)
    return f"第{write_number(num[0], style)}{word}" + "".join(f"の{write_number(b, style)}" for b in num[1:])


# --------------------------------------------------------------------------- the document


@dataclass(eq=False)
class Suppl:
    """A 附則 block: heading line, the lines before it, its units (paragraphs or articles)."""

    heading: str
    lead: list[str]
    nodes: list[Node]
    tail: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Tree:
    """An ordinance as editable lines.

    Attributes:
        head: title, date/number and history lines before the 目次 or the first provision.
        toc: the 目次 block's lines (its heading line first), or ``None``.
        title_index: index in ``head`` of the title line, or ``None``.
        main: the 本則: top-level divisions and articles.
        suppl: the 附則 blocks in order.
        tables: 別表・様式 lines (kept as text).
        toc_origin: last sentence that changed the 目次; ``head_origin`` likewise for the title.
    """

    head: list[str]
    toc: list[str] | None
    main: list[Node]
    suppl: list[Suppl]
    tables: list[str]
    title_index: int | None = None
    toc_origin: int | None = None
    head_origin: int | None = None
    table_origin: int | None = None
    extra_suppl: list[tuple[list[str], int | None]] = field(default_factory=list)

    # ------------------------------------------------------------------ queries

    def articles(self):
        """Every main-provision article in document order."""
        return articles_in(self.main)

    def divisions(self):
        """Every 章・節… in document order."""
        return _of_kind(self.main, "division")

    def parent_list(self, target: Node) -> list[Node] | None:
        """The list that holds ``target`` (the main list, a division's or a node's children)."""
        stack = [self.main]
        for suppl in self.suppl:
            stack.append(suppl.nodes)
        while stack:
            lst = stack.pop()
            for node in lst:
                if node is target:
                    return lst
                if node.children:
                    stack.append(node.children)
        return None

    # ------------------------------------------------------------------ output

    def lines(self) -> list[tuple[str, int | None]]:
        """The text as ``(line, origin)`` pairs: origin is the sentence that last changed it."""
        out: list[tuple[str, int | None]] = []
        for i, line in enumerate(self.head):
            out.append((line, self.head_origin if i == self.title_index else None))
        if self.toc is not None:
            out.extend((line, self.toc_origin) for line in self.toc)
        for node in self.main:
            _emit(node, out)
        for suppl in self.suppl:
            out.extend((line, None) for line in suppl.lead)
            out.append((suppl.heading, None))
            for node in suppl.nodes:
                _emit(node, out)
            out.extend((line, None) for line in suppl.tail)
        for block, origin in self.extra_suppl:
            out.extend((line, origin) for line in block)
        out.extend((line, self.table_origin) for line in self.tables)
        if any("\n" in line for line, _ in out):  # a changed text may hold a line break
            out = [(part, origin) for line, origin in out for part in line.split("\n")]
        return out

    def text(self) -> str:
        """The consolidated text, lines joined with ``\\n``."""
        return "\n".join(line for line, _ in self.lines())


def _emit(node: Node, out: list[tuple[str, int | None]]) -> None:
    out.extend((line, None) for line in node.lead)
    if node.kind == "division":
        out.append((f"{node.indent}{node.marker}{node.sep}{node.body}", node.origin))
        for child in node.children:
            _emit(child, out)
        return
    if node.kind == "article":
        if node.caption is not None:
            out.append((f"{node.caption_indent}{node.caption}", node.caption_origin))
            out.extend((line, None) for line in node.caption_lead)
        first = node.children[0] if node.children else None
        body = first.body if first else ""
        origin = node.origin if first is None or first.origin is None else max(node.origin or 0, first.origin)
        for i, line in enumerate(f"{node.indent}{node.marker}{node.sep}{body}".split("\n")):
            out.append((line, origin))
        if first is not None:
            for child in first.children:
                _emit(child, out)
        for para in node.children[1:]:
            _emit(para, out)
        return
    if node.kind == "paragraph" and not node.marker:
        for line in node.body.split("\n"):
            out.append((line, node.origin))
    else:
        for line in f"{node.indent}{node.marker}{node.sep}{node.body}".split("\n"):
            out.append((line, node.origin))
    for child in node.children:
        _emit(child, out)


# --------------------------------------------------------------------------- reading


def read_units(lines: list[str], *, start_kind: str = "any") -> tuple[list[Node], list[str]]:
    """Read provision lines into nodes (divisions, articles, paragraphs, items).

    ``start_kind`` says what the first lines are when they carry no article (a bill's added
    paragraphs or items): ``"paragraph"``, ``"item"`` or ``"any"``. Returns the top-level
    nodes and the trailing blank lines.
    """
    reader = _UnitReader(start_kind)
    for raw in lines:
        reader.line(raw)
    return reader.finish()


class _UnitReader:
    """The state of :func:`read_units` between lines: the open divisions, article, paragraph
    and items, and the blank lines and caption waiting for the unit they stand before. Each
    kind of line (division heading, caption, article, paragraph, item, continuation) has its
    own step."""

    def __init__(self, start_kind: str) -> None:
        self.start_kind = start_kind
        self.top: list[Node] = []
        self.div_stack: list[Node] = []
        self.article: Node | None = None
        self.para: Node | None = None
        self.item_stack: list[Node] = []
        self.pending_lead: list[str] = []
        self.pending_caption: tuple[str, str, list[str]] | None = None
        self.last: Node | None = None

    def line(self, raw: str) -> None:
        folded = fold(raw)
        if not folded.strip():
            self.pending_lead.append(raw)
            return
        if self.division(raw, folded) or self.caption(raw, folded) or self.article_head(raw, folded):
            return
        self.release_caption()  # a bracketed line that captions nothing: keep as text
        body_pos = len(folded) - len(folded.lstrip())
        if self.paragraph(raw, folded, body_pos) or self.item(raw, folded, body_pos):
            return
        self.continuation(raw)

    def finish(self) -> tuple[list[Node], list[str]]:
        self.release_caption()
        return self.top, self.pending_lead

    def place(self, node: Node) -> None:
        if self.div_stack:
            self.div_stack[-1].children.append(node)
        else:
            self.top.append(node)

    def release_caption(self) -> None:
        """A waiting bracketed line that captions nothing stays as a line before what follows."""
        if self.pending_caption is not None:
            indent, caption, lead = self.pending_caption
            self.pending_lead = lead + [indent + caption] + self.pending_lead
            self.pending_caption = None

    def division(self, raw: str, folded: str) -> bool:
        m = DIVISION_HEAD.match(folded)
        if not m or (self.article is not None and _looks_cited(folded, m.end("title"))):
            return False
        level = m.group("kind")
        node = Node("division", parse_num(m.group("n"), m.group("br")), indent=raw[: m.end("indent")],
                    marker=raw[m.start("title"): m.end("title")], sep=raw[m.start("sep"): m.end("sep")],
                    body=raw[m.start("caption"):], level=level, lead=self.pending_lead)
        self.pending_lead = []
        while self.div_stack and DIVISION_LEVEL[self.div_stack[-1].level] >= DIVISION_LEVEL[level]:
            self.div_stack.pop()
        self.place(node)
        self.div_stack.append(node)
        self.article, self.para, self.item_stack, self.last = None, None, [], node
        return True

    def caption(self, raw: str, folded: str) -> bool:
        m = CAPTION_LINE.match(folded)
        if not m:
            return False
        # two bracketed lines in a row: the first captions nothing (a history note such as
        # 「（平17条例22・一部改正）」 printed by a 例規集); keep it as a line before the next
        self.release_caption()
        self.pending_caption = (raw[: m.end("indent")], raw[m.start("caption"): m.end("caption")], self.pending_lead)
        self.pending_lead = []
        return True

    def article_head(self, raw: str, folded: str) -> bool:
        m = ARTICLE_HEAD.match(folded)
        if not m or _looks_cited(folded, m.end("title")):
            return False
        num = parse_num(m.group("n"), m.group("br"))
        art = Node("article", num, indent=raw[: m.end("indent")], marker=raw[m.start("title"): m.end("title")],
                   sep=raw[m.start("sep"): m.end("sep")], lead=self.pending_lead)
        if m.group("n2"):
            art.num_end = parse_num(m.group("n2"), m.group("br2"))
        if self.pending_caption is not None:
            art.caption_indent, art.caption, art.caption_lead = self.pending_caption
            art.lead, art.caption_lead = art.caption_lead, self.pending_lead
            self.pending_caption = None
        self.pending_lead = []
        first = Node("paragraph", (1,), body=raw[m.end():])
        art.children.append(first)
        self.place(art)
        self.article, self.para, self.item_stack, self.last = art, first, [], first
        return True

    def paragraph(self, raw: str, folded: str, body_pos: int) -> bool:
        pnum = paragraph_number(folded, body_pos)
        is_para = False
        if pnum is not None:
            para = self.para
            if para is not None and para.kind == "paragraph" and (self.article is not None or para in self.top):
                is_para = pnum[0] == para.num[0] + 1
            elif self.article is None and para is None:
                is_para = self.start_kind in ("paragraph", "any")
        if not is_para:
            return False
        assert pnum is not None
        node = Node("paragraph", (pnum[0],), indent=raw[:body_pos], marker=raw[body_pos: body_pos + len(str(pnum[0]))],
                    sep=raw[body_pos + len(str(pnum[0])): body_pos + pnum[1]], body=raw[body_pos + pnum[1]:],
                    lead=self.pending_lead)
        self.pending_lead = []
        if self.article is not None:
            self.article.children.append(node)
        else:
            self.place(node)
        self.para, self.item_stack, self.last = node, [], node
        return True

    def item(self, raw: str, folded: str, body_pos: int) -> bool:
        markers = item_markers(folded, body_pos)
        if not markers or not _place_item(raw, body_pos, markers, self.para, self.item_stack, self.top,
                                          self.pending_lead, self.start_kind):
            return False
        self.last = self.item_stack[-1]
        self.pending_lead = []
        return True

    def continuation(self, raw: str) -> None:
        """A continuation line (or text before any unit)."""
        if self.last is not None:
            self.last.body += "\n" + "\n".join(self.pending_lead + [raw]) if self.pending_lead else "\n" + raw
            self.pending_lead = []
        else:
            node = Node("paragraph", (1,), body=raw, lead=self.pending_lead)
            self.pending_lead = []
            self.top.append(node)
            self.para, self.last = node, node


def _looks_cited(folded: str, end: int) -> bool:
    """True when ``第N条`` at a line start is followed by a citation particle (running text)."""
    rest = folded[end: end + 1]
    return rest != "" and rest in "の、。にをはがでと及又並若かま第前同各" and not rest.isspace()


def _place_item(raw: str, pos: int, markers, para: Node | None, stack: list[Node], top: list[Node],
                lead: list[str], start_kind: str) -> bool:
    """Place an item line under ``para`` (or as a top-level item); False if it is not one."""
    # a sibling at some depth: the same family and the next number
    for depth in range(len(stack) - 1, -1, -1):
        sib = stack[depth]
        for mk in markers:
            if mk.family == sib.family and (mk.number > sib.num[0] or (mk.number == sib.num[0] and mk.branch)):
                node = _item(raw, pos, mk, lead)
                parent_children = stack[depth - 1].children if depth else (para.children if para is not None else top)
                parent_children.append(node)
                del stack[depth:]
                stack.append(node)
                return True
    families = {s.family for s in stack}
    for mk in markers:
        if mk.family in families:
            continue
        if mk.number != 1 and not (not stack and para is None and start_kind == "item"):
            continue
        node = _item(raw, pos, mk, lead)
        if stack:
            stack[-1].children.append(node)
        elif para is not None:
            para.children.append(node)
        elif start_kind in ("item", "any"):
            top.append(node)
        else:
            return False
        stack.append(node)
        return True
    return False


_OUTER_BRANCH = re.compile(r"の([0-9]+|[一二三四五六七八九十]+)(?=[\s　])")


def _item(raw: str, pos: int, mk, lead: list[str]) -> Node:
    marker = raw[pos: pos + len(mk.title)]
    num = (mk.number, mk.branch) if mk.branch else (mk.number,)
    end = pos + len(mk.title)
    outer = _OUTER_BRANCH.match(fold(raw), end) if not mk.branch else None
    if outer:  # 「(4)の2」: the branch number printed after the bracket
        num = (mk.number, to_int(outer.group(1)))
        marker = raw[pos: outer.end()]
        end = outer.end()
        rest = len(raw[end:]) - len(raw[end:].lstrip())
        return Node("item", num, indent=raw[:pos], marker=marker, sep=raw[end: end + rest],
                    body=raw[end + rest:], family=mk.family, lead=list(lead))
    return Node("item", num, indent=raw[:pos], marker=marker, sep=raw[pos + len(mk.title): pos + mk.length],
                body=raw[pos + mk.length:], family=mk.family, lead=list(lead))


def read_tree(text: str) -> Tree:
    """Read an ordinance text (the 例規集 layout) into an editable ``Tree``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    n = len(lines)
    # the main provision starts at the first division heading, caption or article outside the 目次
    i = 0
    head: list[str] = []
    toc: list[str] | None = None
    title_index = None
    while i < n:
        folded = fold(lines[i])
        if TOC_HEAD.match(folded):
            toc = [lines[i]]
            i += 1
            first_entry = None
            while i < n:
                f = fold(lines[i]).strip()
                m = DIVISION_HEAD.match(fold(lines[i]))
                if not f or (m and m.group("title") == first_entry):
                    break
                if m and first_entry is None:
                    first_entry = m.group("title")
                toc.append(lines[i])
                i += 1
            break
        if ARTICLE_HEAD.match(folded) and not _looks_cited(folded, ARTICLE_HEAD.match(folded).end("title")):
            break
        if DIVISION_HEAD.match(folded) or CAPTION_LINE.match(folded):
            break
        if title_index is None and folded.strip():
            title_index = len(head)
        head.append(lines[i])
        i += 1
    # trailing blank lines of the head belong to the first provision's lead
    body_start = i
    while head and not head[-1].strip() and toc is None:
        head.pop()
        body_start -= 1
    j = body_start
    main_end = n
    for k in range(body_start, n):
        if SUPPL_HEAD.match(fold(lines[k])) or TABLE_HEAD.match(fold(lines[k])):
            main_end = k
            break
    main_lines = lines[j:main_end]
    main, trailing = read_units(main_lines)
    suppl: list[Suppl] = []
    tables: list[str] = []
    k = main_end
    lead = trailing
    while k < n:
        folded = fold(lines[k])
        if TABLE_HEAD.match(folded):
            tables = lead + lines[k:]
            lead = []
            break
        heading = lines[k]
        k += 1
        end = k
        while end < n and not SUPPL_HEAD.match(fold(lines[end])) and not TABLE_HEAD.match(fold(lines[end])):
            end += 1
        nodes, tail = read_units(lines[k:end], start_kind="paragraph")
        suppl.append(Suppl(heading, lead, nodes))
        lead = tail
        k = end
    if suppl:
        suppl[-1].tail = lead
    elif lead:
        tables = lead + tables
    return Tree(head=head, toc=toc, main=main, suppl=suppl, tables=tables, title_index=title_index)

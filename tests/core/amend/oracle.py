"""A test oracle that applies the 改め文 the generator writes, form by form, to the provisions of
the current version: strict (every quotation must occur exactly once in its article or
見出し, every number must be free or present) so that a wrong bill fails loudly.

It reads only what ``core/amend/generate.py`` writes; the product's applier for real bills
(every municipal variant) is ``core/amend/apply.py``. Returns the provisions as
``(kind, text)`` with blanks removed, as ``tests/core/amend/roundtrip_pending.py`` compares them.
"""

from __future__ import annotations

import re

from ordreview.core.amend.compare import number_key, provisions
from ordreview.core.parse import parse_text

SENTENCE = re.compile(r"^(?:題名|目次|第\d+(?:条|章)(?:の\d+)*(?:中|を|の|に|から|第)|同条)")
TITLE = re.compile(r"(?m)^(第\d+条(?:の\d+)*)　")


class OracleError(AssertionError):
    """The bill cannot be applied as written."""


def _quotes(s: str, i: int) -> tuple[str, int]:
    """The quotation starting at ``s[i] == 「``, with nested 「」; returns (text, index after 」)."""
    assert s[i] == "「", s[i:]
    depth = 0
    for k in range(i, len(s)):
        if s[k] == "「":
            depth += 1
        elif s[k] == "」":
            depth -= 1
            if depth == 0:
                return s[i + 1 : k], k + 1
    raise OracleError(f"unbalanced quotation: {s[i:]}")


def split_bill(bill: str) -> list[tuple[str, list[str]]]:
    lines = bill.split("\n")
    start = next(k for k, line in enumerate(lines) if line.endswith("の一部を次のように改正する。")) + 1
    out: list[tuple[str, list[str]]] = []
    for line in lines[start:]:
        if line.strip() == "附　則" or line.startswith("　　　附　則"):
            break
        if not line.strip():
            continue
        if SENTENCE.match(line) and line.endswith("。") and not TITLE.match(line):
            out.append((line, []))
        else:
            out[-1][1].append(line)
    return out


class State:
    def __init__(self, current: str) -> None:
        provs = provisions(parse_text(current))
        self.items: list[list[str]] = [[p.kind, p.text] for p in provs]

    def article(self, label: str) -> list[str]:
        key = number_key(label)
        hits = [it for it in self.items if it[0] == "article" and number_key(self._label(it[1])) == key]
        if len(hits) != 1:
            raise OracleError(f"{label}: {len(hits)} articles")
        return hits[0]

    @staticmethod
    def _label(text: str) -> str:
        m = TITLE.search(text)
        return m.group(1) if m else ""

    def division(self, label: str) -> int:
        hits = [k for k, it in enumerate(self.items) if it[0] == "division" and it[1].strip().startswith(label + "　")]
        if len(hits) != 1:
            raise OracleError(f"{label}: {len(hits)} headings")
        return hits[0]

    def shape(self) -> list[tuple[str, str]]:
        return [(k, "".join(t.split())) for k, t in self.items]


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    """Following text → provisions: a heading line, or a caption and its article's lines."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for line in lines:
        if re.match(r"^[ 　]*第\d+(?:章|節)(?:の\d+)*　", line):
            out.append(("division", line))
        elif line.startswith("（"):
            pending = [line]
        elif TITLE.match(line):
            out.append(("article", "\n".join(pending + [line])))
            pending = []
        else:
            kind, text = out[-1]
            out[-1] = (kind, text + "\n" + line)
    return out


def _replace_once(text: str, a: str, b: str, where: str) -> str:
    if text.count(a) != 1:
        raise OracleError(f"「{a}」 occurs {text.count(a)} times in {where}")
    return text.replace(a, b)


def apply_bill(current: str, bill: str) -> list[tuple[str, str]]:
    st = State(current)
    for sentence, follows in split_bill(bill):
        _apply(st, sentence[:-1], follows)
    return st.shape()


def _apply(st: State, s: str, follows: list[str]) -> None:
    if s == "題名を次のように改める":
        next(it for it in st.items if it[0] == "title")[1] = "\n".join(follows)
        return
    if s == "目次を次のように改める":
        next(it for it in st.items if it[0] == "toc")[1] = "\n".join(follows)
        return
    if s.startswith("目次中"):
        toc = next(it for it in st.items if it[0] == "toc")
        i = 3
        while i < len(s):
            a, i = _quotes(s, i)
            assert s[i : i + 1] == "を", s[i:]
            b, i = _quotes(s, i + 1)
            toc[1] = _replace_once(toc[1], a, b, "目次")
            for ending in ("に改め、", "に改める", "に改め"):
                if s.startswith(ending, i):
                    i += len(ending)
                    break
        return
    m = re.fullmatch(r"(第\d+章)の章名を次のように改める", s)
    if m:
        st.items[st.division(m.group(1))][1] = "\n".join(follows)
        return
    m = re.fullmatch(r"(第\d+章(?:の\d+)*)の次に次の1章を加える", s)
    if m:
        k = st.division(m.group(1))
        end = len(st.items)
        for j in range(k + 1, len(st.items)):
            kind, text = st.items[j]
            if kind in ("suppl", "table") or (kind == "division" and "章" in text.strip().split("　")[0]):
                end = j
                break
        st.items[end:end] = [list(b) for b in _blocks(follows)]
        return
    m = re.fullmatch(r"(第\d+条(?:の\d+)*)を次のように改める", s)
    if m:
        art = st.article(m.group(1))
        art[1] = "\n".join(follows)
        return
    # a chain of clauses
    art: list[str] | None = None
    caption = False
    para = 1
    i = 0
    while i < len(s):
        if s.startswith("、", i):
            i += 1
        m = re.compile(r"(?:(第\d+条(?:の\d+)*|同条)(?:第(\d+)項)?|同項)(?:第(\d+)号)?(?=を|の次に|に次の|を次のように)").match(s, i)
        if m and (m.group(2) or m.group(3) or s.startswith(("に次の", "を次のように"), m.end()) and not s.startswith("第", m.end())) and not re.compile(r"(第\d+条(?:の\d+)*|同条)を第\d+条と").match(s, i) and not re.compile(r"第\d+条(?:の\d+)*(?:を削|の次に次の\d+条)").match(s, i):
            if m.group(1) and m.group(1) != "同条":
                art = st.article(m.group(1))
            assert art is not None, s
            if m.group(1):
                para = int(m.group(2)) if m.group(2) else 1
            i = _structural(art, para, int(m.group(3)) if m.group(3) else None, s, m.end(), follows)
            continue
        m = re.compile(r"(第\d+条(?:の\d+)*|同条)(?=[をの中第])").match(s, i)
        if m:
            if m.group(1) != "同条":
                art = st.article(m.group(1))
            assert art is not None
            i = m.end()
            m2 = re.compile(r"を(第\d+条(?:の\d+)*)と(?:し|する)").match(s, i)
            if m2:
                label = st._label(art[1])
                new = m2.group(1)
                if any(it[0] == "article" and number_key(st._label(it[1])) == number_key(new) for it in st.items):
                    raise OracleError(f"{new} is taken")
                art[1] = art[1].replace(label + "　", new + "　", 1)
                i = m2.end()
                continue
            if s.startswith("を削り", i) or s.startswith("を削る", i):
                st.items.remove(art)
                i += 3
                continue
            m2 = re.compile(r"の次に次の(\d+)条を加える").match(s, i)
            if m2:
                k = st.items.index(art)
                new_blocks = [list(b) for b in _blocks(follows)]
                assert len(new_blocks) == int(m2.group(1)), (s, follows)
                for b in new_blocks:
                    if any(it[0] == "article" and number_key(st._label(it[1])) == number_key(st._label(b[1])) for it in st.items):
                        raise OracleError(f"{st._label(b[1])} is taken")
                st.items[k + 1 : k + 1] = new_blocks
                i = m2.end()
                continue
            m2 = re.compile(r"(?:第\d+項)?(?:第\d+号(?:の\d+)*)?[アイウエオカキクケコ]?(の見出し)?中").match(s, i)
            assert m2 and m2.end() > i, s[i:]
            caption = bool(m2.group(1))
            i = m2.end()
        m = re.compile(r"第(\d+)条から第(\d+)条までを(\d+)条ずつ繰り(下げ|上げ)(?:る)?").match(s, i)
        if m:
            lo, hi, by = int(m.group(1)), int(m.group(2)), int(m.group(3))
            by = by if m.group(4) == "下げ" else -by
            targets = [it for it in st.items if it[0] == "article" and len(number_key(st._label(it[1]))) == 1 and lo <= number_key(st._label(it[1]))[0] <= hi]
            assert len(targets) == hi - lo + 1, s
            moved = {number_key(st._label(t[1]))[0] + by for t in targets}
            others = {number_key(st._label(it[1])) for it in st.items if it[0] == "article" and it not in targets}
            if any((n,) in others for n in moved):
                raise OracleError(f"range move collides: {s}")
            for t in targets:
                label = st._label(t[1])
                t[1] = t[1].replace(label + "　", f"第{number_key(label)[0] + by}条　", 1)
            i = m.end()
            continue
        assert art is not None and s.startswith("「", i), s[i:]
        a, i = _quotes(s, i)
        region = art[1]
        if caption:
            region = art[1].split("\n", 1)[0]
        if s.startswith("を削", i):
            new_region = _replace_once(region, a, "", "見出し" if caption else "条")
            i += 3
        elif s.startswith("を「", i):
            b, i = _quotes(s, i + 1)
            new_region = _replace_once(region, a, b, "見出し" if caption else "条")
            i += len("に改め") + (1 if s.startswith("に改める", i) else 0)
        else:
            m2 = re.compile(r"の[次下右後]に").match(s, i)
            assert m2, s[i:]
            b, i = _quotes(s, m2.end())
            new_region = _replace_once(region, a, a + b, "見出し" if caption else "条")
            i += len("を加え") + (1 if s.startswith("を加える", i) else 0)
        art[1] = new_region + art[1][len(region):] if caption else new_region


_ITEM_LINE = re.compile(r"^([ 　]*)[(（](\d+)[)）]　")
_PARA_LINE = re.compile(r"^(\d+)　")


def _paragraph_lines(lines: list[str], para: int) -> tuple[int, int]:
    """[start, end) line indices of 項 ``para`` (項 1 starts at the 第N条 line)."""
    starts = [next(k for k, line in enumerate(lines) if TITLE.match(line))]
    nums = [1]
    for k, line in enumerate(lines):
        m = _PARA_LINE.match(line)
        if m and k > starts[0]:
            starts.append(k)
            nums.append(int(m.group(1)))
    if para not in nums:
        raise OracleError(f"第{para}項 not found")
    at = nums.index(para)
    return starts[at], (starts[at + 1] if at + 1 < len(starts) else len(lines))


def _item_lines(lines: list[str], lo: int, hi: int, item: int) -> tuple[int, int]:
    hits = [k for k in range(lo, hi) if (m := _ITEM_LINE.match(lines[k])) and int(m.group(2)) == item]
    if len(hits) != 1:
        raise OracleError(f"第{item}号: {len(hits)} items")
    k = hits[0]
    indent = len(_ITEM_LINE.match(lines[k]).group(1))
    end = k + 1
    while end < hi and not ((m := _ITEM_LINE.match(lines[end])) and len(m.group(1)) <= indent):
        end += 1
    return k, end


def _structural(art: list[str], para: int, item: int | None, s: str, i: int, follows: list[str]) -> int:
    """Apply one 号/項 clause (move, delete, add, replace) to the article; returns the index after it.

    Works on lines, not through the parser: between two clauses a list may be numbered with a
    gap (第1号 deleted, 第2号 not yet moved up), which no parser takes for a list."""
    lines = art[1].split("\n")
    lo, hi = _paragraph_lines(lines, para)
    if item is not None:
        k, end = _item_lines(lines, lo, hi, item)
        m = re.compile(r"を同[条項]第(\d+)号と(?:し|する)").match(s, i)
        if m:
            new = int(m.group(1))
            if any((x := _ITEM_LINE.match(lines[j])) and int(x.group(2)) == new for j in range(lo, hi)):
                raise OracleError(f"第{new}号 is taken")
            lines[k] = re.sub(r"^([ 　]*[(（])\d+", lambda x: x.group(1) + str(new), lines[k], count=1)
            art[1] = "\n".join(lines)
            return m.end()
        m = re.compile(r"を削(?:り|る)").match(s, i)
        if m:
            del lines[k:end]
            art[1] = "\n".join(lines)
            return m.end()
        m = re.compile(r"の次に次の(\d+)号を加え(?:る)?").match(s, i)
        if m:
            lines[end:end] = follows
            art[1] = "\n".join(lines)
            return m.end()
        m = re.compile(r"を次のように改め(?:る)?").match(s, i)
        if m:
            lines[k:end] = follows
            art[1] = "\n".join(lines)
            return m.end()
        raise OracleError(s[i:])
    m = re.compile(r"に次の(\d+)号を加え(?:る)?").match(s, i)
    if m:
        lines[hi:hi] = follows
        art[1] = "\n".join(lines)
        return m.end()
    m = re.compile(r"に次の1項を加え(?:る)?").match(s, i)
    if m:
        art[1] = "\n".join(lines + follows)
        return m.end()
    m = re.compile(r"を削(?:り|る)").match(s, i)
    if m:
        del lines[lo:hi]
        art[1] = "\n".join(lines)
        return m.end()
    raise OracleError(s[i:])

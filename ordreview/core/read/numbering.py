"""Word's automatic numbering (``word/numbering.xml``) materialised as text.

A paragraph is numbered when it has ``w:numPr`` itself or through its style chain
(``w:basedOn``). As in Word (and ECMA-376 §17.9), the running counters belong to the
*abstract* definition (``w:abstractNum``): list instances (``w:num``) that share one continue
each other's count. An instance's ``w:lvlOverride/w:startOverride`` restarts the shared
counter of that level at the instance's first paragraph on that level (that is how Word
writes "restart at 1" and "continue from 5"); a whole overriding ``w:lvl`` changes the
level's format for that instance only. A numbered paragraph resets the deeper levels unless
their ``w:lvlRestart`` says otherwise. ``w:numStyleLink`` is followed to the numbering style's
list. The prefix is the level's ``w:lvlText`` with ``%1``…``%9`` replaced by the formatted
counters, followed by its suffix: ``w:suff`` tab (the default) → ``"\\t"``, space → ``" "``,
nothing → ``""``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ordreview.core.chars import AIUEO, IROHA, TO_FULL_WIDTH_DIGITS, TO_KANJI_DIGITS
from ordreview.core.read import limits
from ordreview.core.text import int_to_kanji

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("p")`` → ``{…/main}p``."""
    return f"{{{W_NS}}}{tag}"


__all__ = ["Instance", "Level", "Numbering", "W_NS", "format_number", "w"]

_VAL = w("val")
MAX_LEVELS = 9


class AbsurdNumbering(ValueError):
    """A list definition beyond what Word itself allows or can show (the reader refuses it).

    ``what`` names the problem for the message (``w:start 1000000``).
    """

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _bounded(value: int, what: str) -> int:
    if value > limits.MAX_NUMBER_VALUE:
        raise AbsurdNumbering(f"{what} {value} > {limits.MAX_NUMBER_VALUE}")
    return max(0, value)


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    restart: int | None = None
    suffix: str = "\t"
    legal: bool = False
    pstyle: str | None = None


@dataclass(frozen=True, slots=True)
class Instance:
    """A list instance (``w:num``): its abstract definition and overrides."""

    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _child_val(el: etree._Element, tag: str) -> str | None:
    child = el.find(w(tag))
    return None if child is None else child.get(_VAL)


def _parse_level(el: etree._Element) -> Level:
    suff = {"tab": "\t", "space": " ", "nothing": ""}.get(_child_val(el, "suff") or "tab", "\t")
    is_lgl = el.find(w("isLgl"))
    legal = is_lgl is not None and (is_lgl.get(_VAL) or "1") not in ("0", "false", "off")
    start = _int(_child_val(el, "start"), 1)
    text = _child_val(el, "lvlText")
    if text is not None and len(text) > limits.MAX_LEVEL_TEXT:
        raise AbsurdNumbering(f"w:lvlText {len(text)} > {limits.MAX_LEVEL_TEXT}")
    return Level(
        start=_bounded(start if start is not None else 1, "w:start"),
        fmt=_child_val(el, "numFmt") or "decimal",
        text=text,
        restart=_int(_child_val(el, "lvlRestart")),
        suffix=suff,
        legal=legal,
        pstyle=_child_val(el, "pStyle"),
    )


class Numbering:
    """The list definitions of a document, and the counters while walking it.

    Attributes:
        abstracts: abstractNumId → {ilvl: Level}.
        style_links: abstractNumId → the numbering style id of its ``w:numStyleLink``.
        instances: numId → Instance.
    """

    def __init__(self, root: etree._Element | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}
        self.instances: dict[str, Instance] = {}
        self._counters: dict[str, list[int | None]] = {}  # per abstractNumId
        self._seen: set[tuple[str, int]] = set()  # (numId, ilvl) already used
        if root is None:
            return
        for absn in root.iter(w("abstractNum")):
            aid = absn.get(w("abstractNumId")) or ""
            levels: dict[int, Level] = {}
            for lvl in absn.iter(w("lvl")):
                ilvl = _int(lvl.get(w("ilvl")))
                if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
                    levels[ilvl] = _parse_level(lvl)
            self.abstracts[aid] = levels
            link = _child_val(absn, "numStyleLink")
            if link:
                self.style_links[aid] = link
        for num in root.iter(w("num")):
            nid = num.get(w("numId")) or ""
            aid = _child_val(num, "abstractNumId") or ""
            starts: dict[int, int] = {}
            overrides: dict[int, Level] = {}
            for ov in num.iter(w("lvlOverride")):
                ilvl = _int(ov.get(w("ilvl")))
                if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                    continue
                value = _int(_child_val(ov, "startOverride"))
                if value is not None:
                    starts[ilvl] = _bounded(value, "w:startOverride")
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = _parse_level(lvl)
            self.instances[nid] = Instance(aid, starts, overrides)

    def abstract_id(self, num_id: str, style_num: dict[str, str] | None = None) -> str | None:
        """The abstract definition list instance ``num_id`` uses, after ``w:numStyleLink``.

        ``style_num`` maps a numbering style id to its numId. ``None`` when undefined.
        """
        inst = self.instances.get(num_id)
        if inst is None:
            return None
        aid, hops = inst.abstract_id, 0
        while aid in self.style_links and style_num and hops < 5:
            linked = self.instances.get(style_num.get(self.style_links[aid], ""))
            if linked is None or linked.abstract_id == aid:
                break
            aid, hops = linked.abstract_id, hops + 1
        return aid

    def levels(self, num_id: str, style_num: dict[str, str] | None = None) -> dict[int, Level]:
        """The effective levels of list instance ``num_id`` ({} when undefined)."""
        aid = self.abstract_id(num_id, style_num)
        if aid is None:
            return {}
        levels = dict(self.abstracts.get(aid, {}))
        levels.update(self.instances[num_id].level_overrides)
        return levels

    def level_for_style(self, num_id: str, style_id: str, style_num: dict[str, str]) -> int | None:
        """The level of ``num_id`` linked to paragraph style ``style_id`` (``w:pStyle``), if any."""
        for ilvl, level in self.levels(num_id, style_num).items():
            if level.pstyle == style_id:
                return ilvl
        return None

    def next_prefix(self, num_id: str, ilvl: int, style_num: dict[str, str] | None = None) -> str:
        """Advance the counter of (``num_id``, ``ilvl``) and return the paragraph's number text.

        Returns ``""`` when the instance or level is undefined or the level shows no number.
        """
        levels = self.levels(num_id, style_num)
        level = levels.get(ilvl)
        if level is None or not 0 <= ilvl < MAX_LEVELS:
            return ""
        inst = self.instances[num_id]
        aid = self.abstract_id(num_id, style_num) or ""
        counters = self._counters.setdefault(aid, [None] * MAX_LEVELS)

        def start(i: int) -> int:
            if i in inst.start_overrides:
                return inst.start_overrides[i]
            lv = levels.get(i)
            return lv.start if lv is not None else 1

        current = counters[ilvl]
        if (num_id, ilvl) not in self._seen:
            self._seen.add((num_id, ilvl))
            if ilvl in inst.start_overrides:
                current = None  # the instance's first use of this level restarts it
        counters[ilvl] = start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            lv = levels.get(deeper)
            restart = lv.restart if lv is not None else None
            if restart is None or (restart != 0 and ilvl < restart):
                counters[deeper] = None
        if level.text is None:
            return ""
        out: list[str] = []
        text, i, size = level.text, 0, 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                ref = int(text[i + 1]) - 1
                lv = levels.get(ref, Level())
                value = counters[ref] if counters[ref] is not None else start(ref)
                fmt = "decimal" if level.legal and lv.fmt != "none" else lv.fmt
                out.append(format_number(value, fmt, bullet_text=""))
                i += 2
                size += len(out[-1])
                if size > limits.MAX_PREFIX_CHARS:
                    raise AbsurdNumbering(f"number text > {limits.MAX_PREFIX_CHARS}")
            else:
                out.append(ch)
                i += 1
        body = "".join(out).replace("\r", " ").replace("\n", " ")
        return body + level.suffix if body else ""


# ---------------------------------------------------------------- number formats

_AIUEO_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
_IROHA_HALF = "ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳｲﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼｴﾋﾓｾｽ"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_LEGAL = str.maketrans("一二三十", "壱弐参拾")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _cycle(seq: str, n: int) -> str:
    return seq[(n - 1) % len(seq)] if n > 0 else str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _enclosed(n: int, first: int, count: int) -> str | None:
    return chr(first + n - 1) if 1 <= n <= count else None


_CYCLES = {
    "aiueoFullWidth": AIUEO,
    "aiueo": _AIUEO_HALF,
    "irohaFullWidth": IROHA,
    "iroha": _IROHA_HALF,
    "ideographTraditional": _TRADITIONAL,
    "ideographZodiac": _ZODIAC,
}
"""The formats that letter a list by going round a fixed sequence of characters."""


def format_number(n: int, fmt: str, *, bullet_text: str = "") -> str:
    """Format counter ``n`` in Word's ``w:numFmt`` ``fmt`` (unknown formats → decimal)."""
    if fmt == "none":
        return ""
    if fmt == "bullet":
        return bullet_text
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(TO_FULL_WIDTH_DIGITS)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("japaneseCounting", "chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        return int_to_kanji(n) if 0 < n < 10000 else str(n).translate(TO_KANJI_DIGITS)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital"):
        return str(n).translate(TO_KANJI_DIGITS)
    if fmt == "japaneseLegal":
        kanji = int_to_kanji(n) if 0 < n < 10000 else str(n).translate(TO_KANJI_DIGITS)
        return kanji.translate(_LEGAL)
    if fmt in _CYCLES:
        return _cycle(_CYCLES[fmt], n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        if 1 <= n <= 20:
            return chr(0x2460 + n - 1)
        if 21 <= n <= 35:
            return chr(0x3251 + n - 21)
        if 36 <= n <= 50:
            return chr(0x32B1 + n - 36)
        return str(n)
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, 0x2474, 20) or f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, 0x2488, 20) or f"{n}."
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)

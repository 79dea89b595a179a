"""Location labels: the one builder of 第2条第3号 for the window, the CLI, the Word comments,
the report and the engine's messages. Always half-width Arabic (第2条第1項第3号), whatever
the draft printed (第２条, 第二条, 第 2 条).

Labels are built from the parsed numbers (``Article.num``, ``Paragraph.num``, ``Item.num``),
never from printed titles, so that a label never mixes widths or scripts (「第２条第1項」,
「第三条第4号」). As 法制執務 writes them: the 項 of an article with one paragraph is never
named (第2条第3号, not 第2条第1項第3号); every 項 of an article with several is (第2条第1項,
第2条第1項第2号); a 号's sub-items are ア, イ, deeper ones (ア) (第2条第1項第2号ア(イ)).
"""

from __future__ import annotations

import re

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Article, Finding, Location, Ordinance
from ordreview.core.text import int_to_kanji, kanji_to_int

_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"


def num_label(num: str, unit: str) -> str:
    """Printed form of an e-Gov number: ``("34_2", "条")`` → ``"第34条の2"`` (a range keeps its start)."""
    parts = num.split(":", 1)[0].split("_")
    return f"第{parts[0]}{unit}" + "".join(f"の{p}" for p in parts[1:])


def article_label(num: str | None) -> str:
    """``"47_13"`` → ``"第47条の13"``; ``"5:7"`` → ``"第5条から第7条まで"``; ``None`` → ``""``."""
    if not num:
        return ""
    if ":" in num:
        first, last = num.split(":", 1)
        return f"{article_label(first)}から{article_label(last)}まで"
    return num_label(num, "条")


def article_name(article: Article) -> str:
    """The label of a parsed article (``第2条``, never its printed title ``第２条``/``第二条``)."""
    return article_label(article.num) if article.num else article.title


def item_label(item: str) -> str:
    """``"3_2.1"`` → ``"第3号の2ア"``; deeper sub-items in parentheses: ``"1.2.3"`` → ``"第1号イ(ウ)"``."""
    parts = item.split(".")
    head, *branches = parts[0].split("_")
    out = f"第{head}号" + "".join(f"の{b}" for b in branches)
    for depth, sub in enumerate(parts[1:]):
        first = sub.split("_")[0]
        n = int(first) if first.isdigit() else 0
        mark = _KANA[n - 1] if 0 < n <= len(_KANA) else sub
        out += mark if depth == 0 else f"({mark})"
    return out


def location_label(loc: Location, ordinance: Ordinance | None = None) -> str:
    """A location as 例規 practice writes it: 第2条第3項第1号ア (``""`` outside the articles).

    With the ``ordinance``, the 項 is named exactly when the article has several (第2条第3号
    for an article with one paragraph, 第2条第1項 for the first of several). Without it (a
    finding of an earlier revision), the first 項 is named only before a 号."""
    if loc.article is None:
        return ""
    out = article_label(loc.article)
    article = ordinance.article(loc.article) if ordinance is not None else None
    if loc.paragraph is not None and article is not None:
        named = len(article.paragraphs) > 1
    else:
        named = loc.paragraph is not None and (loc.paragraph > 1 or (loc.paragraph == 1 and bool(loc.item)))
    if named:
        out += f"第{loc.paragraph}項"
    if loc.item:
        marks = _sub_item_marks(article, loc) if article is not None else None
        if marks is None:
            out += item_label(loc.item)
        else:  # the draft's own sub-item markers: ロ in a draft that writes イ, ロ, ハ
            out += item_label(loc.item.split(".")[0]) + "".join(m if d == 0 else f"({m})" for d, m in enumerate(marks))
    return out


_BRACKETS = str.maketrans("", "", "()（）")


def _sub_item_marks(article: Article, loc: Location) -> list[str] | None:
    """The printed markers of the sub-items on the path of ``loc.item`` (``"10.2"`` → ``["ロ"]``
    where the draft writes イ, ロ), brackets dropped and digits half-width; ``None`` when the
    path does not resolve."""
    from ordreview.core.chars import TO_HALF_WIDTH_DIGITS

    para = next((p for p in article.paragraphs if p.num == loc.paragraph), None)
    if para is None and len(article.paragraphs) == 1:
        para = article.paragraphs[0]
    if para is None or not loc.item:
        return None
    parts = loc.item.split(".")
    items = para.items
    marks: list[str] = []
    for depth, num in enumerate(parts):
        item = next((i for i in items if i.num == num), None)
        if item is None:
            return None
        if depth:
            mark = item.title.translate(_BRACKETS).translate(TO_HALF_WIDTH_DIGITS).strip()
            if not mark:
                return None
            marks.append(mark)
        items = item.items
    return marks


def suppl_label(ordinance: Ordinance, offset: int) -> str:
    """Where ``offset`` lies in a 附則, as the draft names it: ``"附則第2項"``, ``"付則第1条"``,
    ``"附則"`` (one paragraph); ``""`` when it is not inside a 附則."""
    for suppl in ordinance.suppl_provisions:
        if not suppl.span.start <= offset < suppl.span.end:
            continue
        word = "付則" if "付" in suppl.label else "附則"
        for art in suppl.articles:
            if art.span.start <= offset < art.span.end:
                return word + article_name(art)
        if len(suppl.paragraphs) > 1:
            for para in suppl.paragraphs:
                if para.span.start <= offset < para.span.end:
                    return f"{word}第{para.num}項"
        return word
    return ""


WHOLE_JA = "全体"
"""The label of a finding about the whole ordinance (no place in it)."""

_ENACTING_RE = lazy_compile(r"(次のように定める|を公布する|ここに.*制定する)。?$")


def place_label(ordinance: Ordinance, loc: Location) -> str:
    """Where a finding sits, one name per place: :func:`location_label` inside the articles;
    outside them 題名, 目次, 前文, 制定文, 附則 (附則第2項, 付則第1条), 別表第1, the 章/節
    heading (第2章), 本則 for main-provision text placed in no article; 「全体」 only for a finding about the whole ordinance (no span, or
    the whole title, where such a finding is anchored for the Word comment)."""
    label = location_label(loc, ordinance)
    if label:
        return label
    span = loc.span
    if span is None:
        return WHOLE_JA
    at = span.start
    suppl = suppl_label(ordinance, at)
    if suppl:
        return suppl
    ref = ordinance.locate(at)
    if ref.article is not None and span != ordinance.title_span:  # a span in an article, not tied to its node
        return location_label(Location(ref.article, ref.paragraph, ref.item, span), ordinance)
    title = ordinance.title_span
    if title is not None and span == title:
        return WHOLE_JA  # a finding about the whole ordinance is anchored on its title
    if title is not None and title.start <= at < title.end:
        return "題名"
    if any(t.span.start <= at < t.span.end for t in ordinance.toc):
        return "目次"
    for table in ordinance.tables:
        if table.span.start <= at < table.span.end:
            return table_label(table.title)
    for text, where in ordinance.preamble:
        if where.start <= at < max(where.end, where.start + 1):
            if text.strip().replace("　", "") == "目次":
                return "目次"
            if ordinance.law_num and ordinance.law_num in text:
                return "題名"  # the 条例番号 line belongs with the title
            return "制定文" if _ENACTING_RE.search(text.strip()) else "前文"
    heading = None
    for div in ordinance.divisions:
        if div.span.start <= at < max(div.span.end, div.span.start + 1):
            heading = div
    if heading is not None:
        return _division_label(heading)
    if ordinance.articles and at < ordinance.articles[0].span.start:
        return "前文"
    return "本則"  # text of the main provisions the parser could not place in an article


def table_label(title: str) -> str:
    """A 別表's label from its printed title: 「別表第２（第5条関係）」 → ``"別表第2"``; 様式 likewise."""
    from ordreview.core.chars import TO_HALF_WIDTH_DIGITS

    head = title.strip().split("（", 1)[0].split("(", 1)[0].replace("　", "").replace(" ", "")
    head = head.translate(TO_HALF_WIDTH_DIGITS)
    match = re.match(r"(別表|様式)(第?)([〇一二三四五六七八九十百]+|[0-9]+)?", head)
    if not match:
        return head or "別表"
    word, _, num = match.groups()
    if not num:
        return word
    if not num.isdigit():
        num = str(kanji_to_int(num) or num)
    return f"{word}第{num}"


def _division_label(div: object) -> str:
    num = getattr(div, "num", "")
    kind = getattr(div, "kind", "章")
    parts = num.split("_")
    if not parts or not parts[0].isdigit():
        return str(getattr(div, "title", kind))
    return f"第{parts[0]}{kind}" + "".join(f"の{p}" for p in parts[1:])

# --------------------------------------------------------------------------- label numerals
#
# 例規 practice cites a provision in the numerals the ordinance itself is written in: a
# kanji-numbered ordinance cites 第三条第四号, a full-width one 第３条第４号. The officer
# chooses between half-width Arabic (``"arabic"``, the default) and the draft's own numerals
# (``"draft"``). Every label is built in half-width Arabic first and converted as a whole by
# :func:`in_numerals`, so a label never mixes forms (「第三条第4号」).

NUMERALS = ("arabic", "draft")
NUMERALS_JA = {"arabic": "算用数字（第3条第4号）", "draft": "原文の表記（第三条第四号／第３条第４号）"}
NUMERALS_EN = {"arabic": "Arabic numerals (第3条第4号)", "draft": "As the draft writes them (第三条第四号 / 第３条第４号)"}

_numerals = "arabic"


def set_label_numerals(choice: str) -> str:
    """Choose the numerals of every label shown from now on (``"arabic"`` or ``"draft"``;
    anything else is ``"arabic"``). The window sets it from the settings, the command line
    from ``--label-numerals`` or the same setting. Returns the choice kept."""
    global _numerals
    _numerals = choice if choice in NUMERALS else "arabic"
    return _numerals


def label_numerals() -> str:
    """The numerals chosen for labels: ``"arabic"`` or ``"draft"``."""
    return _numerals


_KANJI_NUMERAL_RE = lazy_compile(r"第[〇一二三四五六七八九十百千]+条")
_FULL_WIDTH_RE = lazy_compile(r"第[０-９]+条")
_ARABIC_RE = lazy_compile(r"第\s*[0-9]+\s*条")


def draft_numerals(ordinance: Ordinance | None) -> str:
    """How the draft writes its article numbers: ``"kanji"`` (第三条), ``"full"`` (第３条) or
    ``"arabic"`` (第3条), by a majority of the printed article titles (the 附則's included);
    ``"arabic"`` without an ordinance or articles."""
    if ordinance is None:
        return "arabic"
    titles = [a.title for a in ordinance.articles]
    titles += [a.title for s in ordinance.suppl_provisions for a in s.articles]
    counts = {
        "kanji": sum(bool(_KANJI_NUMERAL_RE.match(t)) for t in titles),
        "full": sum(bool(_FULL_WIDTH_RE.match(t)) for t in titles),
        "arabic": sum(bool(_ARABIC_RE.match(t)) for t in titles),
    }
    best = max(counts.values())
    if best == 0:
        return "arabic"
    return next(k for k in ("arabic", "kanji", "full") if counts[k] == best)


_DIGITS_RE = lazy_compile(r"[0-9]+")
_KANJI_PART_RE = lazy_compile(r"\([0-9]+\)|[^(]+|\(")


def _kanji_of(m: re.Match[str]) -> str:
    n = int(m.group())
    return int_to_kanji(n) if 0 < n < 10000 else m.group()
_TO_FULL = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def in_numerals(label: str, style: str) -> str:
    """``label`` (half-width Arabic, as the builders make it) in ``style``: ``"kanji"``
    (第3条第4号 → 第三条第四号), ``"full"`` (→ 第３条第４号, brackets full-width too) or
    ``"arabic"`` (unchanged). Every number of 条, 項, 号 is converted, so none is left mixed; the
    bracketed number of a sub-item keeps the form statutes in kanji numerals give it (第二条第九号ロ(1))."""
    if style == "kanji":  # 第二条第九号ロ(1): a sub-item's bracketed number stays Arabic, as statutes write it
        return _KANJI_PART_RE.sub(lambda m: m.group() if m.group().startswith("(")
                                  else _DIGITS_RE.sub(_kanji_of, m.group()), label)
    if style == "full":
        return label.translate(_TO_FULL)
    return label


def shown_style(ordinance: Ordinance | None, numerals: str | None = None) -> str:
    """The numeral style labels take for ``ordinance`` under the choice ``numerals`` (the
    current setting when ``None``): ``"arabic"``, ``"kanji"`` or ``"full"``."""
    choice = numerals or _numerals
    return draft_numerals(ordinance) if choice == "draft" else "arabic"


_REFERENCE_RE = lazy_compile(r"(?:別表)?第[0-9]+(?:条|項|号|章|節|款|目)?(?:の[0-9]+)*(?:[アイウエオカキクケコサシスセソタチツテト]|\([0-9アイウエオカキクケコ]+\))*")


def in_numerals_text(text: str, style: str) -> str:
    """A message with the provision labels in it (第3条第4号, 附則第2項, 別表第1) put in
    ``style``; text quoted from the draft or a statute (inside 「」) is left as written."""
    if style == "arabic" or not text:
        return text
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "「":
            if depth == 0:
                out.append(_restyle_refs(text[start:i], style))
                start = i
            depth += 1
        elif ch == "」" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start : i + 1])
                start = i + 1
    tail = text[start:]
    out.append(tail if depth else _restyle_refs(tail, style))
    return "".join(out)


def _restyle_refs(text: str, style: str) -> str:
    return _REFERENCE_RE.sub(lambda m: in_numerals(m.group(), style), text)


def shown_label(loc: Location, ordinance: Ordinance | None = None, numerals: str | None = None) -> str:
    """:func:`place_label` in the numerals chosen (the setting when ``numerals`` is ``None``):
    the one label the window, the command line, the report and the Word comments show."""
    if ordinance is None:
        label = location_label(loc) or WHOLE_JA
        return in_numerals(label, "arabic")
    return in_numerals(place_label(ordinance, loc), shown_style(ordinance, numerals))


def earlier_label(finding: Finding, ordinance: Ordinance | None = None, numerals: str | None = None) -> str:
    """The label of a finding of an earlier revision (one the redraft no longer raises): the
    label stored when it was found, in the numerals chosen for ``ordinance`` (the current
    draft of the same ordinance); for a finding stored without one, its location alone."""
    label = finding.place or location_label(finding.location) or WHOLE_JA
    return in_numerals(label, shown_style(ordinance, numerals))


def shown_message(text: str, ordinance: Ordinance | None, numerals: str | None = None) -> str:
    """An engine message with its provision labels in the numerals chosen (see :func:`shown_label`)."""
    return in_numerals_text(text, shown_style(ordinance, numerals))

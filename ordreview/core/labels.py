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

from ordreview.core.model import Article, Location, Ordinance

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


def place_label(ordinance: Ordinance, loc: Location) -> str:
    """:func:`location_label` (with the ordinance), or the 附則 label for a location inside a 附則 (``""`` elsewhere
    outside the articles)."""
    label = location_label(loc, ordinance)
    if label or loc.span is None:
        return label
    return suppl_label(ordinance, loc.span.start)

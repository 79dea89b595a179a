"""[O2] References to a 別表 the draft does not have.

- ``ref.table`` [O2, error]: 「別表第2に定める額」 in a draft whose only table is 「別表（第33条
  関係）」, or whose tables are 別表第1 and 別表第3. Only a draft that has at least one 別表 is
  checked (a draft without any may have been given without its tables), and only references of
  this draft: 「○○条例別表第2」, 「法別表第1」 (a kanji right before: another instrument) and an
  amendment bill (whose 別表 are the amended ordinance's) are left alone. 「別表第1」 in a draft
  whose single table is written 「別表」 names it unambiguously and is not reported, and
  「別表第2項に定める額」 cites the second 項 of that table.
- The same rule, ``check.integrity.ref_table_other_article`` [O2, error]: 「別表第2に掲げる事項」 in 第9条
  where the table's heading says 「別表第2（第16条関係）」 and another table says 「別表第1（第9条関係）」:
  each heading states which article its table serves, so the reference has taken the wrong table
  (a table whose heading names no article, or none naming the citing one, is not judged).
"""

from __future__ import annotations

from ordreview.core.amendment import detect_amendment
from ordreview.core.attached_tables import related_articles
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import NUM, index_for, is_kanji, node_label, primed, to_int
from ordreview.core.checks.registry import register
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.labels import article_name
from ordreview.core.messages import define
from ordreview.core.phrases import cited
from ordreview.core.model import AppendedTable, Finding, Ordinance, Span
from ordreview.core.text import fold

REF_TABLE_MISSING = define(
    "check.integrity.ref_table_missing",
    ja="{where}中「{ref}」{cited}は、この条例にない（この条例の別表は、{tables}である。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target}, which this ordinance does not have (its tables: {tables}).",
)

REF_TABLE_OTHER_ARTICLE = define(
    "check.integrity.ref_table_other_article",
    ja="{where}中「{ref}」の引用する別表第{n}は{its}関係の表である（{article}関係の表は、{other}である。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites 別表第{n}, whose heading relates it to {its}; the table for {article} is {other}.",
)

_TABLE_REF = lazy_compile(rf"別表\s*第\s*({NUM})(?![0-9〇一二三四五六七八九十百千]|\s*[項号])")
"""別表第N; 「別表第2項」 (「別表第2号」) is the second 項 (号) of a table written 「別表」, not a 別表第2."""
_TITLE_NUM = lazy_compile(rf"^\s*別表\s*第\s*({NUM})")


def _table_numbers(titles: list[str]) -> tuple[set[int], int]:
    """The numbers of the numbered tables, and how many tables are unnumbered."""
    numbered: set[int] = set()
    bare = 0
    for title in titles:
        m = _TITLE_NUM.match(fold(title))
        n = to_int(m[1]) if m else None
        if n is None:
            bare += 1
        else:
            numbered.add(n)
    return numbered, bare


@register("ref.table", title_ja="存在しない別表の引用", title_en="References to missing tables")
@primed
def check_table_refs(ctx: CheckContext) -> list[Finding]:
    """[O2] 別表第N cited in this draft, which has tables but not that one."""
    ordinance = ctx.ordinance
    tables = [t for t in ordinance.tables if fold(t.title).lstrip().startswith("別表")]
    if not tables:
        return []
    folded = index_for(ordinance).folded
    if detect_amendment(ordinance, folded=folded).is_amendment:
        return []
    numbered, bare = _table_numbers([t.title for t in tables])
    by_number = {n: t for t in tables if (m := _TITLE_NUM.match(fold(t.title))) and (n := to_int(m[1])) is not None}
    headings = [Span(t.span.start, t.span.start + len(t.title) + 2) for t in tables]
    labels = [f"「{fold(t.title).split('(')[0].strip()}」" for t in tables]
    names = labels[0] + "一つのみ" if len(labels) == 1 else "、".join(labels[:-1]) + "及び" + labels[-1]
    out: list[Finding] = []
    for m in _TABLE_REF.finditer(folded):
        start = m.start()
        if start > 0 and is_kanji(folded[start - 1]):
            continue  # 条例別表第2, 法別表第1: a table of another instrument
        if any(h.start <= start < h.end for h in headings):
            continue
        n = to_int(m[1])
        if n is not None and n in numbered:
            wrong = _other_articles_table(ordinance, by_number, n, start)
            if wrong is not None:
                span = Span(start, m.end())
                where = node_label(ordinance, start)
                out.append(ctx.finding(
                    rule="ref.table", requirement="O2", span=span, code=REF_TABLE_OTHER_ARTICLE, severity="error",
                    params={"ref": span.slice(ordinance.text), "where": where, "n": str(n), **wrong},
                    id_extra=(where,),
                ))
            continue
        if n is None or (n == 1 and bare == 1 and not numbered):
            continue
        span = Span(start, m.end())
        where = node_label(ordinance, start)
        out.append(ctx.finding(
            rule="ref.table", requirement="O2", span=span, code=REF_TABLE_MISSING, severity="error",
            params={"ref": span.slice(ordinance.text), "where": where, "target": f"別表第{n}", "tables": names,
                    "cited": cited(span.slice(ordinance.text), f"別表第{n}")},
            id_extra=(where,),
        ))
    return out


def _other_articles_table(ordinance: Ordinance, by_number: dict[int, AppendedTable], n: int,
                          pos: int) -> dict[str, str] | None:
    """``{"its", "article", "other"}`` when 別表第``n``'s heading relates it to other articles than the
    one citing it at ``pos`` and another table's heading names that article; else ``None``.
    ``by_number``: the draft's numbered tables by their number."""
    ref = ordinance.locate(pos)
    if ref.article is None:
        return None
    article = ordinance.article(ref.article)
    if article is None or article.in_suppl:
        return None
    cited_table = by_number.get(n)
    related = related_articles(cited_table.title) if cited_table is not None else []
    if not related or str(ref.article) in related:
        return None
    others = [k for k, t in sorted(by_number.items()) if k != n and str(ref.article) in related_articles(t.title)]
    if not others:
        return None
    return {"its": "、".join(article_name(a) for num in related if (a := ordinance.article(num)) is not None)
            or "他の条", "article": article_name(article), "other": "、".join(f"別表第{k}" for k in others)}

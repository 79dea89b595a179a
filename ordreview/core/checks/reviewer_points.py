"""Points a 例規審査 reviewer raises that no single requirement's elements show.

Rules:

- ``fee.created`` [C14, warning]: the draft provides for proposals to use 非識別加工情報 that
  has already been created (C13 present), but its fee provisions charge only the contract on
  newly created information: no fee paragraph names that contract (a reference to the C13
  article, 「…において準用する…」, 「…準用する場合を含む」, 「既に作成された」). Fees are fixed by
  ordinance (地方自治法 第228条第1項), so the second contract needs its own amount or an
  express extension of the first (行政機関個人情報保護法 第44条の13; its successor, 個人情報の保護
  に関する法律 第119条, keeps the two tiers).
- ``regime.stray_term`` [O15, warning]: a 2017-regime draft (the profile's regime signals do not
  reach the threshold) that still uses, undefined, a term the profile lists as vocabulary of the
  2021 reform with full weight (行政機関等匿名加工情報, 条例要配慮個人情報): a term this ordinance
  never defines and whose regime it does not belong to, most likely a slip for its own term.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import analysis, article_anchor
from ordreview.core.checks.integrity_index import num_key, to_int
from ordreview.core.checks.registry import register
from ordreview.core.labels import article_label
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Article, Finding, Ordinance
from ordreview.core.text import fold, kanji_to_int

FEE_CREATED = define(
    "check.reviewer.fee_created",
    ja="{created}に既に作成された非識別加工情報の利用に関する提案の規定があるが、手数料の規定（{fee}）は"
    "新たに作成する場合の契約についてだけ定めており、既に作成されたものの利用に関する契約の手数料が定められていない。"
    "手数料は条例で定める必要がある（地方自治法第228条第1項）ので、その額（又は前項の額による旨）を規定されたい。",
    en="{created} provides for proposals to use non-identifying information already created, but the fee "
    "provision ({fee}) charges only the contract on newly created information; the fee for a contract on "
    "already-created information is not set. Fees must be fixed by ordinance (Local Autonomy Act Art. 228(1)): "
    "state its amount (or that the amount of the first contract applies).",
)
STRAY_TERM = define(
    "check.reviewer.stray_term",
    ja="「{term}」は令和3年改正後の個人情報の保護に関する法律の用語であり、この条例では定義されていない（{where}）。"
    "この条例の用語（例：{own}）の誤りでないか確認されたい。",
    en="「{term}」 ({where}) is a term of the Personal Information Protection Act as amended in 2021 and is not "
    "defined in this ordinance; check whether the ordinance's own term (e.g. {own}) was meant.",
)

_FEE = lazy_compile(r"手数料")
_OWES = lazy_compile(r"手数料を納め|手数料の額")
_EXTENDS = lazy_compile(r"準用する場合を含む|において準用する|既に作成され|作成された[^。]{0,20}非識別加工情報|既に[^。]{0,10}契約を締結した")
_CREATED = lazy_compile(r"既に作成された|作成された[^。]{0,30}非識別加工情報をその(?:事業の)?用に供")
_GENERIC = lazy_compile(r"^(?:(?!規定により|規定による|規定で).)*契約を(?:実施機関と)?(?:締結(?:する|しようとする)|結(?:ぶ|ぼうとする))(?:者|人)",
                        re.S)  # (「契約を結ぶ人は、…手数料を…払わなければなりません」: a draft in everyday words)
_REF = lazy_compile(r"(前条|次条|第([0-9〇一二三四五六七八九十百]+)条(?:の([0-9〇一二三四五六七八九十]+))?)")


def _refs(text: str, fee_index: int, articles: tuple[Article, ...]) -> set[str]:
    """The article numbers (e-Gov form) a text cites, absolute or 前条/次条 from its article."""
    out: set[str] = set()
    for m in _REF.finditer(text):
        if m.group(1) in ("前条", "次条"):
            j = fee_index + (-1 if m.group(1) == "前条" else 1)
            if 0 <= j < len(articles):
                out.add(str(articles[j].num))
            continue
        num = _article_num(m.group(2), m.group(3))
        if num is not None:
            out.add(num)
    return out


def _article_num(number: str, branch: str | None) -> str | None:
    """The e-Gov article number of 「第N条（の M）」 written in Arabic or kanji numerals: 「20_8」."""
    n = kanji_to_int(number)
    if n is None:
        return None
    sub = kanji_to_int(branch) if branch else None
    return f"{n}_{sub}" if sub else str(n)


@register("fee.created", title_ja="作成された非識別加工情報に係る手数料", title_en="Fee for already-created information")
def check_fee_created(ctx: CheckContext) -> list[Finding]:
    """[C14] A C13 provision without a fee for the contract on already-created information."""
    alignment, index = analysis(ctx)
    if (alignment.regime_mismatch or alignment.rule is not None or alignment.amendment is not None
            or not alignment.c_present):
        return []
    c13 = alignment.coverage.get("C13")
    c14 = alignment.coverage.get("C14")
    if c13 is None or c13.status not in ("covered", "partial") or c14 is None or c14.status == "missing":
        return []
    created = next((e.article for e in c13.evidence if e.article), None)
    if created is None or not index.c_spans:
        return []
    articles = index.articles
    text = ctx.ordinance.text
    fees: list[tuple[int, Article]] = []
    for i, art in enumerate(articles):
        if str(art.num) == str(created) or not any(c.contains(art.span) for c in index.c_spans):
            continue
        body = fold(art.span.slice(text))
        if _FEE.search(body) and _OWES.search(body):
            fees.append((i, art))
    if not fees:
        return []
    # the articles of the procedure for created information: the C13 article and any other
    # that speaks of information already created (a separate contract article, say)
    procedure = {str(created)} | {str(a.num) for a in articles if _CREATED.search(fold(a.span.slice(text)))}
    created_art = next((a for a in articles if str(a.num) == str(created)), None)
    # (whitespace out: a hard-wrapped copy breaks 「準\n用する」 or a range across lines)
    created_body = re.sub(r"\s+", "", fold(created_art.span.slice(text))) if created_art is not None else ""
    if any(_FEE.search(sentence) and _OWES.search(sentence) for sentence in created_body.split("。")):
        return []  # the proposal article charges its own fee (「…契約を締結する者は、…の手数料を納めなければならない。」)
    for i, art in fees:
        folded = fold(art.span.slice(text))
        body = re.sub(r"\s+", "", folded) + _tables_named(ctx.ordinance, folded)
        if _EXTENDS.search(body) or (_refs(body, i, articles) & (procedure - {str(art.num)})):
            return []
        if _via_paragraph(ctx.ordinance, body, str(created)):
            return []  # 「第20条の8第2項の規定により…契約を締結する者」, that paragraph taking in the C13 proposal
        if _applied_by_reference(_before_named(created_body, created_art, articles), str(art.num)):
            return []  # 「第33条から第38条までの規定は、前項の提案について準用する。」: the fee article too
        if any(_GENERIC.search(sentence) for sentence in body.split("。") if "手数料" in sentence):
            return []  # 「…の利用に関する契約を締結する者は」 with no article: every such contract
    i, art = fees[0]
    anchor = article_anchor(index, art.num)
    if anchor is None:
        return []
    return [ctx.finding(
        rule="fee.created", requirement="C14", span=anchor, code=FEE_CREATED, severity="warning",
        params={"created": article_label(str(created)), "fee": article_label(str(art.num))},
        suggestion=f"2　{article_label(str(created))}の提案に係る契約を締結する者は、○○円の手数料を納めなければならない。",
    )]


def _before_named(body: str, art: Article | None, articles: tuple[Article, ...]) -> str:
    """``body`` with 「前条」 (「前の条」 in everyday words) written as the number of the article before ``art``:
    「第18条第2項から前の条までの規定と同じように扱います」 is a range ending there."""
    k = next((i for i, a in enumerate(articles) if a is art), None)
    if k is None or k == 0:
        return body
    before = str(articles[k - 1].num).split("_")
    label = f"第{before[0]}条" + (f"の{before[1]}" if len(before) > 1 else "")
    return re.sub(r"前の?条", label, body)


_PARAGRAPH_REF = lazy_compile(
    r"第([0-9〇一二三四五六七八九十百]+)条(?:の([0-9〇一二三四五六七八九十]+))?第([0-9〇一二三四五六七八九十]+)項")


def _via_paragraph(ordinance: Ordinance, body: str, created: str) -> bool:
    """The fee article names a paragraph (「第20条の8第2項の規定により…契約を締結する者」) that itself
    cites the proposal on information already created (「前項の規定は、第20条の10第2項において準用する
    第20条の6第2項の規定による通知を受けた者について準用する。」): the fee covers that contract."""
    for m in _PARAGRAPH_REF.finditer(body):
        num, para = _article_num(m.group(1), m.group(2)), kanji_to_int(m.group(3))
        art = ordinance.article(num) if num is not None else None
        if art is None or para is None or not 1 <= para <= len(art.paragraphs):
            continue
        cited = fold(art.paragraphs[para - 1].span.slice(ordinance.text))
        if any(r.group(2) is not None and _article_num(r.group(2), r.group(3)) == created for r in _REF.finditer(cited)):
            return True
    return False


_TABLE_NAMED = lazy_compile(r"別表(第[0-9〇一二三四五六七八九十]+)?(?:の[^。、]{0,6}欄)?に(?:定める|掲げる|規定する)")
"""「別表に定める額」, and 「別表の左欄に掲げる区分に応じ、同表の右欄に定める額」 (the table's columns named)."""


def _tables_named(ordinance: Ordinance, body: str) -> str:
    """The text of the 別表 a fee article sets its amounts in (「別表に定める額の手数料」, 「別表第2に掲げる額」), joined
    on to the article: the rows for a contract on information already created may stand there."""
    from ordreview.core.attached_tables import named_tables

    return "。".join(fold(t.text) for m in _TABLE_NAMED.finditer(body) for t in named_tables(ordinance, m.group(1) or ""))


_RANGE = lazy_compile(
    r"第([0-9〇一二三四五六七八九十百]+)条(?:の([0-9〇一二三四五六七八九十]+))?(?:第[0-9〇一二三四五六七八九十]+項)?"
    r"(?:から第([0-9〇一二三四五六七八九十百]+)条(?:の([0-9〇一二三四五六七八九十]+))?まで)?"
)


_APPLIES = lazy_compile(r"準用|の例によ|と同じ(?:ように|く)(?:扱|取り扱|取扱)|と同様に(?:扱|取り扱|取扱)")
"""A sentence applying other provisions: 準用する, 「…の規定の例により」, and in everyday words 「…までの規定と同じ
ように扱います」."""


def _applied_by_reference(body: str, num: str) -> bool:
    """True if a sentence of ``body`` that applies provisions (準用する, or 「…の規定の例により」) names the
    article ``num`` (e-Gov form, ``"37"`` or ``"36_9"``) alone or inside a range (第33条から第38条まで)."""
    key = num_key(num)
    for sentence in body.split("。"):
        if not _APPLIES.search(sentence):
            continue
        for m in _RANGE.finditer(sentence):
            first = (to_int(m[1]) or 0, to_int(m[2]) or 0 if m[2] else 0)
            if m[3] is None:
                last = first
            else:
                last = (to_int(m[3]) or 0, to_int(m[4]) or 0 if m[4] else 0)
            here = (key[0], key[1] if len(key) > 1 else 0)
            if first <= here <= last:
                return True
    return False


def _own_term(ctx: CheckContext) -> str:
    """The draft's own name for its processed information, for the message's example."""
    names = sorted({t.term for t in ctx.ordinance.terms if t.term.endswith("非識別加工情報")}, key=len, reverse=True)
    return names[0] if names else "実施機関非識別加工情報"


@register("regime.stray_term", title_ja="令和3年改正後の用語の混在", title_en="A post-2021 term in a 2017-regime draft")
def check_stray_term(ctx: CheckContext) -> list[Finding]:
    """[O15] A full-weight post-2021 term used, undefined, in a draft of the 2017 regime."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch or alignment.rule is not None or "O15" not in alignment.coverage:
        return []  # (a profile without the regime requirement has nothing to say about it)
    profile = ctx.profile
    terms = [t for t, w in getattr(profile, "regime_signals", ()) if w >= 1.0 and t.endswith("情報")]
    if not terms:
        return []
    defined = {t.term for t in ctx.ordinance.terms}
    out: list[Finding] = []
    for term in terms:
        if term in defined or f"「{term}」" in index.folded:
            continue
        for span in index.hits(term, literal=True):
            ref = ctx.ordinance.locate(span.start)
            if ref.article is None:
                continue  # a title, heading or 目次
            out.append(ctx.finding(
                rule="regime.stray_term", requirement="O15", span=span, code=STRAY_TERM, severity="warning",
                params={"term": term, "where": article_label(ref.article), "own": _own_term(ctx)},
                suggestion=_own_term(ctx),
            ))
            break
    return out

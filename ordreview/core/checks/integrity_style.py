"""Drafting integrity: captions [O7], delegations [O8], penalties [O9], 附則 [O10], the 非識別 fee [C14].

Rules:

- ``caption.missing`` [O7, info]: an article without a 見出し of its own where most articles
  of the main provisions have one (the message names the caption before it, which the
  parser carries on as a possible 共通見出し).
- ``caption.style`` [O7, info]: a caption bracketed differently from most (（定義） among
  (目的) …).
- ``delegation`` [O8, info]: one finding for all the delegations (規則で定める, 実施機関が定める,
  別に定める, 市長が定める …), 「規則への委任事項一覧」: the count and places, the fees among them
  (地方自治法 第228条第1項 is cited only then) and those that may be a 白紙委任 (a penalty
  delegated, a duty's exception delegated, no body named). :func:`delegations` gives the rows,
  which the report prints as the checklist for drafting the 施行規則; each excerpt quotes the
  clause, never beyond the item or paragraph that holds it.
- ``penalty.limit`` [O9, error]: 懲役/禁錮/拘禁刑 over 2 years, 罰金 over ¥1,000,000, 過料
  over ¥50,000 (地方自治法 第14条第3項); amounts in Arabic, full-width or kanji digits.
- ``suppl.entry_into_force`` [O10, info]: a 附則 with no entry-into-force provision (施行する),
  or no 附則 at all.
- ``fee.delegated`` [C14, error]: where the draft has a 非識別加工情報 mechanism, a fee whose
  amount is left to a 規則 or to the head (規則で定める額 …) instead of fixed in the ordinance
  (地方自治法 第228条第1項).
  A fee fixed through the fee ordinance (「…手数料条例の定めるところにより」) is lawful: an
  ``info`` note asks to check that ordinance lists it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ordreview.core.checks.context import MAX_FINDINGS_PER_RULE, CheckContext
from ordreview.core.checks.integrity_index import (
    KANJI,
    OrdinanceIndex,
    SpanSet,
    article_of,
    index_for,
    node_label,
    primed,
)
from ordreview.core.checks.registry import register
from ordreview.core.labels import article_name
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define, render
from ordreview.core.model import Article, Finding, Ordinance, Span
from ordreview.core.phrases import whole_phrase
from ordreview.core.text import fold

CAPTION_MISSING = define(
    "check.integrity.caption_missing",
    ja="{title}に見出しがない（全{total}条中{captioned}条には見出しがある。）。見出しを付されたい。",
    en="{title} has no caption (見出し), while the draft gives one to {captioned} of its {total} article(s).",
)
CAPTION_SHARED = define(
    "check.integrity.caption_shared",
    ja="{title}に見出しがない（全{total}条中{captioned}条には見出しがある。）。前の条の見出し（{caption}）を共通見出しとする趣旨か確認されたい。",
    en="{title} has no caption (見出し) of its own, while the draft gives one to {captioned} of its {total} article(s); "
    "check whether the caption before it, （{caption}）, is meant as a common caption.",
)
CAPTION_STYLE = define(
    "check.integrity.caption_style",
    ja="{title}の見出し「{caption}」の括弧の書き方が、他の{majority_count}条（「{majority}」）と異なる。他の条に合わせられたい。",
    en="The caption 「{caption}」 of {title} is bracketed differently from the other {majority_count} article(s) (「{majority}」).",
)
DELEGATION = define(
    "check.integrity.delegation",
    ja="規則への委任事項一覧：この条例には委任規定が{count}箇所ある（{places}）。{fees}{blank}"
    "施行規則の立案に当たり、各事項が委任先で定められているか、審査報告書の一覧表により確認されたい。",
    en="Inventory of delegations: the ordinance delegates {count} matter(s) ({places}).{fees_en}{blank_en} "
    "When drafting the implementing rule, check each against the table in the review report.",
)
DELEGATION_FEES = define(
    "check.integrity.delegation_fees",
    ja="うち{n}箇所（{places}）は手数料の額等の委任であり、手数料は条例で定めなければならない（地方自治法第228条第1項）。",
    en=" {n} of them ({places}) delegate a fee, which must be fixed by ordinance (Local Autonomy Act Art. 228(1)).",
)
DELEGATION_BLANK = define(
    "check.integrity.delegation_blank",
    ja="{n}箇所（{places}）は委任の範囲が明らかでないおそれがあるので、白紙委任とならないか確認されたい。",
    en=" {n} of them ({places}) may not bound what is delegated; check that none is a blanket delegation (白紙委任).",
)
DELEGATION_STATUTE = "地方自治法 第14条、地方自治法 第15条"
DELEGATION_FEE_STATUTE = "地方自治法 第228条第1項"
PENALTY = define(
    "check.integrity.penalty_limit",
    ja="「{phrase}」は、地方自治法第14条第3項の上限（{limit}）を超えている。上限の範囲内に改められたい。",
    en="「{phrase}」 exceeds the limit of Art. 14(3) of the Local Autonomy Act ({limit_en}).",
)
SUPPL_NO_FORCE = define(
    "check.integrity.suppl_no_entry_into_force",
    ja="{label}に施行期日の規定（「…から施行する。」）がない。施行期日を規定されたい。",
    en="The supplementary provisions ({label}) have no entry-into-force clause.",
)
SUPPL_MISSING = define(
    "check.integrity.suppl_missing",
    ja="附則がない。施行期日及び経過措置を規定されたい。",
    en="There are no supplementary provisions (附則): the entry into force and transition are not provided.",
)
FEE_DELEGATED = define(
    "check.integrity.fee_delegated",
    ja="{where}中「{phrase}」は、非識別加工情報に係る手数料の額を{who}に委ねている。手数料の額は地方自治法第228条第1項により条例で定めなければならないので、額を条例に規定されたい。",
    en="The amount of the fee for non-identifying processed information is left to the {who_en} (「{phrase}」, "
    "{where}); under Art. 228(1) of the Local Autonomy Act fees must be fixed by ordinance.",
)


# --------------------------------------------------------------------------- [O7] captions


@register("caption.missing", title_ja="見出しのない条", title_en="Articles without a caption")
@primed
def check_captions(ctx: CheckContext) -> list[Finding]:
    """[O7] Uncaptioned articles where most main-provision articles have a caption."""
    ordinance = ctx.ordinance
    articles = [a for a in ordinance.articles if not a.deleted]
    captioned = sum(1 for a in articles if a.caption_span is not None)
    if captioned * 2 <= len(articles):
        return []
    titles = index_for(ordinance).title_spans
    uncaptioned = [a for a in articles if a.caption_span is None]
    # the division's name serves as the caption of its only article, unless it is a name for provisions of any
    # kind (雑則, 補則: 「第5章　雑則」 over a lone 委任 article still leaves the article uncaptioned)
    alone = {d.articles[0] for d in ordinance.divisions
             if len(d.articles) == 1 and not _GENERIC_DIVISION.search(fold(d.caption or ""))}
    slips = [a for a in uncaptioned if a.num not in alone and not _continues(ordinance, a)]
    out: list[Finding] = []
    for article in uncaptioned:
        # the parser hands an uncaptioned article the caption before it (a possible 共通見出し)
        code = CAPTION_SHARED if article.caption else CAPTION_MISSING
        # one article alone left without a caption, in a draft that captions every other one and not as the
        # continuation of a 共通見出し (penalties, the same subject): a slip to correct, not a style to confirm
        severity = "warning" if slips == [article] else "info"
        out.append(ctx.finding(
            rule="caption.missing", requirement="O7", span=titles[id(article)], code=code, severity=severity,
            params={"title": article_name(article), "captioned": captioned, "total": len(articles),
                    "caption": article.caption or ""},
        ))
    return out


_PENAL = lazy_compile(r"処する|科する|罰金|過料|罪を犯した")
_GENERIC_DIVISION = lazy_compile(r"(?:雑則|補則|総則|その他|そのほか)\s*$")
_DEFINES = lazy_compile(r"^この条例において[^。]{0,40}(?:意義|とは)")
_ARTICLE_NUMBER = lazy_compile(r"^第\S+?条\S*?[\s　]")
_SUBJECT_PARTS = lazy_compile(r"及び|並びに|、|・")
_SUBJECT_TAIL = lazy_compile(r"(?:等|の.*)$")


def _continues(ordinance: Ordinance, article: Article) -> bool:
    """True when an uncaptioned ``article`` reads as one more article under the caption before it
    (a 共通見出し): a penalty article (罰則 captions commonly cover every penalty article), one
    more article of definitions, or one that opens with the caption's subject (（審議会） …
    「審議会は、委員…で組織する。」, （審査請求） … 「前条の審査請求については、…」, （手数料） … 「…納付し
    なければならない手数料の額は、…」)."""
    body = fold(article.span.slice(ordinance.text))
    caption = fold(article.caption or "")
    if _PENAL.search(body) or "罰" in caption:
        return True
    body = _ARTICLE_NUMBER.sub("", body, count=1)
    if _DEFINES.match(body):
        return True
    if not caption:
        return False
    body = re.sub(r"^前条の", "", body, count=1)  # 「（審査請求）…第18条　前条の審査請求については、…」
    # the caption's subjects: 「訂正決定等及び利用停止決定等の期限」 → 訂正決定, 利用停止決定
    subjects = [s for s in (_SUBJECT_TAIL.sub("", part) for part in _SUBJECT_PARTS.split(caption)) if len(s) >= 2]
    if body.startswith(caption) or any(body.startswith(s) for s in subjects):
        return True
    # or the first sentence's topic is one of them: 「…規定により納付しなければならない手数料の額は、」 under （手数料）
    topic = body[:60].partition("は、")[0] if "は、" in body[:60] else ""
    return any(len(s) >= 3 and re.search(re.escape(s) + r"(?:等)?(?:の額)?$", topic) for s in subjects)


def _bracket_style(text: str, span: Span) -> str:
    """The brackets of a caption line as written: ``"（）"``, ``"()"``, ``"（)"`` …."""
    caption = text[span.start : span.end].strip()
    return (caption[:1] + caption[-1:]) if caption else ""


@register("caption.style", title_ja="見出しの書き方の不統一", title_en="Inconsistent caption style")
@primed
def check_caption_style(ctx: CheckContext) -> list[Finding]:
    """[O7] Captions bracketed differently from most (（定義） among (目的) or 【委任】)."""
    ordinance = ctx.ordinance
    text = ordinance.text
    captioned = [a for a in ordinance.articles if a.caption_span is not None]
    styles = Counter(_bracket_style(text, a.caption_span) for a in captioned if a.caption_span)
    if len(styles) < 2:
        return []
    (majority, count), *_ = styles.most_common(1)
    if count * 2 <= len(captioned):
        return []
    out: list[Finding] = []
    for article in captioned:
        assert article.caption_span is not None
        style = _bracket_style(text, article.caption_span)
        if style == majority:
            continue
        out.append(ctx.finding(
            rule="caption.style", requirement="O7", span=article.caption_span, code=CAPTION_STYLE,
            severity="info",
            params={"title": article_name(article), "caption": article.caption_span.slice(text).strip(),
                    "majority": majority, "majority_count": count},
        ))
    return out


# --------------------------------------------------------------------------- [O8] delegations

_RULE = rf"(?:[{KANJI}]*(?:委員会|[市町村区県都府]))?規則"
_DEFINE = lazy_compile(r"定め(?=る|た|られ|ら)")
_RULE_OWNER = lazy_compile(rf"[{KANJI}]*(?:委員会|[市町村区県都府])$")
_HEAD_OWNER = lazy_compile(rf"(?:実施機関|[市町村区]長|知事|議長|[{KANJI}]*委員会)$")
_WHO = {
    "rule": ("規則", "rule (規則)"),
    "head": ("機関の定め", "decision of the body named"),
    "other": ("定め", "separate provision"),
}


def _delegations(folded: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, who)`` of every delegation; ``end`` is just after 定め.

    Found from each 定め backwards (a regex with a leading kanji run would backtrack over every
    kanji of the draft): 〔…委員会|…市〕規則で(別に)定め, 〔実施機関|市長|…委員会〕が(別に)定め,
    or a bare 別に定め.
    """
    out: list[tuple[int, int, str, str]] = []
    for m in _DEFINE.finditer(folded):
        end = m.end()
        pos = m.start()
        if folded.endswith("別に", 0, pos):
            pos -= 2
        particle = folded[pos - 1 : pos]
        if particle == "で" and folded.endswith("規則", 0, pos - 1):
            start = pos - 3
            owner = _RULE_OWNER.search(folded, max(0, start - 20), start)
            if owner is not None:
                start = owner.start()
            out.append((start, end, "rule", "規則"))
        elif particle == "が":
            owner = _HEAD_OWNER.search(folded, max(0, pos - 21), pos - 1)
            if owner is not None:
                out.append((owner.start(), end, "head", owner.group(0)))
        elif folded.endswith("別に", 0, m.start()) and particle not in ("が", "で"):
            out.append((m.start() - 2, end, "other", ""))
    return out


_IROHA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_LEADING_MARKER = lazy_compile(
    r"^(?:第[0-9０-９]+条(?:の[0-9０-９]+)*|[0-9０-９]+|[(（][0-9０-９]+[)）]|[⑴-⒇①-⑳]"
    rf"|[(（]?[{_IROHA}][)）]?)[ \u3000]+"
)


def _clause(index: OrdinanceIndex, text: str, start: int, end: int, unit: Span | None) -> str:
    """The clause around a delegation at ``joined[start:end]``: from the previous 、/。 to the next.

    Bounded to 24 characters before and 16 after (marked with …) and to ``unit``, the item or
    paragraph that holds the delegation (so the excerpt never runs into the next paragraph's
    number and text); a leading article number, paragraph number or item marker is dropped;
    line breaks are removed.
    """
    joined = index.joined
    lo, hi = (0, len(joined)) if unit is None else (index.to_joined(unit.start), index.to_joined(unit.end))
    lo, hi = min(lo, start), max(hi, end)
    floor = max(lo, start - 24)
    left = max(joined.rfind(c, floor, start) for c in "、。")
    if left >= 0:
        head, left = "", left + 1
    else:
        head, left = ("…" if floor > lo else ""), floor
    ceiling = min(hi, end + 16)
    stops = [p for p in (joined.find(c, end, ceiling) for c in "、。") if p >= 0]
    right = min(stops) if stops else ceiling
    tail = "" if stops or right >= hi else "…"
    body = _LEADING_MARKER.sub("", _one_line(index.span(left, right).slice(text)).strip())
    return f"{head}{body}{tail}"


def _unit_span(ordinance: Ordinance, offset: int) -> Span | None:
    """The own text of the innermost item or paragraph at ``offset`` (without its sub-items)."""
    art = article_of(ordinance, offset)
    if art is not None:
        paragraphs = art.paragraphs
    else:
        paragraphs = next((s.paragraphs for s in ordinance.suppl_provisions
                           if s.span.start <= offset < s.span.end), ())
    para = next((p for p in paragraphs if p.span.start <= offset < p.span.end), None)
    if para is None:
        return None
    if not para.items or offset < para.items[0].span.start:
        return Span(para.span.start, para.items[0].span.start if para.items else para.span.end)
    items, unit = para.items, None
    while True:
        item = next((i for i in items if i.span.start <= offset < i.span.end), None)
        if item is None:
            break
        unit, items = item, item.items
        if not item.items or offset < item.items[0].span.start:
            break
    if unit is None:
        return None
    return Span(unit.span.start, unit.items[0].span.start if unit.items else unit.span.end)


def _one_line(text: str) -> str:
    return re.sub(r"\n[ \t\u3000]*", "", text)


@dataclass(frozen=True, slots=True)
class Delegation:
    """One delegation of the draft (a row of the inventory).

    Attributes:
        where: the provision holding it (第2条第3項, 附則第2項 …).
        span: the delegating phrase (規則で定める, 実施機関が別に定める …).
        excerpt: the clause around it (bounded to the item or paragraph).
        provision: what is delegated, in the provision's words: the sentence of the item or
            paragraph that holds it (whole phrases, at most about 120 characters).
        who: to whom it is delegated (規則, 市長の定め, 別に定める).
        fee: the provision is about a fee (手数料・使用料 …) and the delegation is of an amount
            (額): a fee is fixed by ordinance.
        blank: why the delegation may be a 白紙委任 ("" when nothing suggests so).
    """

    where: str
    span: Span
    excerpt: str
    provision: str
    who: str
    fee: bool
    blank: str


_FEE = lazy_compile(r"手数料|使用料|利用料|料金")
_PENALTY_WORDS = lazy_compile(r"懲役|禁錮|拘禁刑|罰金|過料|科料")
_EXCEPTION = lazy_compile(r"(?:場合|とき)(?:を除き|は、この限りでない|には、この限りでない)|にかかわらず")
BLANK_PENALTY = "罰則に関する委任"
BLANK_EXCEPTION = "義務の例外を委任"
BLANK_OWNER = "委任先が明らかでない"


def delegations(ordinance: Ordinance) -> list[Delegation]:
    """Every delegation of the draft in document order (the 目次 left out)."""
    text = ordinance.text
    index = index_for(ordinance)
    toc = SpanSet(e.span for e in ordinance.toc)
    out: list[Delegation] = []
    for start, stop, kind, owner in _delegations(index.joined):
        if len(out) > MAX_FINDINGS_PER_RULE:
            break
        end = stop + 1  # the ending kana (る, た …) belongs to the phrase
        span = index.span(start, end)
        if span.start in toc:
            continue
        unit = _unit_span(ordinance, span.start)
        context = _clause(index, text, start, end, unit)
        unit_text = _one_line(unit.slice(text)) if unit is not None else context
        who = {"rule": "規則", "head": f"{owner}の定め", "other": "別に定める"}[kind]
        blank = ""
        if _PENALTY_WORDS.search(unit_text):
            blank = BLANK_PENALTY
        elif kind == "other":
            blank = BLANK_OWNER
        elif _EXCEPTION.search(fold(text[span.end : span.end + 20])):
            blank = BLANK_EXCEPTION
        provision = _provision_text(text, unit, span)
        fee = bool(_FEE.search(provision)) and "額" in text[max(0, span.start - 15) : span.end + 10]
        out.append(Delegation(node_label(ordinance, span.start), span, context, provision, who, fee, blank))
    return out


_SENTENCE_MARKS = lazy_compile("[（「）」。]")


def _provision_text(text: str, unit: Span | None, span: Span, limit: int = 120) -> str:
    """The sentence of ``unit`` holding ``span`` (sentences end at a 。 outside brackets), on
    one line, its leading number dropped; a long one is cut to whole phrases around ``span``."""
    if unit is None:
        return _one_line(whole_phrase(text, span.start, span.end, reach=40))
    lo, depth = unit.start, 0
    hi = unit.end
    for m in _SENTENCE_MARKS.finditer(text, unit.start, unit.end):  # (only these characters count)
        ch, i = m.group(), m.start()
        if ch in "（「":
            depth += 1
        elif ch in "）」":
            depth = max(0, depth - 1)
        elif depth == 0:  # 。
            if i < span.start:
                lo = i + 1
            elif i >= span.end:
                hi = i + 1
                break
    sentence = _LEADING_MARKER.sub("", _one_line(text[lo:hi]).strip())
    if len(sentence) <= limit:
        return sentence
    # a long sentence: the clauses (cut at 、) around the delegation, within about ``limit``
    a, b = max(lo, span.start - limit // 2), min(hi, span.end + limit // 2)
    if a > lo:
        comma = text.find("、", a, span.start)
        a = comma + 1 if comma >= 0 else a
    if b < hi:
        comma = text.rfind("、", span.end, b)
        b = comma if comma >= 0 else b
    piece = text[a:b]
    if b < hi and piece.count("（") > piece.count("）"):  # never stop inside a bracket
        b = a + piece.rfind("（")
    head, tail = ("…" if a > lo else ""), ("…" if b < hi else "")
    return head + _LEADING_MARKER.sub("", _one_line(text[a:b]).strip()) + tail


def _places(rows: list[Delegation], limit: int = 6) -> str:
    labels = list(dict.fromkeys(r.where for r in rows))
    shown = "、".join(labels[:limit])
    return shown + (f"ほか{len(labels) - limit}箇所" if len(labels) > limit else "")


@register("delegation", title_ja="委任規定の一覧", title_en="Inventory of delegations")
@primed
def check_delegations(ctx: CheckContext) -> list[Finding]:
    """[O8] One finding listing the delegations (規則で定める, 実施機関が定める …); the report
    carries them as a table, the checklist for drafting the 施行規則."""
    rows = delegations(ctx.ordinance)
    if not rows:
        return []
    fees = [r for r in rows if r.fee]
    blank = [r for r in rows if r.blank]
    fee_ja, fee_en = render(DELEGATION_FEES, n=len(fees), places=_places(fees)) if fees else ("", "")
    blank_ja, blank_en = render(DELEGATION_BLANK, n=len(blank), places=_places(blank)) if blank else ("", "")
    evidence = tuple(ctx.location(r.span) for r in rows)
    statute = DELEGATION_STATUTE + (f"、{DELEGATION_FEE_STATUTE}" if fees else "")
    return [ctx.finding(
        rule="delegation", requirement="O8", span=rows[0].span, code=DELEGATION, severity="info",
        params={"count": len(rows), "places": _places(rows), "fees": fee_ja, "fees_en": fee_en,
                "blank": blank_ja, "blank_en": blank_en},
        statute=statute, suggestion="", evidence=evidence,
    )]


# --------------------------------------------------------------------------- [O9] penalties

_AMOUNT = "[0-9,〇一二三四五六七八九十百千万億]+"
_PENALTY = lazy_compile(r"以下の(?P<kind>懲役|禁錮|禁固|拘禁刑|罰金|過料)")
_PRISON_TERM = lazy_compile(
    rf"(?:(?P<y>{_AMOUNT})[ \u3000]?年(?:[ \u3000]?(?P<m>{_AMOUNT})[ \u3000]?月)?|(?P<m2>{_AMOUNT})[ \u3000]?月)[ \u3000]?$")
"""A term before 以下の懲役 (「3年」, 「1年6月」); a PDF text's space between number and unit (「3 年」) is no boundary."""
_NUMERAL = "0-9,〇一二三四五六七八九十百千万億"
_FINE_AMOUNT = lazy_compile(rf"(?P<amount>[{_NUMERAL}](?:[{_NUMERAL}]|[ \u3000](?=[{_NUMERAL}]))*)[ \u3000]?円$")
"""An amount of money before 以下の罰金/過料; a stray space inside it (「１５０ 万円」, a copy whose
wraps became spaces, or 「１ ５ ０ 万円」, numbers set apart in a PDF text) is no boundary."""
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10_000, "億": 100_000_000}
_LIMITS = {
    "懲役": (24, "2年以下の懲役若しくは禁錮", "imprisonment up to 2 years"),
    "禁錮": (24, "2年以下の懲役若しくは禁錮", "imprisonment up to 2 years"),
    "禁固": (24, "2年以下の懲役若しくは禁錮", "imprisonment up to 2 years"),
    "拘禁刑": (24, "2年以下の拘禁刑", "confinement up to 2 years"),
    "罰金": (1_000_000, "100万円以下の罰金", "a fine up to ¥1,000,000"),
    "過料": (50_000, "5万円以下の過料", "a non-penal fine up to ¥50,000"),
}


def parse_amount(text: str) -> int | None:
    """A number written with Arabic or kanji digits and 十百千万億 units: 100万 → 1000000, 五万 → 50000."""
    text = fold(text).replace(",", "")
    if not text or len(text) > 24:  # no penalty is written longer; keeps the arithmetic small
        return None
    total = section = number = 0
    has_number = False
    for ch in text:
        if ch.isdigit():
            number = number * 10 + int(ch)
            has_number = True
        elif ch in _DIGITS:
            number = number * 10 + _DIGITS[ch]
            has_number = True
        elif ch in _SMALL_UNITS:
            section += (number if has_number else 1) * _SMALL_UNITS[ch]
            number, has_number = 0, False
        elif ch in _LARGE_UNITS:
            total += ((section + number) or 1) * _LARGE_UNITS[ch]
            section = number = 0
            has_number = False
        else:
            return None
    return total + section + number


@register("penalty.limit", title_ja="罰則の上限超過", title_en="Penalties beyond the statutory limits")
@primed
def check_penalties(ctx: CheckContext) -> list[Finding]:
    """[O9] 懲役/禁錮 over 2 years, 罰金 over ¥1,000,000, 過料 over ¥50,000."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    folded = index.joined
    out: list[Finding] = []
    for m in _PENALTY.finditer(folded):
        kind = m["kind"]
        window = max(0, m.start() - 24)
        value: int | None
        if kind in ("罰金", "過料"):
            head = _FINE_AMOUNT.search(folded, window, m.start())
            value = parse_amount(re.sub("[ \u3000]", "", head["amount"])) if head else None
        else:
            head = _PRISON_TERM.search(folded, window, m.start())
            if head is None:
                continue
            years = parse_amount(head["y"]) if head["y"] else 0
            months = parse_amount(head["m"] or head["m2"] or "0")
            value = None if years is None or months is None else years * 12 + months
        limit, limit_ja, limit_en = _LIMITS[kind]
        if head is None or value is None or value <= limit:
            continue
        span = index.span(head.start(), m.end())
        out.append(ctx.finding(
            rule="penalty.limit", requirement="O9", span=span, code=PENALTY, severity="error",
            params={"phrase": _one_line(span.slice(ordinance.text)), "limit": limit_ja, "limit_en": limit_en},
            statute="地方自治法 第14条第3項", suggestion=limit_ja,
            id_extra=(node_label(ordinance, span.start),),
        ))
    return out


# --------------------------------------------------------------------------- [O10] 附則

_IN_FORCE = lazy_compile(r"施行する|施行し[、,]|から施行|施行期日")


@register("suppl.entry_into_force", title_ja="施行期日の規定", title_en="Entry-into-force clause")
@primed
def check_entry_into_force(ctx: CheckContext) -> list[Finding]:
    """[O10] Every 附則 states when it enters into force; a draft without 附則 is reported once."""
    ordinance = ctx.ordinance
    text = ordinance.text
    if not ordinance.suppl_provisions:
        if not ordinance.articles:
            return []
        return [ctx.finding(
            rule="suppl.entry_into_force", requirement="O10", span=ordinance.title_span, code=SUPPL_MISSING,
            severity="info",
        )]
    out: list[Finding] = []
    for suppl in ordinance.suppl_provisions:
        body = suppl.span.slice(text)
        if _IN_FORCE.search(body):
            continue
        label_at = text.find(suppl.label, suppl.span.start, suppl.span.end)
        span = Span(label_at, label_at + len(suppl.label)) if label_at >= 0 and suppl.label else suppl.span
        end = text.find("\n", span.start)
        heading = text[span.start : end if end >= 0 else suppl.span.end].strip()
        out.append(ctx.finding(
            rule="suppl.entry_into_force", requirement="O10", span=span, code=SUPPL_NO_FORCE, severity="info",
            params={"label": heading or suppl.label}, id_extra=(suppl.amend_law_num or "",),
        ))
    return out


# --------------------------------------------------------------------------- [C14] fee

_FEE_DELEGATED = lazy_compile(
    rf"(?P<who>{_RULE}|実施機関|[市町村区]長|知事)(?:で|が)(?:別に)?定める(?:ところにより算定した)?(?:額|金額)"
    rf"|額は、?(?:[^、。]{{0,16}}?(?:を勘案し|を考慮し|に応じ)て、?)?(?P<who2>{_RULE}|実施機関|[市町村区]長|知事)(?:で|が)(?:別に)?定める"
)
_FEE_ORDINANCE = lazy_compile(
    r"(?P<name>[^、。()「」\s]{0,20}手数料[^、。()「」\s]{0,10}条例)(?:\([^()]*\))?"
    r"(?:第[0-9]+条(?:第[0-9]+項)?(?:第[0-9]+号)?)?(?:の定めるところによ|に定めるところによ|に定める額|で定める額|の定める額)"
)
"""The fee fixed through the municipality's fee ordinance: lawful (an ordinance fixes it), and
that ordinance has to list this fee."""
_CAPPED = lazy_compile(r"(?:の範囲内|以内|を超えない範囲(?:内)?)(?:において|で)、?$")
"""The amount left to a 規則 within a ceiling the ordinance fixes (「二万千円に…を加算した額の範囲内において規則で
定める額」): the ordinance fixes the fee's limit, a practice commonly read as meeting 地方自治法 第228条第1項."""
FEE_CAPPED = define(
    "check.integrity.fee_capped",
    ja="{where}中「{phrase}」は、手数料の上限を条例で定め、その範囲内で額を{who}に委ねている。地方自治法第228条第1項の"
    "趣旨に照らし、上限の定め方及び{who}で定める額を確認されたい。",
    en="{where} fixes the ceiling of the fee in the ordinance and leaves the amount within it to the {who_en} "
    "(「{phrase}」); check the ceiling and the amount the {who_en} sets against Art. 228(1) of the Local Autonomy Act.",
)
FEE_OTHER_ORDINANCE = define(
    "check.integrity.fee_other_ordinance",
    ja="{where}は、非識別加工情報に係る手数料の額を{name}に委ねている。同条例に当該手数料の額が規定されている"
    "か（同条例の改正を要するか）確認されたい。",
    en="{where} leaves the amount of the fee for non-identifying processed information to the {name}; check that "
    "ordinance fixes this fee (or is amended to do so).",
)


_FEE_TABLE = lazy_compile(r"別表(第[0-9]+)?に(?:定める|掲げる)(?:額|金額)")
"""A fee article setting its amounts in a 別表 (「別表に定める額の手数料」, 「別表第2に掲げる額」)."""
_CONTRACT_FEE = lazy_compile(r"契約を(?:締結|結)[^。]{0,20}(?:者|人)は、[^。]{0,60}手数料")
"""A fee owed by whoever concludes a contract (「町と第十九条…の契約を結ぶ人は、規則で定める額の手数料を…」): in a
personal-information ordinance only the contract of use of 非識別加工情報 (行政機関個人情報保護法 第44条の13), though the
article itself never says 非識別 (a draft without chapters)."""


def _delegated_in_table(ordinance: Ordinance, number: str) -> list[tuple[str, str]]:
    """The phrases of the 別表 named (``number``: 「第2」, or empty for 別表 / 別表第1) that leave an amount to
    a rule or the head (「市長が別に定める額」), with who it is left to."""
    from ordreview.core.attached_tables import named_tables
    from ordreview.core.text import fold

    return [(m.group(0), m["who"] or m["who2"]) for table in named_tables(ordinance, number)
            for m in _FEE_DELEGATED.finditer(re.sub(r"\s", "", fold(table.text)))]


def has_hishikibetsu(ctx: CheckContext) -> bool:
    """True when the draft introduces the 非識別加工情報 mechanism (C0 covered or partial).

    Without C0 coverage from the engine, a chapter or an article caption naming
    非識別 is taken as the sign of the mechanism.
    """
    coverage = ctx.coverage.get("C0")
    if coverage is not None:
        return coverage.status in ("covered", "partial")
    ordinance = ctx.ordinance
    return any("非識別" in d.caption for d in ordinance.divisions) or any(
        a.caption and "非識別" in a.caption for a in ordinance.articles
    )


def _is_hishikibetsu_article(ordinance: Ordinance, article: Article) -> bool:
    if "非識別" in article.span.slice(ordinance.text).replace("\n", ""):  # (a wrapped copy: 非\n識別)
        return True
    return any("非識別" in d.caption and d.span.contains(article.span) for d in ordinance.divisions)


@register("fee.delegated", title_ja="非識別加工情報の手数料の委任", title_en="Fee for non-identifying information left to a rule")
@primed
def check_fee(ctx: CheckContext) -> list[Finding]:
    """[C14] The 非識別 fee amount must be in the ordinance, not in a 規則 or left to the head.
    The suggestion is the draft's own fee paragraph with the amount written in it, where it
    has that form (``core.provision_edits.fee_in_ordinance``)."""
    from ordreview.core.provision_edits import fee_in_ordinance

    if not has_hishikibetsu(ctx):
        return []
    ordinance = ctx.ordinance
    text = ordinance.text
    index = index_for(ordinance)
    out: list[Finding] = []
    for article in ordinance.articles:
        offset = index.to_joined(article.span.start)
        body = index.joined[offset : index.to_joined(article.span.end)]
        if "手数料" not in body or not (_is_hishikibetsu_article(ordinance, article) or _CONTRACT_FEE.search(body)):
            continue
        for sentence in re.finditer(r"[^。]*手数料[^。]*", body):
            for m in _FEE_DELEGATED.finditer(sentence.group(0)):
                who = m["who"] or m["who2"]
                group = "who" if m["who"] else "who2"
                base = offset + sentence.start()
                span = index.span(base + m.start(group), base + m.end())
                req = ctx.profile.requirement("C14")
                own = fee_in_ordinance(ordinance, span, req.suggestion_ja) if req is not None else None
                capped = _CAPPED.search(sentence.group(0), 0, m.start()) is not None
                out.append(ctx.finding(
                    rule="fee.delegated", requirement="C14", span=span, code=FEE_CAPPED if capped else FEE_DELEGATED,
                    severity="info" if capped else "error",
                    params={"phrase": _one_line(span.slice(text)), "who": who,
                            "who_en": "rule" if "規則" in who else who, "where": node_label(ordinance, span.start)},
                    suggestion=own,
                ))
            for m in _FEE_TABLE.finditer(sentence.group(0)):  # 「別表に定める額」: the table's rows say the amounts
                base = offset + sentence.start()
                span = index.span(base + m.start(), base + m.end())
                for phrase, who in _delegated_in_table(ordinance, m.group(1) or ""):
                    out.append(ctx.finding(
                        rule="fee.delegated", requirement="C14", span=span, code=FEE_DELEGATED, severity="error",
                        params={"phrase": phrase, "who": who, "who_en": "rule" if "規則" in who else who,
                                "where": node_label(ordinance, span.start) + "の" + ("別表" + (m.group(1) or ""))},
                    ))
            for m in _FEE_ORDINANCE.finditer(sentence.group(0)):  # (lawful: a note to check that ordinance)
                base = offset + sentence.start()
                span = index.span(base + m.start("name"), base + m.end("name"))
                out.append(ctx.finding(
                    rule="fee.delegated", requirement="C14", span=span, code=FEE_OTHER_ORDINANCE, severity="info",
                    params={"name": _one_line(span.slice(text)), "where": node_label(ordinance, span.start)},
                    caveat=False, suggestion="",  # (that ordinance's to check: no amount, no model fee article)
                ))
    # the statute's fee article (第44条の13) applied by 準用 with 「政令」 read as a 規則
    from ordreview.core.draft_index import DraftIndex
    from ordreview.core.statute_applied import fee_readings

    draft_index = ctx.extra.get("index") or DraftIndex(ordinance, ctx.profile)  # type: ignore[arg-type]
    for span in fee_readings(draft_index):
        if any(f.location.span is not None and f.location.span.contains(span) for f in out):
            continue
        if any(f.severity == "error" and f.location.article == ordinance.locate(span.start).article for f in out):
            continue  # (the same article states the amount left to a 規則 in its own words: one defect, one finding)
        phrase = _one_line(span.slice(text))
        out.append(ctx.finding(
            rule="fee.delegated", requirement="C14", span=span, code=FEE_DELEGATED, severity="error",
            params={"phrase": phrase, "who": "規則" if "規則" in phrase else phrase,
                    "who_en": "rule" if "規則" in phrase else phrase, "where": node_label(ordinance, span.start)},
        ))
    return out

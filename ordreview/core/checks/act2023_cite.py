"""``act.article`` (P27): a citation of 法 that names the wrong article for the matter it is used for.

Implementing ordinances cite the Act's articles as the basis of what they set (「法第89条第2項の規定
により納付しなければならない手数料」, 「法第83条第1項の規定の適用については、同項中「30日以内」とある
のは…」). The table ``resources/data/act_articles_2023.json`` records, for the articles ordinances
cite, what each provides, its key words, how many 項 it has and the periods its 項 state
(docs/domain.md, "The Act's articles cited by implementing ordinances"), and which articles govern
a matter (開示請求の手数料, the decision periods, the 審査会 consultation). Three points:

- the cited 項 does not exist (法第84条 has one 項: 「法第84条第1項」 cites nothing) — error;
- a 読替え quotes words the cited 項 does not contain (「法第93条第1項中「30日以内」」) — error;
  both only where the table's ``verified`` names the text of the Act the count or the periods were
  checked against; an unchecked count or period gives a warning that asks the officer to check it;
- a sentence that speaks of one matter founds it on an article that governs another: error when
  the table knows the cited article and none of its key words are in the sentence, else warning.

Only citations of 法 itself (not 地方自治法, 行政不服審査法 …) in the main provision are read; the
table's unrecorded facts (``paragraphs: null``, articles it does not list) never raise an error.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ordreview import paths
from ordreview.core.checks.act2023 import Unit, _act, _flat_find, _where, units
from ordreview.core.checks.context import CheckContext, with_caveat
from ordreview.core.checks.registry import register
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Finding, Span
from ordreview.core.text import fold
from ordreview.core.text import int_to_kanji, kanji_to_int

M_NO_PARAGRAPH = define(
    "check.act.article_no_paragraph",
    ja="{where}で「{cited}」が引用されているが、法第{art}条（{caption}）は{count}の規定であり、第{para}項はない。{hint}",
    en="{where} cites “{cited}”, but Art. {art} of the Act ({caption}) has {count_en}; there is no paragraph {para}.{hint_en}",
)
M_READING = define(
    "check.act.article_reading",
    ja="{where}は「{cited}」中の「{words}」を読み替えているが、同項（{provides}）にはその字句がない。{hint}",
    en="{where} rewrites “{words}” in “{cited}”, but that paragraph ({provides}) has no such words.{hint_en}",
)
M_MATTER_UNSURE = define(
    "check.act.article_matter_unsure",
    ja="{where}は{matter}について定めているが、その根拠として「{cited}」を引用している。{matter}の根拠は{right}であるので、"
    "引用する条項を確認されたい。",
    en="{where} deals with {matter} but founds it on “{cited}”. The basis of {matter} is {right}: check the citation.",
)
M_MATTER = define(
    "check.act.article_matter",
    ja="{where}は{matter}について定めているが、その根拠として引用する「{cited}」は{what}の規定である。"
    "{matter}の根拠は{right}であるので、引用する条項を確認の上、改められたい。",
    en="{where} deals with {matter} but founds it on “{cited}”, which provides {what}. The basis of {matter} is "
    "{right}: check and correct the citation.",
)
UNCHECKED = ("項の数は法の本文で確認されたい", "check the number of paragraphs in the Act's text")
UNCHECKED_PERIOD = ("同項の期間は法の本文で確認されたい", "check the paragraph's period in the Act's text")
HINT = ("{matter}の根拠は{right}であるので、{right}に改められたい。", " The basis of {matter} is {right}.")


@dataclass(frozen=True, slots=True)
class Matter:
    id: str
    label: str
    all: tuple[str, ...]
    any: tuple[str, ...]
    none: tuple[str, ...]
    articles: frozenset[str]
    cite: str
    special_cite: str | None = None


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, dict], tuple[Matter, ...]]:
    """The articles and matters of ``resources/data/act_articles_2023.json``."""
    with paths.resource("data", "act_articles_2023.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    matters = tuple(
        Matter(m["id"], m["label"], tuple(m["all"]), tuple(m["any"]), tuple(m["none"]), frozenset(m["articles"]),
               m["cite"], m.get("special_cite"))
        for m in data["matters"]
    )
    return data["articles"], matters


# 法第N条(第M項)? — not 地方自治法第…, 同法第… (a kanji or katakana before 法 names another law)
_CITE = lazy_compile(r"(?<![\u30a1-\u30ff\u3400-\u9fff])法第(\d+)条(?:の(\d+))?(?:第(\d+)項)?")
_BASIS_TAIL = lazy_compile(r"^(?:の規定(?:により|による|にかかわらず|の適用については|に基づ)|中「|において(?:読み替えて)?準用する"
                         r"|の条例で定める|に規定する手数料|(?:の)?(?:各号|第\d+号)に掲げる)")
_SENTENCE_END = lazy_compile(r"(?<=。)(?![)）」])")  # 「（以下「X」という。）」 does not end the sentence
_SPECIAL = lazy_compile(r"特例|相当の部分|著しく大量|長期間")
_READ = lazy_compile(r"^[^。]{0,40}?中「([^」]{1,20})」とあるのは")


def _shown(num: str) -> str:
    n = int(num)
    return f"(?:{n}|{int_to_kanji(n)})"


def _pattern(art: str, para: str | None) -> re.Pattern[str]:
    return re.compile(rf"法第{_shown(art)}条" + (rf"第{_shown(para)}項" if para else ""))


def _matter_of(sentence: str, matters: tuple[Matter, ...]) -> Matter | None:
    """The one matter the sentence itself speaks of, else None (an article's caption is not enough:
    a 期限 article may also read a period of another procedure)."""
    words = sentence
    found = [m for m in matters
             if all(w in words for w in m.all) and (not m.any or any(w in words for w in m.any))
             and not any(w in sentence for w in m.none)]
    return found[0] if len(found) == 1 else None


def _count_ja(n: int) -> tuple[str, str]:
    return ("一の項のみ" if n == 1 else f"第{n}項まで", "one paragraph" if n == 1 else f"{n} paragraphs")


@register("act.article", title_ja="法の条項の引用誤り", title_en="Wrong article of the Act cited")
def check_article(ctx: CheckContext) -> list[Finding]:
    """P27: the cited 項 does not exist, a 読替え quotes words the 項 lacks, or the article governs
    another matter than the sentence's."""
    if _act(ctx) is None:
        return []
    articles, matters = table()
    out: list[Finding] = []
    for u in units(ctx.ordinance):
        for sentence in _SENTENCE_END.split(u.text):
            out.extend(_sentence(ctx, u, sentence, articles, matters))
    out.extend(_written_into_others(ctx, articles, matters))
    return out


# the Act cited by its name in words a 附則 writes into another ordinance (「…」に改める): there the
# draft's 「法」 does not reach, so the name is written out
_NAMED = lazy_compile(r"個人情報の保護に関する法律(?:\(平成15年法律第57号\))?第(\d+)条(?:第(\d+)項)?")


def _written_into_others(ctx: CheckContext, articles: dict[str, dict], matters: tuple[Matter, ...]) -> list[Finding]:
    """A 附則 amending another ordinance (the 審査会's) writes into it a citation of the Act for a
    matter the cited article does not govern: 「…個人情報の保護に関する法律第43条第1項の規定による諮問」
    (the repealed 行政機関個人情報保護法's numbering) where the 審査会 consultation is 法第105条."""
    from ordreview.core.checks.act2023 import _inserted_wording

    o = ctx.ordinance
    out: list[Finding] = []
    for sp in o.suppl_provisions:
        raw = sp.span.slice(o.text)
        folded = fold(raw)
        if len(folded) != len(raw):
            continue
        for m in _NAMED.finditer(folded):
            span = Span(sp.span.start + m.start(), sp.span.start + m.end())
            if not _inserted_wording(o.text, span):
                continue
            start = max(folded.rfind("。", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
            end = min((i for i in (folded.find("。", m.end()), folded.find("\n", m.end())) if i >= 0),
                      default=len(folded))
            sentence = re.sub(r"\s", "", folded[start:end])
            matter = _matter_of(sentence, matters)
            if matter is None or m.group(1) in matter.articles:
                continue
            entry = articles.get(m.group(1))
            what = f"法第{m.group(1)}条（{entry['caption']}）" if entry else ""
            clearly = entry is not None and not any(k in sentence for k in entry.get("keywords", ()))
            out.append(ctx.finding(
                rule="act.article", requirement="P27", span=span, code=M_MATTER if clearly else M_MATTER_UNSURE,
                severity="error" if clearly else "warning",
                params={"where": _where(ctx, span), "cited": m.group(0), "matter": matter.label, "what": what,
                        "right": matter.cite},
                suggestion=matter.cite, id_extra=("suppl", m.group(1), m.group(2)),
            ))
    return out


def _sentence(ctx: CheckContext, u: Unit, sentence: str, articles: dict[str, dict],
              matters: tuple[Matter, ...]) -> list[Finding]:
    out: list[Finding] = []
    cites = [m for m in _CITE.finditer(sentence) if m.group(2) is None]
    matter = _matter_of(sentence, matters)
    flagged: set[int] = set()
    for m in cites:
        art, para = m.group(1), m.group(3)
        entry = articles.get(art)
        if entry is None or para is None:
            continue
        count = entry.get("paragraphs")
        hint = ("", "")
        missing = bool(count) and (int(para) > count or count == 1)  # a one-項 article has no 「第1項」
        if matter is not None and (art not in matter.articles or missing):
            right = matter.cite
            if matter.special_cite and _SPECIAL.search(sentence) and art == matter.special_cite[2:-1]:
                right = matter.special_cite  # the special period itself, cited without a 項
            hint = (HINT[0].format(matter=matter.label, right=right), HINT[1].format(matter=matter.label, right=right))
        if missing:
            c_ja, c_en = _count_ja(count)
            out.append(_finding(ctx, u, art, para, M_NO_PARAGRAPH, _severity(entry, "paragraphs"), {
                "cited": m.group(0), "art": art, "para": para, "caption": entry["caption"], "count": c_ja,
                "count_en": c_en, "hint": hint[0], "hint_en": hint[1]}, matter,
                caveat=None if _checked(entry, "paragraphs") else UNCHECKED))
            flagged.add(m.start())
            continue
        read = _READ.match(sentence[m.end():])
        periods = entry.get("periods", {}).get(para)
        if read and periods is not None:
            days = re.fullmatch(r"([0-9]+|[〇一二三四五六七八九十百]+)日以内", read.group(1))
            value = kanji_to_int(days.group(1)) if days else None
            if value is not None and value not in periods:
                out.append(_finding(ctx, u, art, para, M_READING, _severity(entry, "periods"), {
                    "cited": m.group(0), "words": read.group(1), "provides": entry["provides"],
                    "hint": hint[0], "hint_en": hint[1]}, matter,
                    caveat=None if _checked(entry, "periods") else UNCHECKED_PERIOD))
                flagged.add(m.start())
    if matter is None or any(m.group(1) in matter.articles for m in cites):
        return out
    for m in cites:
        if m.start() in flagged or not _BASIS_TAIL.match(sentence[m.end():]):
            continue
        art = m.group(1)
        entry = articles.get(art)
        clearly = entry is not None and not any(k in sentence for k in entry.get("keywords", ()))
        what = f"法第{art}条（{entry['caption']}）" if entry else ""
        out.append(_finding(ctx, u, art, m.group(3), M_MATTER if clearly else M_MATTER_UNSURE,
                            "error" if clearly else "warning", {
            "cited": m.group(0), "matter": matter.label, "what": what, "right": matter.cite}, matter))
        break  # one finding per sentence: the basis it names
    return out


def _checked(entry: dict, fact: str) -> bool:
    """Whether the table's ``fact`` (``paragraphs`` or ``periods``) of an article was checked
    against a stored text of the Act (its ``verified`` entry names that text)."""
    return bool((entry.get("verified") or {}).get(fact))


def _severity(entry: dict, fact: str) -> str:
    """An error where the fact was checked against the Act's text, else a warning."""
    return "error" if _checked(entry, fact) else "warning"


def _finding(ctx: CheckContext, u: Unit, art: str, para: str | None, code: str, severity: str,
             params: dict, matter: Matter | None, caveat: tuple[str, str] | None = None) -> Finding:
    hit = _flat_find(ctx.ordinance, u.span, _pattern(art, para)) or u.span
    params = {"where": _where(ctx, hit), **params}
    f = ctx.finding(rule="act.article", requirement="P27", span=hit, code=code, severity=severity,
                    params=params, suggestion=matter.cite if matter is not None else None,
                    id_extra=(code, art, para, u.text[:40]))
    if caveat is None:
        return f
    ja, en = with_caveat(f.message_ja, f.message_en, caveat)
    return replace(f, message_ja=ja, message_en=en)

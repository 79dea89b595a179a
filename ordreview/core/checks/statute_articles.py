"""Drafting integrity: a statute's article cited for a thing it does not lay down [O1].

Rule ``cite.article`` [O1, error]: a citation of a provision of 行政機関個人情報保護法 第4章の2
(第44条の2 to 第44条の16) followed by the thing it is cited for — 「法第44条の15第1項の個人情報
保護委員会規則で定める基準に従い、…加工しなければならない」 — where that provision lays down no
such thing (第44条の15第1項 forbids re-identification; the processing standard is 第44条の10第1項).
What each provision lays down is data, ``resources/data/statute_provisions.json`` (docs/domain.md).

- The thing is the first of :data:`NOUNS` in the words after the citation (up to the next 、 or
  。): 「…の基準」, 「…に規定する基準」, 「…の規定による通知」.
- Where two provisions lay down the same thing (the processing standard of 第44条の10第1項 and the
  safe-management standard of 第44条の15第2項), the words of the citing sentence tell which is
  meant (加工 / 管理; the 加工 in the name 非識別加工情報 is not such a word).
- A finding needs both: the cited provision lays down no such thing (or the sentence points at
  the other one), and the sentence names exactly one provision that does, given as the
  suggestion. A citation the sentence does not decide is left alone.
- A citation without a paragraph accepts any paragraph of the article.
- The law is recognised by its name, its short name, or a 略称 the draft defines for it
  (「法」), as for ``cite.drift``; other statutes are not looked at.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ordreview import paths
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import NUM, index_for, is_word_char, node_label, primed, to_int
from ordreview.core.checks.integrity_law import _law_names, _laws
from ordreview.core.checks.registry import register
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Finding, Span
from ordreview.core.text import fold

CITE_ARTICLE_WRONG = define(
    "check.integrity.cite_article_wrong",
    ja="{where}中「{cite}」は{noun}を引用しているが、{law}{cited}は{cited_subject}の規定であり、{noun}を定めていない。文脈上は{subject}の規定である「{law}{expected}」を指していると思われる。引用する条項を確認されたい。",
    en="「{cite}」 is cited for a {noun}, but {law} {cited} is the provision on {cited_subject} and lays down no "
    "{noun}; the context points to {subject}, {law} {expected}. Check the citation.",
)
CITE_ARTICLE_ABSENT = define(
    "check.integrity.cite_article_absent",
    ja="{where}中「{cite}」は{law}の{cited}を引用しているが、同法に{cited}はない（第4章の2は{first}から{last}まで）。引用する条項を確認されたい。",
    en="「{cite}」 cites {law} {cited}, which the Act does not have (Chapter 4-2 runs from {first} to {last}). "
    "Check the citation.",
)
NOUNS: tuple[str, ...] = ("基準", "提案", "通知", "募集", "手数料", "意見書", "契約")
"""Things an ordinance cites a provision of the Act for; only these are compared."""


@dataclass(frozen=True)
class Provision:
    article: str  # "44の10"
    paragraph: int | None
    subject_ja: str
    nouns: tuple[str, ...]
    context: tuple[str, ...]

    def label(self) -> str:
        main, _, branch = self.article.partition("の")
        text = f"第{main}条" + (f"の{branch}" if branch else "")
        return text + (f"第{self.paragraph}項" if self.paragraph else "")


@lru_cache(maxsize=1)
def statute_provisions() -> dict[str, tuple[str, tuple[Provision, ...]]]:
    """law key → (its Japanese label, its provisions), read once from the bundled data."""
    with paths.resource("data", "statute_provisions.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[str, tuple[str, tuple[Provision, ...]]] = {}
    for law in data["laws"]:
        provisions = tuple(
            Provision(str(p["article"]), p["paragraph"], str(p["subject_ja"]), tuple(p["nouns"]), tuple(p["context"]))
            for p in law["provisions"]
        )
        out[str(law["law"])] = (str(law["label_ja"]), provisions)
    return out


_TAIL = lazy_compile(rf"(?:\([^()]*\))?第(?P<art>{NUM})条(?:の(?P<branch>{NUM}))?(?:第(?P<para>{NUM})項)?")
_LINK = lazy_compile(r"(?:に規定する|に定める|の規定による|の規定に基づく|の)")


def _noun_after(joined: str, end: int) -> str | None:
    m = _LINK.match(joined, end)
    if m is None:
        return None
    phrase = re.split(r"[、。]", joined[m.end() : m.end() + 30], maxsplit=1)[0]
    found = [(phrase.find(n), n) for n in NOUNS if n in phrase]
    if not found:
        return None
    at, noun = min(found)
    # 「法第44条の4に規定する提案の募集」: in 「AのB」 the thing named is B (the call for proposals, not the proposal)
    rest = phrase[at + len(noun):]
    head = next((n for n in NOUNS if rest.startswith("の" + n)), None)
    return head or noun


_PHRASE_NOUNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # the grammar of the disqualification (第44条の6: 「次の各号のいずれかに該当する者は、提案をすることが
    # できない」; 第44条の7第1項第1号: 「…前条各号のいずれにも該当しないこと」)
    (re.compile(r"各号のいずれにも該当しない|各号のいずれかに該当する者"), "欠格事由"),
)
"""Words right after a citation that name what it is cited for without a noun of :data:`NOUNS`;
the provision laying that down is then the only one of the table that does."""


def _phrase_noun(joined: str, end: int) -> str | None:
    for rx, noun in _PHRASE_NOUNS:
        if rx.match(joined, end):
            return noun
    return None


_INFO_NAME = lazy_compile(r"非識別加工情報")


def _sentence(joined: str, start: int, end: int) -> str:
    """The sentence around a citation, without the name 非識別加工情報 (whose 加工 is no context)."""
    left = joined.rfind("。", 0, start) + 1
    right = joined.find("。", end)
    return _INFO_NAME.sub("", joined[left : right if right >= 0 else len(joined)])


@register("cite.article", title_ja="法令の引用条項の取り違え", title_en="Statute articles cited for what they do not lay down")
@primed
def check_statute_articles(ctx: CheckContext) -> list[Finding]:
    """[O1] 法第44条の15第1項の基準 where the Act's standard meant is in 第44条の10第1項."""
    if not getattr(ctx.profile, "statute_drift", None):
        return []  # a profile of another regime: the table is the 2017 Act's
    ordinance = ctx.ordinance
    tables = statute_provisions()
    names = {n: k for n, k in _law_names(ordinance, _laws(ctx.profile)).items() if k in tables}
    if not names:
        return []
    index = index_for(ordinance)
    joined = index.joined
    out: list[Finding] = []
    seen: set[int] = set()
    for name in sorted(names, key=len, reverse=True):
        pos = joined.find(name)
        while pos >= 0:
            here, pos = pos, joined.find(name, pos + 1)
            before = joined[here - 1] if here > 0 else ""
            if (before and (is_word_char(before) or before in "のるす")) or here in seen:
                continue
            m = _TAIL.match(joined, here + len(name))
            if m is None or m["branch"] is None:
                continue
            seen.update(range(here, m.end()))
            noun = _noun_after(joined, m.end())
            phrased = noun is None and (noun := _phrase_noun(joined, m.end())) is not None
            if noun is None:
                continue
            label, provisions = tables[names[name]]
            article = f"{to_int(m['art'])}の{to_int(m['branch'])}"
            para = to_int(m["para"]) if m["para"] else None
            of_article = [p for p in provisions if p.article == article]
            if not of_article:
                continue  # an article the table does not describe
            candidates = [p for p in provisions if noun in p.nouns]
            cited = [p for p in candidates if p.article == article and (para is None or p.paragraph in (None, para))]
            sentence = _sentence(joined, here, m.end())
            by_context = [p for p in candidates if any(w in sentence for w in p.context)]
            if phrased and len(candidates) == 1:
                by_context = candidates  # the phrase names the thing only one provision lays down
            if cited and (not by_context or set(cited) & set(by_context)):
                continue
            if len(by_context) != 1:
                continue  # the sentence does not say which provision is meant: no finding
            expected = by_context[0]
            cited_here = next((p for p in of_article if para is None or p.paragraph in (None, para)), of_article[0])
            span = index.span(m.start("art") - 1, m.end())
            out.append(ctx.finding(
                rule="cite.article", requirement="O1", span=span,
                code=CITE_ARTICLE_WRONG, severity="error",
                params={"cite": joined[here : m.end()], "noun": noun, "law": label, "where": node_label(ordinance, span.start),
                        "cited": Provision(article, para, "", (), ()).label(), "cited_subject": cited_here.subject_ja,
                        "expected": expected.label(), "subject": expected.subject_ja},
                statute=f"{label} {expected.label()}",
                suggestion=f"{name}{expected.label()}",
                id_extra=(noun,),
            ))
    out.extend(_absent_articles(ctx, names, tables))
    return out


_BRANCHED = lazy_compile(rf"第(?P<art>{NUM})条の(?P<branch>{NUM})")


def _absent_articles(ctx: CheckContext, names: dict[str, str],
                     tables: dict[str, tuple[str, tuple[Provision, ...]]]) -> list[Finding]:
    """An article of the chapter the table describes that the statute does not have: 「第44条の17」
    past 第44条の16, the chapter's last (a 読替え table's row, a citation after the law's name).
    Read from the references the parser resolved to the statute, whatever name they go by."""
    ordinance = ctx.ordinance
    out: list[Finding] = []
    for ref in ordinance.references:
        key = names.get(ref.external_law or "")
        if key is None:
            continue
        label, provisions = tables[key]
        m = _BRANCHED.match(fold(ref.text))
        if m is None:
            continue
        main, branch = to_int(m["art"]), to_int(m["branch"])
        branches = sorted(int(b) for a, _, b in (p.article.partition("の") for p in provisions) if a == str(main) and b)
        if not branches or branches[0] <= (branch or 0) <= branches[-1] or branch is None:
            continue
        cited = f"第{main}条の{branch}"
        span = Span(ref.span.start, ref.span.start + len(m.group(0)))
        out.append(ctx.finding(
            rule="cite.article", requirement="O1", span=span, code=CITE_ARTICLE_ABSENT, severity="error",
            params={"cite": span.slice(ordinance.text), "law": label, "cited": cited,
                    "where": node_label(ordinance, span.start),
                    "first": f"第{main}条の{branches[0]}", "last": f"第{main}条の{branches[-1]}"},
            statute=f"{label} 第{main}条の{branches[0]}～第{main}条の{branches[-1]}",
            id_extra=(cited,),
        ))
    return out

"""Gap rules: checklist requirements the draft misses or meets only in part.

Reads the alignment the engine put in ``ctx.extra["alignment"]`` (a
:class:`~ordreview.core.align.Alignment`) and the draft index ``ctx.extra["index"]``
(:class:`~ordreview.core.align.DraftIndex`); without them (a rule run on its own) both
are computed here.

- ``gap``: every requirement of the profile marked ``gap`` whose coverage is ``missing``
  or ``partial``, saying which elements are missing, anchored on the most fitting place
  (the 定義 article, the 非識別 chapter, the register article or the title).
- ``attention``: judgement items (A6 legacy exclusions, B5 local extensions) that are
  present, for the officer to confirm (``info``).
- ``regime``: a post-2023 draft (O15): the 2016 profile does not fit it.
- ``amendment``: a partial-amendment bill (一部改正条例案): one warning on the title (O14)
  saying that gaps cannot be judged from it; ``gap`` then reports only what the bill's text
  contains (forbidden elements), never a missing or incomplete provision.

A4 (collation standard), A5 (living persons) and the 要配慮 categories of B1/B2 are
reported by ``checks.definitions`` with a finer diagnosis, so ``gap`` leaves them out.
"""

from __future__ import annotations

import re

from ordreview.core.align import IN_DEFINITION, Alignment, DraftIndex, ElementHit, align
from ordreview.core.c_mechanism import declined_span, operative_articles
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import register
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.labels import place_label
from ordreview.core.model import SEVERITY_ORDER, Finding, Location, Span
from ordreview.core.other_words import Said, act_within, in_definition, keys_scope, quote, said_in_other_words
from ordreview.core.phrases import as_request
from ordreview.core.profile import Profile, Requirement
from ordreview.core.text import matching_paren

GAP_MISSING = define(
    "check.gap.missing",
    ja="「{title}」に当たる規定が見当たらない。{requirement}",
    en="No provision found for “{title_en}”. {requirement_en}",
)
GAP_PARTIAL = define(
    "check.gap.partial",
    ja="「{title}」の規定に{missing}の定めがない。これを加えられたい。",
    en="The provision for “{title_en}” lacks: {missing_en}",
)
GAP_MISSING_OTHER_WORDS = define(
    "check.gap.missing_other_words",
    ja="「{title}」に当たる規定が、そのままの形では見当たらない。{place}の「{quote}」がこれに当たるものと思われるので、要件を満たしているか確認されたい。",
    en="No provision found in the usual words for “{title_en}”; {place} (“{quote}”) appears to be it: confirm that it meets the requirement.",
)
GAP_PARTIAL_OTHER_WORDS = define(
    "check.gap.partial_other_words",
    ja="「{title}」の規定に、{missing}の定めがそのままの形では見当たらない。{place}の「{quote}」がこれに当たるものと思われるので、確認されたい。",
    en="The provision for “{title_en}” does not state {missing_en} in the usual words; {place} (“{quote}”) appears to: confirm.",
)
GAP_PARTIAL_GENERAL = define(
    "check.gap.partial_general",
    ja="「{title}」の規定が十分でない。{requirement}",
    en="The provision for “{title_en}” is incomplete. {requirement_en}",
)

GAP_FORBIDDEN = define(
    "check.gap.forbidden",
    ja="「{title}」について、{found}が見られる。確認の上、改められたい。",
    en="“{title_en}”: the draft contains {found_en}",
)
GAP_CODE_UNDEFINED = define(
    "check.gap.code_undefined",
    ja="個人情報の定義に「個人識別符号が含まれるもの」の類型があるが、個人識別符号が定義されていない。個人識別符号の定義を規定されたい。",
    en="The definition of 個人情報 has a branch for information containing a 個人識別符号, but 個人識別符号 is not defined.",
)
GAP_REGISTER = define(
    "check.gap.register_notation",
    ja="要配慮個人情報を定義しているが、個人情報取扱事務登録簿（又は個人情報ファイル簿）に要配慮個人情報が含まれる旨を記載する規定がない。記載事項に加えられたい。",
    en="要配慮個人情報 is defined, but no register (事務登録簿 or ファイル簿) records that it is included.",
)
GAP_LEGACY_LIST = define(
    "check.gap.legacy_list",
    ja="収集の制限が、旧来のセンシティブ情報（思想、信条及び信教、社会的差別の原因となるおそれのある事項等）を"
    "要配慮個人情報とは別に列挙しており、二つの用語で範囲と例外が異なることになる。要配慮個人情報を対象とする規定に"
    "改めるか、旧来の列挙を維持する理由を整理されたい。",
    en="The collection restriction still lists the legacy sensitive categories (thought, creed and religion; matters "
    "that may cause social discrimination …) apart from 要配慮個人情報, so two terms differ in scope and exceptions. "
    "Key the restriction to 要配慮個人情報, or record why the legacy list is kept.",
)
GAP_C_ABSENT = define(
    "check.gap.c_absent",
    ja="非識別加工情報の提供の仕組みが導入されていない。導入しない場合は、その理由を整理して記録されたい。",
    en="No mechanism for providing 非識別加工情報 is introduced; if that is deliberate, record the reasons.",
)
GAP_C_WORD_ONLY = define(
    "check.gap.c_word_only",
    ja="非識別加工情報の語はあるが、その作成・提供、提案の募集等の規定（行政機関個人情報保護法第4章の2に相当する規定）が"
    "なく、提供の仕組みは導入されていない。導入しない場合は、その理由を整理して記録し、残った定義や言及を削られたい。",
    en="非識別加工情報 appears, but there are no provisions for making, providing or inviting proposals for it (the "
    "counterpart of Chapter 4-2 of the Act on administrative organs): the mechanism is not introduced. If that is "
    "deliberate, record the reasons and remove the leftover definition or mentions.",
)
GAP_C_DECLINED = define(
    "check.gap.c_declined",
    ja="非識別加工情報の提供の仕組みを導入しない旨がこの規定で定められている。導入しない理由を説明できるよう整理されたい。",
    en="This provision records that the 非識別加工情報 mechanism is not introduced; keep the reasons on record.",
)
GAP_C_DANGLING = define(
    "check.gap.c_dangling",
    ja="非識別加工情報の仕組みを導入していないにもかかわらず、非識別加工情報への言及が残っている。削ることを検討されたい。",
    en="非識別加工情報 is mentioned although the draft introduces no such mechanism.",
)
GAP_REACHED_BY_LAW = define(
    "check.gap.reached_by_law",
    ja="「{title}」は、この規定が除く「法令等」の場合に条例が含まれ、非識別加工情報の章が作成及び提供を定めていることにより"
    "整理されていると読める。解釈の余地を残さないよう、「（第○章の規定に従う場合を含む。）」と明記することも考えられる。",
    en="“{title_en}” is met by reading: the 法令等 this exception names take in the ordinance, and the 非識別 chapter "
    "authorises the making and provision. Saying so (「（第○章の規定に従う場合を含む。）」) leaves no room for doubt.",
)
GAP_TERM_NEVER_WRITTEN = define(
    "check.gap.term_never_written",
    ja="「{title}」に当たる規定がないが、この案は「{term}」の語を用いておらず、非識別加工情報の仕組みも設けていないので、"
    "定義を欠いても規定の意味に支障はない。非識別加工情報の仕組みを設ける際、又はこの語を用いる際には、定義を設けられたい。",
    en="No provision for “{title_en}”, but the draft never uses 「{term}」 and has no non-identifying-information "
    "mechanism, so nothing depends on the definition. Define it when the mechanism is introduced or the word is used.",
)
GAP_TERM_DEFINED_IN_PLACE = define(
    "check.gap.term_defined_in_place",
    ja="「{title}」に当たる規定は定義規定にないが、「{term}」は{where}のかっこ書で定義され、その条でだけ用いられている。"
    "非識別加工情報の仕組みを設けていないので、差し支えない。この語を他の規定で用いる際、又は非識別加工情報の仕組みを"
    "設ける際には、定義規定に定義を設けられたい。",
    en="No provision for “{title_en}” among the definitions, but 「{term}」 is defined in a parenthesis of {where} and "
    "used only there; with no non-identifying-information mechanism that is enough. Define it among the definitions "
    "when the word is used elsewhere or the mechanism is introduced.",
)
ATTENTION = define(
    "check.attention",
    ja="「{title}」について、{found}がある。意図したものか確認されたい。{requirement}",
    en="“{title_en}”: the draft has {found_en}. Confirm that it is intended.",
)
REGIME = define(
    "check.regime",
    ja="令和3年改正後の制度の用語（{found}）がある。この案は法施行条例と考えられるので、平成28年基本方針のプロファイルではなく、法施行条例のプロファイルで審査されたい。",
    en="Post-2021-reform vocabulary ({found}) is present: this looks like a post-2023 implementing ordinance, which the 2016 Basic Policy profile does not fit.",
)

AMENDMENT = define(
    "check.amendment",
    ja="この案は一部改正条例案である（{signs}）。改正する部分のみが示されているため、基本方針の要素の欠落はこの案からは判断できず、指摘していない。改正後の条例の全文（溶け込み版）又は新旧対照表により審査されたい。",
    en="This draft is a partial-amendment bill ({signs_en}). It shows only the provisions it changes, so missing "
    "Basic Policy elements cannot be judged from it and none are reported. Review the ordinance as amended "
    "(the consolidated full text) or the bill's before/after table (新旧対照表).",
)
AMENDMENT_SIGN_TITLE = ("題名が「…の一部を改正する条例」", "its title reads “…の一部を改正する条例”")
AMENDMENT_SIGN_TEXT = ("改め文 {n} 文", "{n} amending sentences (改め文)")

_REGISTER_CAPTION = re.compile(r"登録|ファイル簿|届出|目録|台帳")
"""Captions of the article that keeps a register of personal-information work or files
(個人情報取扱事務の登録等, 個人情報ファイル簿の作成及び公表, 個人情報取扱事務の届出,
個人情報取扱事務目録, 個人情報ファイル台帳)."""

_SETS_UP_REGISTER = lazy_compile(
    r"以下「[^「」]{0,20}(?:簿|目録|台帳)」という|(?:登録簿|ファイル簿|台帳|目録)を(?:作成|備え|調製)"
    r"|(?:登録簿|ファイル簿)に(?:登録|記載)しなければ"
)
"""The first paragraph of an article that sets up a register (its caption aside): 「次に掲げる事項を記載した
帳簿（以下「個人情報ファイル簿」という。）を作成し」, 「個人情報取扱事務登録簿に登録しなければならない」."""

HANDLED_ELSEWHERE = frozenset({"A4", "A5"})
"""Requirements whose diagnosis ``checks.definitions`` gives instead."""


def analysis(ctx: CheckContext) -> tuple[Alignment, DraftIndex]:
    """The engine's alignment and index from ``ctx.extra``, computed when absent."""
    alignment = ctx.extra.get("alignment")
    index = ctx.extra.get("index")
    profile: Profile = ctx.profile  # type: ignore[assignment]
    if index is None:
        index = DraftIndex(ctx.ordinance, profile)
    if alignment is None:
        alignment = align(ctx.ordinance, profile, index=index)
    return alignment, index


def effective_severity(req: Requirement, *, c_present: bool) -> str:
    """A requirement's severity in this draft: C escalation, then the verify cap."""
    sev = req.severity
    if c_present and req.escalate_if_c:
        sev = req.escalate_if_c
    if req.verify and SEVERITY_ORDER[sev] < SEVERITY_ORDER["warning"]:
        sev = "warning"
    return sev


def _first_line(index: DraftIndex, start: int, end: int) -> Span:
    text = index.ordinance.text
    while start < end and text[start] in " \u3000\t\n":
        start += 1
    stop = text.find("\n", start, end)
    return Span(start, stop if stop >= 0 else end)


def title_anchor(index: DraftIndex) -> Span | None:
    """The ordinance title, or its first non-blank line; ``None`` for an empty text."""
    o = index.ordinance
    if o.title_span is not None and len(o.title_span):
        return o.title_span
    text = o.text
    for start, block in zip(o.document.block_starts, o.document.blocks):
        if block.text.strip():
            return _first_line(index, start, start + len(block.text))
    return Span(0, len(text)) if text else None


def article_anchor(index: DraftIndex, num: str | None) -> Span | None:
    """The caption line of article ``num`` (or its title line)."""
    art = index.ordinance.article(num) if num else None
    if art is None:
        return None
    if art.caption_span is not None and len(art.caption_span):
        return art.caption_span
    return _first_line(index, art.span.start, art.span.end)


def anchor_for(index: DraftIndex, kind: str, *, evidence: Span | None = None) -> Span | None:
    """The span a finding of anchor kind ``kind`` goes on (see ``Requirement.anchor``)."""
    if kind == "evidence" and evidence is not None:
        return evidence
    if kind == "c_chapter" and index.c_spans:
        c = index.c_spans[0]
        return _first_line(index, c.start, c.end)
    if kind == "c_chapter":  # the mechanism without headings: its first operative article
        operative = operative_articles(index)
        if operative:
            return article_anchor(index, index.articles[operative[0]].num)
    if kind == "limits":  # (the limits article the carve-out belongs in; else the 定義 article)
        art = index.limits_article()
        if art is not None:
            return article_anchor(index, art.num)
        kind = "definitions"
    if kind == "purpose":
        art = index.purpose_article()
        if art is not None:
            return article_anchor(index, art.num)
    if kind in ("register", "file_register"):
        # the register article that lists the entries (a 届出 article without a list of its own
        # is not where a missing entry goes; the ファイル簿 article after it that lists them is)
        registers = [art for art in index.articles if art.caption and _REGISTER_CAPTION.search(art.caption)]
        if not registers:  # a draft without captions: the articles that set up a register
            text = index.ordinance.text
            registers = [art for art in index.articles
                         if art.paragraphs and _SETS_UP_REGISTER.search(art.paragraphs[0].span.slice(text))]
        if kind == "register":  # (the mechanism's own article of ファイル簿 entries, 第44条の3's, is no register)
            registers = [art for art in registers if not index.in_c(art.span)] or registers
        if kind == "file_register":  # the 個人情報ファイル簿 (the 非識別 entries' register), if the draft keeps one
            text = index.ordinance.text
            files = [art for art in registers
                     if "ファイル簿" in (art.caption or "") or "ファイル簿" in art.paragraphs[0].span.slice(text)[:200]]
            if not files:
                return anchor_for(index, "c_chapter")
            registers = files
        if registers:
            listing = next((art for art in registers if any(p.items for p in art.paragraphs)), registers[0])
            return article_anchor(index, listing.num)
    if kind in ("definitions", "c_chapter", "register", "evidence"):
        d = index.definitions_article()
        if d is not None:
            return article_anchor(index, d.num)
    return title_anchor(index)


def sibling_anchor(index: DraftIndex, must: tuple[ElementHit, ...], evidence: tuple[Location, ...]) -> Span | None:
    """Where the first missing element of a partly met requirement belongs: the article holding
    the found element nearest to it in the requirement's order (elements are listed in the
    statute's order, so neighbours belong to one provision: a ファイル簿 entry missing from the
    提案の募集 entries goes on that article, not on the after-creation article that holds
    another element of the same requirement). ``None`` when that article is the first
    evidence's (or nothing is found): the usual anchor stands."""
    gone = next((i for i, h in enumerate(must) if h.span is None), None)
    found = [(i, h.span) for i, h in enumerate(must) if h.span is not None]
    if gone is None or not found or must[0].group.any[0].startswith("term:"):
        return None  # (a definition: its own anchor, the definition, stands)
    _, span = min(found, key=lambda f: (abs(f[0] - gone), f[0]))
    k = index.article_index(span.start)
    first = next((loc.span for loc in evidence if loc.span is not None and len(loc.span)), None)
    if k is not None and first is not None and index.article_index(first.start) == k:
        # the same article: the 項 holding the neighbour, when the evidence shows another one
        # (the 削除情報 limit goes beside the ban on other provision, 第44条の2第2項, not on 第1項)
        return span if _paragraph_of(index, span) != _paragraph_of(index, first) else None
    if k is None:
        return None
    own = next((loc.span for loc in evidence if loc.span is not None and len(loc.span)
                and index.article_index(loc.span.start) == k), None)
    return own or article_anchor(index, index.articles[k].num)


def _named_in_mechanism(index: DraftIndex, span: Span) -> Span | None:
    """The caption (or first line) of the first article inside the mechanism that a reference
    within ``span`` names; ``None`` when it names none."""
    for ref in index.ordinance.references:
        if not span.start <= ref.span.start < span.end or ref.target is None or ref.target.article is None:
            continue
        art = index.ordinance.article(ref.target.article)
        if art is not None and index.in_c(art.span):
            return article_anchor(index, art.num)
    return None


def _paragraph_of(index: DraftIndex, span: Span) -> tuple[str | None, int | None]:
    """The (article, 項) that holds the start of ``span``."""
    ref = index.ordinance.locate(span.start)
    return ref.article, ref.paragraph


@register("gap", title_ja="基本方針の要素の欠落・不足", title_en="Missing or partial Basic Policy elements")
def check_gaps(ctx: CheckContext) -> list[Finding]:
    """A finding for every requirement that is missing or met only in part."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch or alignment.rule is not None:
        return []  # another regime, or a 規則 (the instrument check says which questions apply)
    profile: Profile = ctx.profile  # type: ignore[assignment]
    out: list[Finding] = []
    for req in profile.requirements:
        cov = alignment.coverage.get(req.id)
        if cov is None or not _reported_as_gap(alignment, req, cov):
            continue
        severity = effective_severity(req, c_present=alignment.c_present)
        evidence = next((loc.span for loc in cov.evidence if loc.span is not None and len(loc.span)), None)
        params = {"title": req.title_ja, "title_en": req.title_en,
                  "requirement": as_request(req.requirement_ja), "requirement_en": req.requirement_en}
        if cov.status == "missing":
            code, anchor = _missing_gap(index, alignment, req, profile)
            unwritten = _term_never_written(index, alignment, req)
            in_place = _term_defined_in_place(index, alignment, req) if unwritten is None else None
            if unwritten is not None:
                code, severity = GAP_TERM_NEVER_WRITTEN, req.if_unused  # type: ignore[assignment]
                params["term"] = unwritten
            elif in_place is not None:
                code, severity = GAP_TERM_DEFINED_IN_PLACE, req.if_unused  # type: ignore[assignment]
                params.update(in_place)
            elif code == GAP_MISSING and (said := said_in_other_words(
                    index, req.keys, keys_scope(index, req), brackets=in_definition(req))):
                code, severity = GAP_MISSING_OTHER_WORDS, "info"
                params.update(_other_words_params(index, said))
        elif _register_entry_gap(alignment, req):
            code, anchor = GAP_REGISTER, anchor_for(index, "register", evidence=evidence)
        else:
            code, anchor, extra = _partial_gap(index, alignment, req, cov, evidence)
            params.update(extra)
            if code == GAP_PARTIAL:
                severity = _lesser_elements_severity(alignment, req, severity)
                said = _missing_said_in_other_words(index, alignment, req)
                if said is not None:
                    code, severity = GAP_PARTIAL_OTHER_WORDS, "info"
                    params.update(_other_words_params(index, said))
            if req.id == "B4" and alignment.forbidden.get(req.id):
                code = GAP_LEGACY_LIST  # the list found is the point, not an element 'missing'
        if anchor is None:
            continue
        out.append(
            ctx.finding(
                rule="gap",
                requirement=req.id,
                span=anchor,
                code=code,
                severity=severity,
                params=params,
                evidence=cov.evidence,
                suggestion=_own_edit(ctx.ordinance, req, code, anchor, alignment),
            )
        )
    out.extend(_declined_note(ctx, alignment, index))
    out.extend(_reached_by_law_notes(ctx, alignment, index))
    b3 = alignment.coverage.get("B3")
    if b3 is not None and b3.status == "covered":  # met through the ファイル簿 only: the 登録簿's list
        from ordreview.core.checks.register_pair import file_register_gap, register_pair_gap

        b1 = alignment.coverage.get("B1")
        out.extend(register_pair_gap(ctx, b1 is not None and b1.status != "missing"))
        out.extend(file_register_gap(ctx, b1 is not None and b1.status != "missing"))
    return out


def _term_never_written(index: DraftIndex, alignment: Alignment, req: Requirement) -> str | None:
    """The term of ``req`` (a definition, profile ``if_unused``) when it is missing in a draft
    without the C mechanism that never writes the term, not even inside a longer word
    (個人情報ファイル簿); else ``None``."""
    if req.if_unused is None or alignment.c_present:
        return None
    term = next((a[5:] for a in req.must[0].any if a.startswith("term:")), None) if req.must else None
    return term if term is not None and not index.hits(term, literal=True) else None


def _term_defined_in_place(index: DraftIndex, alignment: Alignment, req: Requirement) -> dict[str, str] | None:
    """``{"term", "where"}`` when the term of ``req`` (a definition, profile ``if_unused``) is missing
    from the definitions of a draft without the C mechanism because the one provision that uses it
    defines it in a parenthesis at its first use: 「…個人の秘密に属する事項が記録された個人情報ファイル（保有
    個人情報を含む情報の集合物であって、…電子計算機を用いて検索することができるように体系的に構成したもの
    …をいう。）を提供したときは、…」 (the penal provision of 行政機関個人情報保護法 第53条, in a draft that keeps
    no ファイル簿); else ``None``."""
    if req.if_unused is None or alignment.c_present:
        return None
    term = next((a[5:] for a in req.must[0].any if a.startswith("term:")), None) if req.must else None
    hits = index.hits(term, literal=True) if term is not None else []
    if not hits or index.folded[hits[0].end : hits[0].end + 1] != "(":
        return None
    close = matching_paren(index.folded, hits[0].end)
    if close < 0 or "をいう" not in index.folded[hits[0].end : close]:
        return None
    first = index.ordinance.locate(hits[0].start).article
    if first is None or any(index.ordinance.locate(h.start).article != first for h in hits[1:]):
        return None  # (used in another provision too, or in a longer word there: 個人情報ファイル簿)
    article = index.ordinance.article(first)
    return {"term": term or "", "where": article.title if article is not None else ""}


def _reached_by_law_notes(ctx: CheckContext, alignment: Alignment, index: DraftIndex) -> list[Finding]:
    """A note (``info``) on a covered requirement whose element is met only through the
    「法令等に基づく場合」 reading (profile alternative ``law_reach:``, :mod:`ordreview.core.law_reach`):
    the element is present in other words, and the officer may prefer to say it outright."""
    from ordreview.core.align import _find
    from ordreview.core.law_reach import PREFIX

    out: list[Finding] = []
    for req in ctx.profile.requirements:  # type: ignore[attr-defined]
        cov = alignment.coverage.get(req.id)
        if cov is None or cov.status != "covered":
            continue
        for hit in alignment.must.get(req.id, ()):
            reach = [a for a in hit.group.any if a.startswith(PREFIX)]
            if hit.span is None or not reach or all(_find(index, a, None) != hit.span for a in reach):
                continue
            if any(_find(index, a, None) is not None for a in hit.group.any if not a.startswith(PREFIX)):
                continue  # (also said outright)
            params = {"title": req.title_ja, "title_en": req.title_en}
            out.append(ctx.finding(rule="gap", requirement=req.id, span=hit.span, code=GAP_REACHED_BY_LAW,
                                   severity="info", params=params, evidence=cov.evidence))
    return out


def _declined_note(ctx: CheckContext, alignment: Alignment, index: DraftIndex) -> list[Finding]:
    """C0 covered by a provision recording that the mechanism is not introduced: one note
    (``info``) on that provision, for the officer to confirm the reasons are on record."""
    if alignment.c_present or alignment.amendment is not None:
        return []
    req = next((r for r in ctx.profile.requirements  # type: ignore[attr-defined]
                if r.point == "C" and r.condition is None and r.gap), None)
    cov = alignment.coverage.get(req.id) if req is not None else None
    declined = declined_span(index) if cov is not None and cov.status == "covered" else None
    if req is None or cov is None or declined is None:
        return []
    params = {"title": req.title_ja, "title_en": req.title_en,
              "requirement": as_request(req.requirement_ja), "requirement_en": req.requirement_en}
    return [ctx.finding(rule="gap", requirement=req.id, span=Span(*declined), code=GAP_C_DECLINED,
                        severity="info", params=params, evidence=cov.evidence)]


def _reported_as_gap(alignment: Alignment, req: Requirement, cov) -> bool:
    """Whether a requirement's coverage makes a gap finding: a gap requirement, missing or
    partial, judged by no other check, and not hidden by an amendment bill or a missing base."""
    if not req.gap or req.attention or req.id in HANDLED_ELSEWHERE:
        return False
    if cov.status not in ("missing", "partial"):
        return False
    if alignment.amendment is not None and not alignment.forbidden.get(req.id):
        return False  # an amendment bill: what it does not show cannot be judged missing
    if any(alignment.coverage.get(dep) is not None and alignment.coverage[dep].status == "missing" for dep in req.requires):
        return False  # the requirement it builds on is reported as missing
    return True


def _near_anchor(index: DraftIndex, alignment: Alignment, rid: str) -> Span | None:
    """The article holding requirement ``rid``'s principal element, when the draft has that provision."""
    cov = alignment.coverage.get(rid)
    must = alignment.must.get(rid, ())
    if cov is None or cov.status not in ("covered", "partial") or not must or must[0].span is None:
        return None
    k = index.article_index(must[0].span.start)
    return article_anchor(index, index.articles[k].num) if k is not None else None


def _register_relied_on(index: DraftIndex) -> Span | None:
    """The first use of 個人情報ファイル簿 inside the 非識別 chapter (its entries, 「…の個人情報ファイル簿
    への記載」), when the draft sets up no such register (C3 missing): the finding goes where the
    mechanism relies on it rather than on the chapter heading."""
    spans = index.c_spans or ()
    return next((h for h in index.hits("個人情報ファイル簿", literal=True)
                 if any(c.contains(h) for c in spans)
                 and not any(a.caption_span is not None and a.caption_span.contains(h)
                             for a in index.ordinance.articles)), None)


def _register_entry_gap(alignment: Alignment, req: Requirement) -> bool:
    """B3 with B1 present: the 要配慮 entry of the register is what is missing."""
    return req.id == "B3" and bool(alignment.coverage.get("B1")) and alignment.coverage["B1"].status != "missing"


def _missing_gap(index: DraftIndex, alignment: Alignment, req: Requirement, profile: Profile) -> tuple[str, Span | None]:
    """Code and anchor of a requirement the draft does not meet at all."""
    code = GAP_MISSING
    anchor = anchor_for(index, req.anchor)
    if req.anchor == "definitions" and req.scope.startswith("definition:"):
        # a requirement of a term's definition goes on the article that defines the term, when that is not the
        # definitions article (definitions split over 第2条 and 第3条: 要配慮個人情報 defined in 第3条)
        defined = index.term_span(req.scope[len("definition:"):])
        where = index.ordinance.locate(defined.start).article if defined is not None else None
        if where is not None and anchor is not None and index.ordinance.locate(anchor.start).article != where:
            anchor = article_anchor(index, where) or anchor
    if req.id == "A2" and index.hits("個人識別符号が含まれる", literal=True):
        code = GAP_CODE_UNDEFINED
        anchor = index.hits("個人識別符号が含まれる", literal=True)[0]
    elif _register_entry_gap(alignment, req):
        code = GAP_REGISTER
        anchor = anchor_for(index, "register")
    elif req.id == "C3" and (relied := _register_relied_on(index)) is not None:
        anchor = relied  # the mechanism writes in a register the draft never sets up: where it does
    elif req.id == "C0":
        code = GAP_C_WORD_ONLY if any(index.hits(t, literal=True) for t in profile.c_terms) else GAP_C_ABSENT
    elif req.near is not None and (near := _near_anchor(index, alignment, req.near)) is not None:
        anchor = near  # (the contract's cancellation on the article concluding the contract)
    elif req.anchor == "c_chapter" and alignment.c_present:
        from ordreview.core.insertion import applied_range_anchor, insertion_anchor  # where it goes

        # a 準用 range that leaves the provision out is where the fix goes (extend the range),
        # before the place the statute's order gives a new article
        anchor = (applied_range_anchor(index, req, article_anchor)
                  or insertion_anchor(index, alignment, req, profile, article_anchor) or anchor)
    return code, anchor


def _partial_gap(index: DraftIndex, alignment: Alignment, req: Requirement, cov,
                 evidence: Span | None) -> tuple[str, Span | None, dict[str, str]]:
    """Code, anchor and extra message parameters of a requirement met only in part: elements
    missing, forbidden wording found, a dangling C reference, or (neither) a general shortfall."""
    missing = [h.group for h in alignment.must.get(req.id, ()) if h.span is None]
    found = list(alignment.forbidden.get(req.id, ()))
    anchor = evidence or anchor_for(index, req.anchor)
    if req.anchor == "limits" and (limits := index.limits_article()) is not None:
        anchor = article_anchor(index, limits.num)  # (the carve-out goes in the limits article, whatever was read)
    in_mechanism = req.scope == "c_chapter" and bool(index.c_spans)
    if in_mechanism and anchor is not None and not index.in_c(anchor):
        # (the general article read for one element is no place for the rest: the mechanism's
        # provision it names, else the mechanism's first)
        anchor = _named_in_mechanism(index, anchor) or anchor_for(index, "c_chapter")
    if missing and req.units == "main":
        sibling = sibling_anchor(index, alignment.must.get(req.id, ()), cov.evidence)
        if sibling is not None and in_mechanism and not index.in_c(sibling):
            # an element of the mechanism goes in the mechanism's provisions: the one the
            # neighbour names (「…を第22条の規定により提供する場合には、適用しない」), if any
            sibling = _named_in_mechanism(index, sibling)
        anchor = sibling or anchor
        if (req.anchor == "file_register" and anchor is not None and index.in_c(anchor)
                and _after_creation_beside(index, alignment, req, anchor)):
            # the neighbour is the mechanism's entry made after creation (行政機関個人情報保護法第44条の11), another
            # provision than the entries of a file open to proposals (第44条の3) that are missing: those go on the
            # register article, when the draft has one outside the mechanism
            register = anchor_for(index, "file_register")
            if register is not None and not index.in_c(register):
                sibling, anchor = None, register
        if sibling is not None and len(missing) == 1 and missing[0].keys:
            # within the article, the paragraph that does the act the missing element qualifies
            # (「…加工しなければならない。」 for 「基準に従い」), not the neighbour's paragraph
            k = index.article_index(sibling.start)
            act = act_within(index, missing[0].keys, index.articles[k].span) if k is not None else None
            if act is not None:
                anchor = act
    anchor = _definition_anchor(index, missing) or anchor
    params: dict[str, str] = {}
    if req.id == "C20":
        code = GAP_C_DANGLING
        anchor = found[0].span if found and found[0].span is not None else anchor
    elif missing:
        code = GAP_PARTIAL
        params["missing"] = "、".join(g.label_ja for g in missing)
        params["missing_en"] = "; ".join(g.label_en for g in missing)
        if found:
            params["missing"] += "（" + "、".join(h.group.label_ja for h in found) + "）"
    elif found:
        code = GAP_FORBIDDEN
        anchor = found[0].span or anchor
        params["found"] = "、".join(h.group.label_ja for h in found)
        params["found_en"] = "; ".join(h.group.label_en for h in found)
    else:
        code = GAP_PARTIAL_GENERAL
    return code, anchor, params


def _after_creation_beside(index: DraftIndex, alignment: Alignment, req: Requirement, sibling: Span) -> bool:
    """True when the last element of a register requirement (the entry made after creation, C5's
    「作成後の概要等の記載」) is found in the article of ``sibling`` and is not itself missing: that
    article is the after-creation provision, not the place of the entries missing before it."""
    hits = alignment.must.get(req.id, ())
    if len(hits) < 2 or hits[-1].span is None:
        return False
    return index.article_index(hits[-1].span.start) == index.article_index(sibling.start)


def _missing_said_in_other_words(index: DraftIndex, alignment: Alignment, req: Requirement) -> Said | None:
    """The sentence saying the missing elements of ``req`` in other words (the first one's), when
    every missing element has ``keys`` and each is said so in the requirement's scope
    (:mod:`ordreview.core.other_words`); ``None`` otherwise."""
    missing = [h.group for h in alignment.must.get(req.id, ()) if h.span is None]
    if not missing or not all(g.keys for g in missing):
        return None
    said = [said_in_other_words(index, g.keys, keys_scope(index, req, g), brackets=in_definition(req, g))
            for g in missing]
    return said[0] if all(s is not None for s in said) else None


def _other_words_params(index: DraftIndex, said: Said) -> dict[str, str]:
    ref = index.ordinance.locate(said.focus.start)
    place = place_label(index.ordinance, Location(ref.article, ref.paragraph, ref.item, said.focus))
    return {"place": place, "quote": quote(index, said)}


def _lesser_elements_severity(alignment: Alignment, req: Requirement, severity: str) -> str:
    """``severity`` lowered when every missing element carries a lesser severity of its own
    (``ElementGroup.severity``: its content is partly secured by another provision), or belongs
    to a set of elements none of which the draft states (``ElementGroup.severity_together``)."""
    hits = alignment.must.get(req.id, ())
    whole_set_absent = any(h.group.severity_together for h in hits) and all(
        h.span is None for h in hits if h.group.severity_together)
    own = [h.group.severity or (h.group.severity_together if whole_set_absent else None)
           for h in hits if h.span is None]
    if not own or any(s is None for s in own):
        return severity
    gravest = min(own, key=lambda s: SEVERITY_ORDER[s])  # (SEVERITY_ORDER: 0 is the gravest)
    return gravest if SEVERITY_ORDER[gravest] > SEVERITY_ORDER[severity] else severity


def _definition_anchor(index: DraftIndex, missing: list) -> Span | None:
    """The definition of a term when every missing element is a condition of that definition
    (``in_definition:TERM:…`` alternatives) and TERM has a definition of its own (or the
    condition can be nowhere else): the definition is what is incomplete."""
    terms = {a[len(IN_DEFINITION):].partition(":")[0] for g in missing for a in g.any if a.startswith(IN_DEFINITION)}
    if len(terms) != 1 or not all(any(a.startswith(IN_DEFINITION) for a in g.any) for g in missing):
        return None
    term = terms.pop()
    defs = list(index.terms.get(term, ()))
    for name in () if defs else index.own_names(term):
        defs = list(index.terms[name])  # 市非識別加工情報 for 実施機関非識別加工情報
        break
    own = any(t.style != "inline" for t in defs)
    if not own and not all(all(a.startswith(IN_DEFINITION) for a in g.any) for g in missing):
        return None  # (said inside another definition, 「記述等（…）」: the evidence shows it best)
    return index.term_span(term)


C_DECISION_ADVICE = ("（非識別加工情報の提供の仕組みを導入するかどうかを決められたい。導入する場合は、行政機関個人情報保護法"
                     "第4章の2に相当する章（提案の募集、審査、契約、手数料等）を置き、導入しない場合は、その理由を記録されたい。）")
LEGACY_LIST_ADVICE = ("（収集の制限に残る旧来のセンシティブ情報の列挙を要配慮個人情報を対象とする定めに改めるか、"
                      "旧来の列挙を維持するかを決め、維持する場合はその理由を整理されたい。）")


def _own_edit(ordinance, req: Requirement, code: str, anchor: Span, al: Alignment) -> str | None:
    """The suggestion as an edit of the draft's own provision where it has one (``None``: the
    profile's model wording): B3 — the register's list of entries with the 要配慮 entry added
    as a 号, not a new article beside the register the draft keeps (the model article only
    when the draft keeps no register list); B4 — the legacy collection restriction keyed to
    要配慮個人情報 (else what to decide); C14 — a fee left to a rule with its amount written
    in the draft's own fee paragraph."""
    from ordreview.core.provision_edits import collection_keyed_to_sensitive, register_with_entry

    if req.id == "B3" and code in (GAP_REGISTER, GAP_PARTIAL):
        return register_with_entry(ordinance, anchor)  # no register list: the model article
    if req.id == "C0" and code in (GAP_C_ABSENT, GAP_C_WORD_ONLY):
        return C_DECISION_ADVICE  # a policy choice, not a chapter to paste into every draft
    if req.id == "C14" and code == GAP_PARTIAL:
        from ordreview.core.provision_edits import fee_in_ordinance

        return fee_in_ordinance(ordinance, anchor, req.suggestion_ja)
    if req.id == "B4" and code == GAP_LEGACY_LIST:
        hits = [h.span for h in al.forbidden.get(req.id, ()) if h.span is not None]
        if hits:
            return collection_keyed_to_sensitive(ordinance, hits[0]) or LEGACY_LIST_ADVICE
    return None


@register("attention", title_ja="確認を要する独自規定", title_en="Local choices to confirm")
def check_attention(ctx: CheckContext) -> list[Finding]:
    """Judgement items present in the draft (legacy exclusions, local 要配慮 extensions)."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch or alignment.rule is not None:
        return []
    out: list[Finding] = []
    for req in ctx.profile.requirements:  # type: ignore[attr-defined]
        if not req.attention:
            continue
        cov = alignment.coverage.get(req.id)
        if cov is None or cov.status != "covered":
            continue
        hits = [h for h in alignment.must.get(req.id, ()) if h.span is not None]
        if not hits:
            continue
        span = hits[0].span
        out.append(
            ctx.finding(
                rule="attention",
                requirement=req.id,
                span=span,
                code=ATTENTION,
                severity=effective_severity(req, c_present=alignment.c_present),
                params={"title": req.title_ja, "title_en": req.title_en,
                        "found": "「" + span.slice(ctx.ordinance.text) + "」",  # type: ignore[union-attr]
                        "found_en": "“" + span.slice(ctx.ordinance.text) + "”",  # type: ignore[union-attr]
                        "requirement": as_request(req.requirement_ja)},
                evidence=cov.evidence,
            )
        )
    return out


@register("regime", title_ja="制度の版（令和3年改正後の案）", title_en="Regime check (post-2021-reform drafts)")
def check_regime(ctx: CheckContext) -> list[Finding]:
    """O15: a draft written for the post-2023 regime does not fit the 2016 profile."""
    alignment, index = analysis(ctx)
    if not alignment.regime_mismatch or not alignment.regime_hits:
        return []
    text = ctx.ordinance.text
    title = ctx.ordinance.title_span
    # a hit inside the title (…保護に関する法律施行条例) is shown as the whole title
    words = list(dict.fromkeys(
        (title if title is not None and title.contains(s) else s).slice(text) for s in alignment.regime_hits))
    return [
        ctx.finding(
            rule="regime",
            requirement="O15",
            span=title if title is not None and title.contains(alignment.regime_hits[0]) else alignment.regime_hits[0],
            code=REGIME,
            params={"found": "、".join(words[:4])},
            evidence=alignment.coverage["O15"].evidence if "O15" in alignment.coverage else (),
        )
    ]


@register("amendment", title_ja="一部改正条例案", title_en="Partial-amendment bills")
def check_amendment(ctx: CheckContext) -> list[Finding]:
    """O14: a partial-amendment bill gets one warning on its title instead of gap findings."""
    alignment, index = analysis(ctx)
    signs = alignment.amendment
    if signs is None:
        return []
    anchor = title_anchor(index)
    ja: list[str] = []
    en: list[str] = []
    if signs.title:
        ja.append(AMENDMENT_SIGN_TITLE[0])
        en.append(AMENDMENT_SIGN_TITLE[1])
    if signs.sentences:
        ja.append(AMENDMENT_SIGN_TEXT[0].format(n=len(signs.sentences)))
        en.append(AMENDMENT_SIGN_TEXT[1].format(n=len(signs.sentences)))
    cov = alignment.coverage.get("O14")
    return [
        ctx.finding(
            rule="amendment",
            requirement="O14",
            span=anchor,
            code=AMENDMENT,
            severity="warning",
            params={"signs": "、".join(ja), "signs_en": "; ".join(en)},
            suggestion="",
            evidence=cov.evidence if cov is not None else (),
        )
    ]

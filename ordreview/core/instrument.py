"""What kind of instrument a draft is: a 規則 rather than an 条例, and post-2023 signs in its 附則.

A 規則 (the head's rule, e.g. ``…個人情報保護条例施行規則``) carries out an ordinance: the matters of
the Basic Policy's section 3(1) — the definitions, the handling of 要配慮個人情報, the 非識別加工情報
mechanism and its fees — are for the ordinance itself (地方自治法 第14条第1項・第2項: rights and
duties of residents are set by 条例; 第15条: the head's 規則 within the law; 第228条第1項: fees by
条例). A 規則 is told by

- its title: ending in 規則 (施行規則, 規則（案）), not in 条例;
- its 制定文 or 趣旨: 「この規則は、…条例…の施行に関し必要な事項を定める」, 「この規則において」;
- its number: ``規則第N号`` in the lines under the title.

The title alone decides when it ends in 規則; otherwise two of the other signs are needed.

The post-2023 regime (個人情報の保護に関する法律 applying directly to local bodies from
2023-04-01, 令和3年法律第37号) is recognised by the vocabulary in the profile's
``regime_signals``; :func:`repeal_signal` adds the sign a phrase list cannot express: a 附則 that
repeals the former 個人情報保護条例, or a 制定文 that revises it as a whole (「…個人情報保護条例（…）の全部を
改正する。」), stronger with a 令和 date (令和4年 or later).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.model import Ordinance, Span
from ordreview.core.text import fold

_TITLE_RULE = re.compile(r"規則\s*(?:\(\s*案\s*\))?\s*$")
_TITLE_ORDINANCE = re.compile(r"条例\s*(?:\(\s*案\s*\))?\s*$")
_RULE_SELF = re.compile(r"この\s*規則(?:は|において|で)")
_ORDINANCE_SELF = re.compile(r"この\s*条例(?:は|において|で)")
_RULE_NUMBER = re.compile(r"規則\s*第\s*[0-9０-９一二三四五六七八九十百〇]+\s*号")
_SPACES = re.compile(r"\s+")
_REPEAL = re.compile(
    r"個人情報保護条例\s*(?:\([^()]*(?:\([^()]*\))?[^()]*\))?\s*(?:は、\s*廃止する|の全部を改正する)"
)
_REIWA = re.compile(r"令和\s*(?:[4-9]|[1-9][0-9]|[四五六七八九])\s*年")


@dataclass(frozen=True, slots=True)
class RuleSigns:
    """Why a draft was taken for a 規則.

    Attributes:
        title: the span of a title ending in 規則, or ``None``.
        self_reference: the span of 「この規則は／において」 in the first articles, or ``None``.
        number: the span of ``規則第N号`` in the lines under the title, or ``None``.
    """

    title: Span | None
    self_reference: Span | None
    number: Span | None

    @property
    def is_rule(self) -> bool:
        if self.title is not None:
            return True
        return self.self_reference is not None and self.number is not None

    @property
    def anchor(self) -> Span | None:
        return self.title or self.number or self.self_reference


def title_is_rule(title: str) -> bool:
    """True for a title ending in 規則 (施行規則, 規則（案）)."""
    folded = fold(title)
    return bool(_TITLE_RULE.search(folded)) and not _TITLE_ORDINANCE.search(folded)


def detect_rule(ordinance: Ordinance) -> RuleSigns:
    """The signs that ``ordinance`` is a 規則 (see the module docstring)."""
    text = ordinance.text
    title_span = None
    if ordinance.title_span is not None and len(ordinance.title_span):
        if title_is_rule(ordinance.title_span.slice(text)):
            title_span = ordinance.title_span
    number = None
    for line, span in ordinance.preamble:
        m = _RULE_NUMBER.search(fold(line))
        if m:
            number = Span(span.start + m.start(), span.start + m.end())
            break
    self_ref = None
    for art in ordinance.articles[:3]:
        body = fold(art.span.slice(text))
        if _ORDINANCE_SELF.search(body) and not _RULE_SELF.search(body):
            break
        m = _RULE_SELF.search(body)
        if m:
            self_ref = Span(art.span.start + m.start(), art.span.start + m.end())
            break
    return RuleSigns(title_span, self_ref, number)


def repeal_signal(ordinance: Ordinance) -> tuple[float, tuple[Span, ...]]:
    """A 附則 repealing (or wholly revising) a 個人情報保護条例: weight 1.0 with a 令和 date in the
    draft's number line or 附則, 0.5 without; (0.0, ()) when there is none."""
    text = ordinance.text
    dated_preamble = any(_REIWA.search(fold(line)) for line, _ in ordinance.preamble)
    for suppl in ordinance.suppl_provisions:
        body = fold(suppl.span.slice(text))
        m = _REPEAL.search(body)
        if not m:
            continue
        span = Span(suppl.span.start + m.start(), suppl.span.start + m.end())
        dated = _REIWA.search(body) or dated_preamble
        return (1.0 if dated else 0.5), (span,)
    # enacted as a whole revision: 「○○市個人情報保護条例（平成…）の全部を改正する。」 above 第1条
    for line, span in ordinance.preamble:
        m = _REPEAL.search(fold(line))
        if m and "全部を改正" in m.group(0):
            return (1.0 if dated_preamble else 0.5), (Span(span.start + m.start(), span.start + m.end()),)
    return 0.0, ()

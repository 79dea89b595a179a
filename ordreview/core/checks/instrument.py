"""The kind of instrument: a 規則 is not reviewed against the ordinance's checklist.

- ``instrument.rule``: the draft is a 規則 (施行規則; see :mod:`ordreview.core.instrument`). One
  finding on its title says so and names the checklist questions that do not apply to it (the
  Basic Policy's points A, B and C, which are matters for the ordinance); the gap rules report
  nothing for it. The drafting checks (references, numbering, terms, citations, delegations,
  penalties) still run: they apply to any instrument.
"""

from __future__ import annotations

from ordreview.core.align import RULE_POINTS
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import analysis
from ordreview.core.checks.registry import register
from ordreview.core.messages import define
from ordreview.core.model import Finding

RULE = define(
    "check.instrument.rule",
    ja="この案は規則（{signs}）である。基本方針3(1)の事項（{points}：{count}項目）は条例で定める事項であるため、規則には適用せず、欠落の指摘はしていない。規則が委任元の条例と整合しているかは、条例の審査で確認されたい。引用条項、番号、定義語、法令番号、委任及び罰則の確認は行っている。",
    en="This draft is a 規則 (a rule of the head, {signs_en}). The Basic Policy's section 3(1) matters ({points_en}: "
    "{count} questions) are for the ordinance, so they do not apply to a 規則 and no gap is reported. Check the "
    "rule's consistency with the ordinance it implements when reviewing that ordinance. References, numbering, "
    "terms, law citations, delegations and penalties are still checked.",
)
_SIGNS = {
    "title": ("題名が「…規則」", "its title ends in 規則"),
    "self_reference": ("「この規則は」", "it calls itself この規則"),
    "number": ("規則番号", "a 規則 number"),
}
_POINT_NAMES = {
    "A": ("A 個人情報の定義の明確化", "A clearer definition of personal information"),
    "B": ("B 要配慮個人情報の取扱い", "B handling of 要配慮個人情報"),
    "C": ("C 非識別加工情報の提供の仕組み", "C the 非識別加工情報 mechanism"),
}


@register("instrument.rule", title_ja="規則の判別", title_en="Rules (規則) told from ordinances")
def check_rule(ctx: CheckContext) -> list[Finding]:
    """One warning on the title of a 規則, naming the checklist questions that do not apply."""
    alignment, index = analysis(ctx)
    signs = alignment.rule
    if signs is None or signs.anchor is None:
        return []
    found = [k for k in ("title", "self_reference", "number") if getattr(signs, k) is not None]
    points = sorted({r.point for r in ctx.profile.requirements if r.point in RULE_POINTS})  # type: ignore[attr-defined]
    count = sum(1 for r in ctx.profile.requirements if r.point in RULE_POINTS)  # type: ignore[attr-defined]
    return [
        ctx.finding(
            rule="instrument.rule",
            requirement=None,
            span=signs.anchor,
            code=RULE,
            severity="warning",
            params={
                "signs": "、".join(_SIGNS[k][0] for k in found),
                "signs_en": "; ".join(_SIGNS[k][1] for k in found),
                "points": "、".join(_POINT_NAMES[p][0] for p in points),
                "points_en": "; ".join(_POINT_NAMES[p][1] for p in points),
                "count": count,
            },
            suggestion="",
        )
    ]


NOTICE = define(
    "check.intake_notice",
    ja="{message}",
    en="{message_en}",
)
"""A notice of the reading (a web copy's inferred term boundaries, lost markers, a fragment)
passed on as a finding, so that the window, the report and the Word comments show it."""

_INTAKE_NOTICES = {
    "parse.term_boundary": ("intake.term_boundary", "warning"),
    "parse.markers_dropped": ("intake.markers_dropped", "info"),
    "parse.truncated": ("fragment", "warning"),
}


@register("intake", title_ja="読み取り上の注意（写し・抜粋）",
          title_en="Reading notes (web copies, extracts)")
def check_intake_notices(ctx: CheckContext) -> list[Finding]:
    """The reading notices an officer must see: inferred term boundaries in a web copy, item
    markers lost in copying, and a text that stops before the ordinance does (a fragment)."""
    out = []
    for n in ctx.ordinance.notices:
        kind = _INTAKE_NOTICES.get(n.code)
        if kind is None or n.span is None:
            continue
        rule, severity = kind
        out.append(ctx.finding(rule=rule, requirement=None, span=n.span, code=NOTICE, severity=severity,
                               params={"message": n.message_ja, "message_en": n.message_en},
                               suggestion="", id_extra=(n.code,)))
    return out

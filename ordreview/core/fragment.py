"""Fragments: a text that stops before the ordinance does (its opening, a quoted extract).

An ordinance always ends with its 附則 (at least the 施行期日). A text without any 附則 is taken
for a fragment when, besides, one of these shows that more was meant to follow:

- it ends mid-sentence (no 。 at the end of a last line that is visibly a sentence under way);
- its 目次 names articles or chapters past its last article;
- it refers to two or more different articles past its last article;
- its title says it is an extract (…（抄）).

A fragment gets one notice — the text ends in (or after) 第N条 — instead of one finding per 目次
line, per reference past the cut, per term whose uses would come later, per term used before a
definitions article the text stops in (or has not reached), for the missing 附則 and
for every checklist element the rest of the ordinance would hold (:func:`silence`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ordreview.core.messages import define, render
from ordreview.core.model import Article, Finding, Notice, Ordinance, Span
from ordreview.core.text import fold

TRUNCATED = define(
    "parse.truncated",
    ja="この文は{article}{where}で終わっており、附則もありません。条例の一部分（冒頭部分、抜粋等）とみて、"
    "{article}より後にあるはずの規定（目次に掲げる章・条、参照先の条、附則、基本方針の各事項）についての指摘はしていません。"
    "全文で審査するには、条例の全文を読み込んでください。",
    en="This text ends {where_en} {article} and has no 附則 (supplementary provisions). It was taken for part of an "
    "ordinance (its opening or an extract): nothing that would come after {article} (chapters and articles listed in "
    "the 目次, referenced articles, the 附則, the Basic Policy elements) is reported. Load the whole ordinance for a "
    "full review.",
)
_WHERE = {True: ("の途中", "in the middle of"), False: ("", "with")}

SILENCED = frozenset({"term.unused", "suppl.entry_into_force", "suppl.missing"})
"""Rules whose every finding is moot in a fragment (uses and 附則 would come later)."""
PAST_CUT = frozenset({"toc.mismatch", "ref.unresolved", "ref.chapter"})
"""Rules whose findings are moot when they concern what lies past the cut."""
UNDEFINED_TERMS = frozenset({"term.undefined", "term.statute_undefined"})
"""Rules that find a term used without a definition: moot while the definitions may be past the cut."""
_EARLY = (3,)
"""A fragment stopping no later than this article may stop before the definitions article (which
stands at the head of an ordinance, after its 目的 or 趣旨)."""


@dataclass(frozen=True, slots=True)
class Truncation:
    """Where a fragment stops.

    Attributes:
        last: the last article of the text (the one it stops in or after).
        mid_sentence: True when the text stops in the middle of a sentence.
        span: the text's last line (where the notice is anchored).
        signs: which signs told it (``"mid_sentence"``, ``"toc"``, ``"references"``).
    """

    last: Article
    mid_sentence: bool
    span: Span
    signs: tuple[str, ...]

    @property
    def key(self) -> tuple[int, ...]:
        return _key(self.last.num)


def _key(num: str | None) -> tuple[int, ...]:
    if not num:
        return ()
    try:
        return tuple(int(x) for x in str(num).split(":")[0].split("_"))
    except ValueError:
        return ()


def detect_truncation(ordinance: Ordinance) -> Truncation | None:
    """The fragment's cut (see the module docstring), or ``None`` for a whole text."""
    if ordinance.suppl_provisions or not ordinance.articles:
        return None
    text = ordinance.text
    stripped = text.rstrip(" \t\r\n\u3000")
    if not stripped:
        return None
    last = max(ordinance.articles, key=lambda a: _key(a.num))
    last_key = _key(last.num)
    signs = []
    last_line = stripped[stripped.rfind("\n") + 1 :]
    # mid-sentence: no 。 at the end, and the last line is visibly a sentence under way (a 、
    # in it, or a particle or an opening bracket at its end), not a bare word as in a stub
    mid = not stripped.endswith("。") and (
        "、" in last_line or "\u3041" <= stripped[-1] <= "\u309f" or stripped[-1] in "「（("
    )
    if mid:
        signs.append("mid_sentence")
    divisions = {d.title.replace(" ", "").replace("\u3000", "") for d in ordinance.divisions}
    for entry in ordinance.toc:
        if _key(entry.last) > last_key or _key(entry.first) > last_key or (
                entry.division_title.startswith("第") and entry.division_title not in divisions
                and entry.first is None):
            signs.append("toc")
            break
    beyond = {str(r.address.article) for r in ordinance.references
              if r.target is None and r.address is not None and r.address.article
              and _key(r.address.article) > last_key}
    if len(beyond) >= 2:
        signs.append("references")
    if "(抄)" in fold(ordinance.title).replace(" ", ""):
        signs.append("extract")  # …（抄）: an extract by its own title
    if not signs:
        return None
    line_start = stripped.rfind("\n") + 1
    while line_start < len(stripped) and stripped[line_start] in " \t\u3000":
        line_start += 1
    return Truncation(last, mid, Span(line_start, len(stripped)), tuple(signs))


def truncation_notice(cut: Truncation) -> Notice:
    where_ja, where_en = _WHERE[cut.mid_sentence]
    ja, en = render(TRUNCATED, article=cut.last.title or f"第{cut.last.num}条", where=where_ja, where_en=where_en)
    return Notice(code=TRUNCATED, message_ja=ja, message_en=en, span=cut.span)


def silence(ordinance: Ordinance, cut: Truncation, findings: list[Finding]) -> list[Finding]:
    """``findings`` without those the cut makes moot (see :data:`SILENCED`, :data:`PAST_CUT`)."""
    toc_last = {e.span: e for e in ordinance.toc}
    refs = {r.span: r for r in ordinance.references}
    tail = Span(cut.last.span.start if cut.mid_sentence else cut.span.start, len(ordinance.text))
    out = []
    for f in findings:
        span = f.location.span
        if f.rule in SILENCED:
            continue
        if f.rule == "gap" and f.code != "check.gap.forbidden":
            continue  # what the rest of the ordinance would hold cannot be judged missing
        if f.rule in PAST_CUT and span is not None and _past_cut(span, cut, toc_last, refs):
            continue
        if cut.mid_sentence and span is not None and f.rule.startswith("def.") and tail.contains(span):
            continue  # a definition cut off mid-sentence is not a difference from the statute
        if f.rule in UNDEFINED_TERMS and definitions_cut(ordinance, cut):
            continue  # the term may be defined in the part of the definitions that is missing
        out.append(f)
    return out


def _defines(ordinance: Ordinance, article: Article) -> bool:
    """True for an article that defines the ordinance's terms: its 見出し says 定義, or it says
    この条例において (「この条例において「…」とは」, 「この条例において、次の各号に掲げる用語の意義は」)."""
    if article.caption and "定義" in article.caption:
        return True
    return "この条例において" in article.span.slice(ordinance.text)


def definitions_cut(ordinance: Ordinance, cut: Truncation) -> bool:
    """True when the fragment may have lost some of the ordinance's definitions: it stops in the
    article that defines its terms (whose later 項 or 号 are missing), or it stops near the head
    of the ordinance before any such article."""
    if _defines(ordinance, cut.last):
        return True
    if cut.key > _EARLY:
        return False
    return not any(_defines(ordinance, a) for a in ordinance.articles if not a.in_suppl)


def _past_cut(span: Span, cut: Truncation, toc: dict, refs: dict) -> bool:
    entry = next((e for s, e in toc.items() if s.overlaps(span)), None)
    if entry is not None:
        return not entry.last or _key(entry.last) >= cut.key
    ref = next((r for s, r in refs.items() if s.overlaps(span)), None)
    if ref is not None and ref.address is not None and ref.address.article:
        return _key(ref.address.article) >= cut.key
    return False

"""One defect, one finding: merge findings that restate another on the same definition.

A definition that departs from the statute is seen by several rules at once: the element
search (``gap``: 「不当な差別、偏見その他の不利益」 missing from the 要配慮 definition), a
dedicated definition rule (``def.living``: 死者 included in 個人情報) and the word-by-word
comparison (``def.diff``), which lists every difference and so restates the others. An officer
then reads the same defect two or three times under different requirement numbers.

The rule here: among the error and warning findings of the definition rules (``gap``,
``def.*``) anchored on one definition,

- ``def.diff`` is not reported next to a more specific finding on the same definition: its
  side-by-side comparison is attached to that finding (when it has none), and its count of
  differences is added to the message, so nothing it showed is lost;
- a ``gap`` finding and a dedicated ``def.*`` finding of the same requirement on the same
  definition (or a ``gap`` finding naming only the article the definition is in) are one finding: the dedicated one (it names the defect more precisely) keeps
  the higher severity of the two, the other's message appended and its place as evidence.

- a dedicated finding that reports a whole statutory clause missing absorbs the ``gap``
  finding of another requirement whose element is words of that same clause (``_CLAUSE``):
  行政機関個人情報保護法 第2条第4項 says 「その他本人に対する不当な差別、偏見その他の不利益が生
  じないようにその取扱いに特に配慮を要するものとして政令で定める記述等」 in one clause, so a
  closed list of categories lacks its general words and its delegation at once: one defect.

- a term used without a definition (``term.undefined``) inside the article where a ``gap``
  finding reports that very term's definition missing (個人識別符号 in the 個人情報 definition,
  whose 「個人識別符号が含まれるもの」 branch the gap finding stands on) is that defect: the gap
  finding keeps it as evidence. When the gap finding reports the definition missing altogether
  (no provision meets the requirement), every undefined use of the term is that defect, wherever
  it stands (個人情報ファイル used only in a 罰則 article of a draft that never defines it). Which
  requirement defines which term comes from the profile (a requirement whose first element is
  ``term:X``).

- a ``gap`` finding that the 個人情報 definition lacks the 個人識別符号 branch absorbs the ``gap``
  finding on the same definition that its 記述等 lack the exclusion of 個人識別符号 (the exclusion
  follows from the branch), or that names only the definitions article because the draft has no
  記述等 definition at all (a one-branch definition has nothing to exclude); and the ``gap``
  finding, in the same article, that the definition of 個人識別符号 is missing altogether (a draft
  without 個人識別符号: add the branch with its definition, one defect).

- a term defined and never used (``term.unused``) in the article where a ``gap`` finding on another
  definition (a requirement whose first element is a ``term:``) reports missing the element whose
  words name it (個人識別符号 defined, and the 個人情報 definition lacking
  「個人識別符号が含まれるもの」) is that defect: the element is the use the definition lacks.

- a word used without a definition (``term.undefined``) in the article where a ``gap`` finding on a
  definition reports missing the element whose words name it (公文書, where the 保有個人情報 definition
  lacks 「公文書に記録されているものに限る」) is that defect: the element brings the word in.

- 要配慮個人情報 defined and never used (``term.unused``) while the ``gap`` finding reports that the
  register records no 要配慮 entry is that defect: the entry is the use the definition lacks, so
  the gap finding keeps the unused term as evidence.

- a fee amount left to a 規則 (``fee.delegated``) and the ``gap`` finding of the same requirement that
  the fee provision states no amount are one defect, wherever the gap finding is anchored (the fee
  article itself, or the notice that names 「納付すべき手数料の額」): the dedicated finding says why
  (地方自治法 第228条第1項) and where, and keeps the gap's place as evidence.

- a leftover of a mechanism the draft does not introduce (the ``gap`` note 「…への言及が残っている」, C20 in the 2016
  profile, a note by the profile's severity) is the review's only word on it when no dedicated finding of the same
  requirement (an unused or undefined 非識別 term, a warning) reports a leftover: in a main provision (a register item
  「提案の募集をする個人情報ファイルであるときは、その旨」) it then takes that weight, a warning. Beside such a finding it
  stays a note (one defect, one finding); in the 附則 (a clause to consider the mechanism later) it stays a note.

Findings of other rules (references, 略称 …) are other defects and are never merged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ordreview.core.diff import changed
from ordreview.core.model import SEVERITY_ORDER, Comparison, Finding, Span
from ordreview.core.messages import agree_in_number

_DIFF = "def.diff"
_UNUSED = "term.unused"
_YOHAIRYO = "要配慮個人情報"
_BRANCH = ("A1", "個人識別符号が含まれるもの", "A3", "個人識別符号の除外")
"""(A1 gap naming the missing 個人識別符号 branch) absorbs (A3 gap naming the missing exclusion of
個人識別符号 from the 記述等) on the same definition: 行政機関個人情報保護法 第2条第2項 excludes the codes
from the 記述等 of 第1号 only because 第2号 takes them in; one defect, one finding."""
_PARTIAL = "check.gap.partial"
_REGISTER_ENTRY = "check.gap.register_notation"
"""The gap message that the register records no 要配慮 entry: with 要配慮個人情報 used nowhere else,
its ``term.unused`` finding restates it."""
_CLAUSE = {"check.def.yohairyo_order": "B1"}
"""Message code of a dedicated finding that reports a statutory clause missing → the requirement
whose element is words of that clause (the 要配慮 general clause with its 政令 delegation)."""
_SAME_DEFECT = frozenset({("check.gap.code_undefined", "check.def.code_branch")})
"""(gap code, dedicated code) pairs whose messages say the same thing: the gap's is not appended."""
_LEFTOVER = "check.gap.c_dangling"
"""The gap note that a mechanism the draft does not introduce is still mentioned."""
_AMOUNT_LEFT = frozenset({"check.integrity.fee_delegated"})
"""Message codes of a dedicated finding that the fee amount is left to a 規則 or the head: the gap
finding of the same requirement that the amount is not stated restates it."""
_ALSO_JA = "（同じ定義について: {message}）"
_ALSO_EN = " (Same definition: {message})"
_NOTE_JA = "（法律の定義との対照：実質的な相違{n}箇所。{examples}）"
_NOTE_EN = " (Compared with the statute's definition: {n} substantive difference(s). {examples})"


def _examples(comparison: Comparison, limit: int = 2, *, lost_punct: bool = False) -> str:
    """The first differences as whole phrases of both texts (as ``def.diff`` states them)."""
    from ordreview.core.phrases import difference_sentences

    return difference_sentences(comparison, changed(comparison.chunks), limit=limit, lost_punct=lost_punct)


_SPACES = str.maketrans("", "", " \t\u3000\u00a0\n")


def _bare(text: str | None) -> str:
    """``text`` without spaces: a web or PDF copy's stray space inside a term (「要配慮個人　情報」)
    leaves the term the same."""
    return (text or "").translate(_SPACES)


def _same_node(a: Finding, b: Finding) -> bool:
    """True if both findings sit on the same provision (article, paragraph and 号)."""
    la, lb = a.location, b.location
    return la.article is not None and (la.article, la.paragraph, la.item) == (lb.article, lb.paragraph, lb.item)


def _in_article(gap: Finding, g: Finding) -> bool:
    """True if ``gap`` names only the article (the requirement found nowhere in it) and ``g`` sits
    in that article: 「…に当たる規定が見当たらない」 beside the finding on the definition itself."""
    la, lb = gap.location, g.location
    return la.article is not None and la.paragraph is None and la.item is None and la.article == lb.article


def _definition_rule(f: Finding) -> bool:
    return (f.rule == "gap" or f.rule.startswith("def.")) and f.severity in ("error", "warning")


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _more_severe(a: str, b: str) -> str:
    return a if SEVERITY_ORDER[a] <= SEVERITY_ORDER[b] else b  # (error 0, warning 1, info 2)


#: Dedicated rules whose finding reports a definition missing altogether: after absorbing the
#: gap finding they carry its model provision, which ``--suggest-changes`` inserts as a gap's.
ADDS_DEFINITION = frozenset({"def.code_branch"})

_UNDEFINED = "term.undefined"
_WHOLLY_MISSING = "check.gap.missing"
_MISSING_CODES = frozenset({_WHOLLY_MISSING, "check.gap.code_undefined"})


def _defined_terms(profile: object | None) -> dict[str, str]:
    """Requirement id → the term whose definition is its first element (``term:X``)."""
    out: dict[str, str] = {}
    for req in getattr(profile, "requirements", ()) or ():
        first = req.must[0].any if req.must else ()
        term = next((a[5:] for a in first if a.startswith("term:")), None)
        if term:
            out[req.id] = term
    return out


def _absorb_named_by_missing(out: list[Finding], gone: set[int], terms: dict[str, str],
                             word_of: Callable[[Finding], str | None]) -> None:
    """Each error/warning ``gap`` finding of a definition's missing elements (only a definition's: another
    provision's words are no use of it) takes in, as evidence, the findings ``word_of`` names a word for
    when that word is in the missing elements' names and they stand in the same article."""
    for i, f in enumerate(out):
        if (f.rule != "gap" or f.code != _PARTIAL or f.severity not in ("error", "warning")
                or f.requirement not in terms):
            continue
        head, sep, tail = f.message_ja.partition("の規定に")
        missing = tail.partition("の定めがない")[0] if sep else ""
        for j, g in enumerate(out):
            word = word_of(g) if j not in gone and j != i else None
            if word and word in missing and g.location.article == f.location.article:
                out[i] = f = replace(f, evidence=f.evidence + (g.location,))
                gone.add(j)


def merge_restatements(findings: list[Finding], profile: object | None = None, *,
                       lost_punct: bool = False) -> list[Finding]:
    """``findings`` with restatements on one definition merged (see module doc); ``profile``
    says which requirement defines which term (without it, no term is merged); ``lost_punct``:
    the draft's 、 and 。 became spaces in extraction (a quoted phrase ends at such a space)."""
    out = list(findings)
    gone: set[int] = set()
    terms = _defined_terms(profile)
    # 0. a term used undefined, where the gap finding reports its definition missing
    for i, f in enumerate(out):
        term = terms.get(f.requirement or "")
        if f.rule != "gap" or f.code not in _MISSING_CODES or term is None or f.location.article is None:
            continue
        for j, g in enumerate(out):
            if (j not in gone and g.rule == _UNDEFINED and _bare(g.anchor_text) == term
                    and (g.location.article == f.location.article
                         or (f.code == _WHOLLY_MISSING and f.severity in ("error", "warning")))):
                out[i] = f = replace(f, evidence=f.evidence + (g.location,))
                gone.add(j)
    # 0b. 要配慮個人情報 defined and used nowhere, where the gap finding reports the register entry
    # that would use it missing: one defect (the gap finding says what to add), kept as evidence
    for i, f in enumerate(out):
        if f.rule != "gap" or f.code != _REGISTER_ENTRY:
            continue
        for j, g in enumerate(out):
            if j not in gone and g.rule == _UNUSED and _bare(g.anchor_text) == _YOHAIRYO:
                out[i] = f = replace(f, evidence=f.evidence + (g.location,))
                gone.add(j)
    # 0c. the 個人識別符号 branch missing from the 個人情報 definition, and with it the exclusion of
    # 個人識別符号 from the 記述等 (the exclusion exists only because of the branch): one defect
    for i, f in enumerate(out):
        if f.rule != "gap" or f.requirement != _BRANCH[0] or _BRANCH[1] not in f.message_ja:
            continue
        for j, g in enumerate(out):
            if (j not in gone and j != i and g.rule == "gap" and g.requirement == _BRANCH[2]
                    and _BRANCH[3] in g.message_ja and (_same_node(f, g) or _in_article(g, f))):
                out[i] = f = replace(f, message_ja=f.message_ja + _ALSO_JA.format(message=g.message_ja),
                                     message_en=f.message_en + _ALSO_EN.format(message=g.message_en),
                                     evidence=f.evidence + (g.location,))
                gone.add(j)
    # 0c'. the 個人識別符号 branch missing from the 個人情報 definition, and the definition of 個人識別符号
    # missing altogether: the draft has no 個人識別符号 at all, one defect (add the branch with its
    # definition), as the held-out gold lists file it under the branch (A1)
    code_req = next((rid for rid, term in terms.items() if term == "個人識別符号"), None)
    for i, f in enumerate(out):
        if (code_req is None or i in gone or f.rule != "gap" or f.requirement != _BRANCH[0]
                or _BRANCH[1] not in f.message_ja):
            continue
        for j, g in enumerate(out):
            if (j not in gone and j != i and g.rule == "gap" and g.requirement == code_req
                    and g.code == _WHOLLY_MISSING and g.location.article == f.location.article):
                out[i] = f = replace(f, message_ja=f.message_ja + _ALSO_JA.format(message=g.message_ja),
                                     message_en=f.message_en + _ALSO_EN.format(message=g.message_en),
                                     severity=_more_severe(f.severity, g.severity),  # type: ignore[arg-type]
                                     evidence=f.evidence + (g.location,))
                gone.add(j)
    # 0d. a term defined and used nowhere, where a gap finding reports missing the very element
    # that would use it (「…の規定に個人識別符号が含まれるもの（第2号）の定めがない」 beside an idle
    # 個人識別符号 definition): the element is the use the definition lacks, one defect
    _absorb_named_by_missing(out, gone, terms, lambda g: g.rule == _UNUSED and g.anchor_text)
    # 0e. a word used undefined in the article where a definition's gap finding reports missing the
    # element that names it (公文書 in the 実施機関非識別加工情報 definition, where the 保有個人情報 definition
    # lacks 「公文書に記録されているものに限る」 and with it the definition of 公文書): one defect
    _absorb_named_by_missing(out, gone, terms, lambda g: g.rule == _UNDEFINED and _bare(g.anchor_text))
    # 1. a dedicated def.* finding absorbs a gap finding of the same requirement on the same text
    for i, f in enumerate(out):
        if f.rule != "gap" or not _definition_rule(f):
            continue
        for j, g in enumerate(out):
            if (j in gone or j == i or not _definition_rule(g) or g.rule in ("gap", _DIFF)
                    or (g.requirement != f.requirement and _CLAUSE.get(g.code) != f.requirement)
                    or not (_overlap(f.location.span, g.location.span) or _same_node(f, g)
                            or (g.requirement == f.requirement and _in_article(f, g)))):
                continue
            same = (f.code, g.code) in _SAME_DEFECT  # (the dedicated message says it all)
            out[j] = replace(g, severity=_more_severe(g.severity, f.severity),  # type: ignore[arg-type]
                             message_ja=g.message_ja + ("" if same else _ALSO_JA.format(message=f.message_ja)),
                             message_en=g.message_en + ("" if same else _ALSO_EN.format(message=f.message_en)),
                             evidence=g.evidence + (f.location,),
                             # a definition missing altogether, reported by its dedicated rule: the
                             # gap's model text, written in the draft's own style, is what to insert
                             suggestion=f.suggestion if g.rule in ADDS_DEFINITION and f.suggestion else g.suggestion)
            gone.add(i)
            break
    # 2. def.diff next to a more specific finding on the same definition
    for i, d in enumerate(out):
        if d.rule != _DIFF or i in gone or not _definition_rule(d):
            continue
        span = d.comparison.draft_span if d.comparison is not None else d.location.span
        best: int | None = None
        for j, g in enumerate(out):
            if j in gone or j == i or not _definition_rule(g) or g.rule == _DIFF:
                continue
            if not (_overlap(span, g.location.span) or _overlap(d.location.span, g.location.span)
                    or _same_node(d, g)):
                continue
            if best is None or SEVERITY_ORDER[g.severity] > SEVERITY_ORDER[out[best].severity]:
                best = j
        if best is None:
            continue
        g = out[best]
        n = len(changed(d.comparison.chunks)) if d.comparison is not None else 0
        examples = _examples(d.comparison, lost_punct=lost_punct) if d.comparison is not None else ""
        out[best] = replace(
            g,
            comparison=g.comparison or d.comparison,
            message_ja=g.message_ja + (_NOTE_JA.format(n=n, examples=examples) if n else ""),
            message_en=g.message_en + (agree_in_number(_NOTE_EN.format(n=n, examples=examples)) if n else ""),
            evidence=g.evidence + (d.location,),
        )
        gone.add(i)
    # 3. the fee amount left to a 規則, and the gap finding that no amount is stated: one defect
    for i, f in enumerate(out):
        if i in gone or f.rule != "gap" or f.code != _PARTIAL or f.severity not in ("error", "warning"):
            continue
        left = [j for j, g in enumerate(out) if j not in gone and g.code in _AMOUNT_LEFT
                and g.requirement == f.requirement and g.severity in ("error", "warning")]
        if not left:
            continue
        j = next((j for j in left if out[j].location.article == f.location.article), left[0])
        g = out[j]
        out[j] = replace(g, severity=_more_severe(g.severity, f.severity),  # type: ignore[arg-type]
                         evidence=g.evidence + (f.location,))
        gone.add(i)
    # 4. a leftover note with no dedicated finding of its requirement: the leftover's weight (module doc)
    for i, f in enumerate(out):
        if i in gone or f.rule != "gap" or f.code != _LEFTOVER or f.severity != "info" or f.location.article is None:
            continue
        if not any(j not in gone and g.requirement == f.requirement and g.severity in ("error", "warning")
                   for j, g in enumerate(out)):
            out[i] = replace(f, severity="warning")
    return [f for k, f in enumerate(out) if k not in gone]

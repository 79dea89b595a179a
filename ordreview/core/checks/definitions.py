"""Definition rules: how the draft defines 個人情報 and its companions, against the statute.

- ``def.collation`` (A4): classifies the 個人情報 definition — 照合可能型 (as 行個法),
  容易照合型 (as the private-sector Act), 識別され得る型 (pre-2003 style) or 識別型 (no
  collation clause) — and says what follows; also flags mixed standards.
- ``def.living`` (A5): silence on living vs dead persons; the dead covered while the
  非識別 mechanism (which presupposes living persons) is introduced.
- ``def.diff``: each definition written out in full, compared character by character
  with the statute (quoted in the profile; docs/domain.md) after the profile's benign substitutions; the finding
  carries the ``Comparison``. A definition by cross-reference (第2条第3項に規定する…) is
  not diffed. The unverified parenthesis of 行個法 2(8) is never compared.
- ``def.yohairyo``: the 要配慮 categories item by item: the statute's six (B1) and the
  Cabinet Order's five unless delegated to a rule (B2).
- ``def.code_variant`` (A1): 「識別符号」 written without 個人 beside 「個人識別符号」.
- ``def.record_twice`` (A3): 電磁的記録 defined in two places with different wording.
- ``def.honnin`` (A9): 本人 as 「識別され得る個人」 beside a 照合可能型 個人情報.
- ``def.jisshi_kikan`` (O11, info): the 実施機関 list leaves out 議会 (under any name: 区議会, 組合議会 …;
  a warning for a 組合 or 広域連合, whose assembly has no ordinance of its own for its records),
  or a 地方独立行政法人 the draft names (地方独立行政法人かわせ病院機構) — the reviewer confirms it is intended;
  (warning) a list of organs by name, the head among them, without 監査委員, which every local public
  body has (地方自治法 第195条第1項; 組合 and 広域連合 by 第292条).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ordreview import paths
from ordreview.core.adoption import adopts_by_reference, adopts_each_wholly, adopts_statute_items
from ordreview.core.align import Alignment, DraftIndex
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.definition_forms import cited_items, order_categories_written_out, restriction_pairs
from ordreview.core.checks.gaps import analysis, effective_severity
from ordreview.core.checks.registry import register
from ordreview.core.diff import changed, diff_normalised, normalise_mapped
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Comparison, Finding, Span
from ordreview.core.profile import Profile, StatuteText
from ordreview.core.read.cleanup import punctuation_lost
from ordreview.core.statute_cites import cites_provision, law_names
from ordreview.core.text import fold, matching_paren, outside_parentheses

COLLATION = define(
    "check.def.collation",
    ja="個人情報の定義は{kind}である。{consequence}",
    en="The definition of 個人情報 is of the {kind_en} type. {consequence_en}",
)
COLLATION_MIXED = define(
    "check.def.collation_mixed",
    ja="個人情報の定義は照合可能型であるが、この箇所では「{found}」（{kind}）の基準が用いられている。条例全体で同じ基準に改められたい。",
    en="個人情報 follows the collation-possible standard, but this place uses “{found}” ({kind_en}); use one standard throughout.",
)
LIVING_SILENT = define(
    "check.def.living_silent",
    ja="個人情報の定義において、生存する個人に限るのか死者を含むのかが明らかでない。いずれであるかを明らかにされたい。",
    en="The definition of 個人情報 does not say whether it covers only living persons or the dead as well.",
)
LIVING_DEAD_C = define(
    "check.def.living_dead_c",
    ja="死者に関する情報も個人情報に含めているが、非識別加工情報の仕組み（生存する個人を前提とする。）との関係が整理されていない。両者の関係を整理されたい。",
    en="The dead are covered, but the 非識別 mechanism presupposes living persons; reconcile the two.",
)
DIFF = define(
    "check.def.diff",
    ja="{label}が{ref}と異なる（実質的な相違{count}箇所）。{examples}法の定義に合わせて改めるか、異なる定義とする理由を整理されたい。",
    en="The {label_en} differs from {ref} ({count} substantive difference(s)): {examples}",
)
EXTRACTION_PUNCTUATION = define(
    "check.def.extraction_punctuation",
    ja="{label}を{ref}と対照したところ、法の「、」又は「。」に当たる箇所が空白となっている箇所が{lost}箇所ある。"
    "PDFからの抽出で句読点が失われたものとみられるため、法の定義との相違としていない。原本で句読点を確認されたい。",
    en="Compared with {ref}, the {label_en} has a space where the statute has 、 or 。 in {lost} place(s). PDF"
    " extraction seems to have lost these marks, so they are not counted as differences from the statute;"
    " check them against the original.",
)
_ITEM_MARK = lazy_compile(
    r"(?m)^[^\S\n]*(?:[(（][ ]?[0-9０-９]+[ ]?[)）]|[0-9]+|[一二三四五六七八九十]+|[ア-ン])(?=\s|$)"
)
_SPACE_PUNCT = lazy_compile(r"[\s\u3000、。]+")


_WORD_DEFINITION = lazy_compile(r"^\((?:[^()]|\([^()]*\))*をいう。(?:以下|次項|次条|この[条項章節])[^()。]{0,20}同じ。\)$")
"""A parenthesis (after :func:`fold`) that defines the word before it: 「(…をいう。以下同じ。)」."""


_CONTINUATIVE = frozenset("いきしちにびみりじぎえけせてねべめれ")
"""Kana that end a verb's continuative form (応じ, 基づき, 用い)."""


def _no_change_in_meaning(comp: Comparison, chunk) -> bool:  # noqa: ANN001
    """True if the chunk is 、 against て after a verb's continuative form (応じ、 / 応じて), a lone 、 on
    one side only, or, on one side only, a whole parenthesis that defines the word just
    before it for the rest of the text (「電磁的記録（電磁的方式（…）で作られる記録をいう。以下同じ。）」)
    and sets nothing aside (no 除く): it fixes the meaning of a word the definition uses, not the
    scope of the defined term, so its absence is no substantive difference in the definition (the
    word is read in its ordinary sense or as the ordinance defines it elsewhere). A parenthesis
    that excludes something (「（個人識別符号を除く。）をいう。以下同じ。」) changes what the term
    covers and stays a difference."""
    if chunk.tag == "replace":
        # 「区分に応じ、それぞれ」 for the statute's 「区分に応じて当該各号に」: a verb's continuative
        # form with 、 or with て joins the same two clauses
        pair = {fold(comp.draft[chunk.start_a : chunk.end_a]).strip(), fold(comp.statute[chunk.start_b : chunk.end_b]).strip()}
        if pair == {"、", "て"} and comp.draft[chunk.start_a - 1 : chunk.start_a] in _CONTINUATIVE:
            return True
        return _same_word_defined_the_other_way(comp, chunk)
    if chunk.tag not in ("insert", "delete"):
        return False
    text = comp.statute[chunk.start_b : chunk.end_b] if chunk.tag == "insert" else comp.draft[chunk.start_a : chunk.end_a]
    raw, text = text, fold(text).strip()
    if _inlined_method(comp, chunk):
        return True  # the statute's 電磁的方式 defined inside 電磁的記録, which the draft says in one definition
    if text == "、" or (text == "" and raw and "\n" not in raw):
        # a 読点 more or less between clauses (「生じないように、その取扱いに」): a matter of style (or the space a
        # copy that lost its punctuation left for it; a line break is no such space)
        return True
    return "除" not in text and _WORD_DEFINITION.match(text) is not None


_DEFINED_AFTER = lazy_compile(r"(.+)\(以下「([^」]+)」という。\)")
_DEFINED_INSIDE = lazy_compile(r"([^()]+)\((.+)をいう。(?:[^()]*において同じ。)?\)")


def _same_word_defined_the_other_way(comp: Comparison, chunk) -> bool:  # noqa: ANN001
    """True when the draft coins a word the statute defines on the spot, the same word for the same
    words: 「電子的方式、…認識することができない方式（以下「電磁的方式」という。）」 for the statute's
    「電磁的方式（電子的方式、…認識することができない方式をいう。次項第二号において同じ。）」 (行政機関
    個人情報保護法 第2条第2項第1号). The chunk may start inside the word both texts share before it, so
    the common text just before it is taken in."""
    for back in range(0, 12):
        if back > min(chunk.start_a, chunk.start_b):
            break
        if back and comp.draft[chunk.start_a - back] != comp.statute[chunk.start_b - back]:
            break
        draft = _SPACES.sub("", fold(comp.draft[chunk.start_a - back : chunk.end_a]))
        statute = _SPACES.sub("", fold(comp.statute[chunk.start_b - back : chunk.end_b]))
        after, inside = _DEFINED_AFTER.fullmatch(draft), _DEFINED_INSIDE.fullmatch(statute)
        if after and inside and after.group(1) == inside.group(2) and after.group(2) == inside.group(1):
            return True
    return False


_INLINED_METHOD = lazy_compile(r"^(?:電磁的方式\(|をいう。次項第(?:二|2)号において同じ。\))$")
"""The two pieces of 第2条第2項第1号 that define 電磁的方式 inside 電磁的記録 (「電磁的記録（電磁的方式（電子的方式、…方式を
いう。次項第二号において同じ。）で作られる記録をいう。…）」): a draft defining 電磁的記録 in one go (「電磁的記録（電子的
方式、…方式で作られる記録をいう。）」) says the same."""


def _inlined_method(comp: Comparison, chunk) -> bool:  # noqa: ANN001
    """True for a piece of the statute's definition of 電磁的方式 that a draft defining 電磁的記録 in one go leaves out."""
    return chunk.tag == "insert" and _INLINED_METHOD.match(fold(comp.statute[chunk.start_b : chunk.end_b]).strip()) is not None


_WORD_BEFORE = lazy_compile(r"[\u4e00-\u9fffァ-ヶー]+$")


def _word_defined_in_draft(ctx: CheckContext, comp: Comparison, chunk) -> bool:  # noqa: ANN001
    """True unless ``chunk`` is a word-defining parenthesis whose word (the kanji or katakana just
    before it: 電磁的記録) the draft defines nowhere (no defined term, no 「X」とは, no 「X（…をいう。」)."""
    if chunk.tag == "replace":
        return True
    before = comp.statute[: chunk.start_b] if chunk.tag == "insert" else comp.draft[: chunk.start_a]
    m = _WORD_BEFORE.search(fold(before))
    if m is None:
        return True
    word = m.group(0)
    if any(fold(t.term) == word for t in ctx.ordinance.terms):
        return True
    text = fold(ctx.ordinance.text)
    return (f"「{word}」とは" in text
            or re.search(re.escape(word) + r"\((?:[^()]|\([^()]*\))*をいう", text) is not None)


def _punctuation_only(comp: Comparison, chunk) -> bool:
    """True if the draft lacks only a 、 or 。 of the statute here (a space or nothing instead).

    Item markers at a line start are set aside on both sides (``(1)`` against ``一``): the
    clean draft's comparison aligns them through the 。 that ends the sentence before them.
    So are scope phrases (以下同じ。), which the comparison leaves out on both sides: the
    chunk around a lost 。 may hold one (「。次項第二号において同じ。」 against nothing).
    """
    draft = comp.draft[chunk.start_a : chunk.end_a]
    statute = comp.statute[chunk.start_b : chunk.end_b]
    if statute.count("、") + statute.count("。") <= draft.count("、") + draft.count("。"):
        return False
    # (a chunk may take in an internal reference next to the mark: 第二号ロ against 第二項第二号,
    # which the comparison holds equal whatever they point to)
    strip = lambda t, rx: _SPACE_PUNCT.sub("", normalise_mapped(  # noqa: E731
        _ITEM_MARK.sub("", rx.sub("", fold(t))), refs=True).text)
    return strip(draft, _RX_SCOPE_LOST) == strip(statute, _RX_SCOPE)


YOHAIRYO_STATUTE = define(
    "check.def.yohairyo_statute",
    ja="要配慮個人情報の定義に、法律の定める{missing}が含まれていない。加えられたい。",
    en="The definition of 要配慮個人情報 lacks these statutory categories: {missing_en}",
)
YOHAIRYO_ALIAS = define(
    "check.def.yohairyo_alias",
    ja="要配慮個人情報の定義で「{found}」が用いられているが、法律の用語は「{statute}」である。「{statute}」に改められたい。",
    en="The definition of 要配慮個人情報 uses “{found}”; the statute says “{statute}”.",
)
YOHAIRYO_ORDER = define(
    "check.def.yohairyo_order",
    ja="政令で定める要配慮事項のうち{missing}が、列挙にも規則への委任にも含まれていない。列挙に加えるか、規則で定める旨を規定されたい。",
    en="These Cabinet-Order categories are neither listed nor delegated to a rule: {missing_en}",
)
CODE_BRANCH = define(
    "check.def.code_branch",
    ja="個人情報の定義に「個人識別符号が含まれるもの」の類型があるが、個人識別符号がこの条例で定義されていないため、この類型の範囲が定まらない。",
    en="The definition of 個人情報 has the branch “contains a 個人識別符号”, but 個人識別符号 is not defined, so the branch has no defined scope.",
)
RECORD_TWICE = define(
    "check.def.record_twice",
    ja="電磁的記録が二か所で異なる文言で定義されている（最初の定義：{first}）。定義は一か所にまとめられたい。",
    en="電磁的記録 is defined twice with different wording (first definition: {first}); keep one definition.",
)
ADOPTED_AS_IS = define(
    "check.def.adopted_as_is",
    ja="{term}を{law}{provision}の引用のみで定めているが、同項は「{words}」を要件としており、そのままではこの条例の{own}に当てはまらない。読替え規定を置くか、条例で直接定義されたい。",
    en="{term} is defined only by citing {provision} of {law}, whose definition requires {words_en}; as it stands it does "
    "not reach this ordinance's {own_en}. Add a 読替え or define it directly.",
)
RECORD_AGAIN = define(
    "check.def.record_again",
    ja="電磁的記録は{first}で「以下同じ。」として定義されているのに、ここで再び定義されている。重複する定義を削られたい。",
    en="電磁的記録 is defined for the whole ordinance in {first} (以下同じ), yet defined again here; delete the second definition.",
)
HONNIN_URU = define(
    "check.def.honnin_uru",
    ja="本人を「識別され得る個人」と定義しているが、個人情報の定義は照合可能型である。本人の定義を「個人情報によって識別される特定の個人」に改められたい。",
    en="本人 is defined as an individual who 'may be identified', while 個人情報 follows the collation-possible type; align the two.",
)
CODE_VARIANT = define(
    "check.def.code_variant",
    ja="「個人識別符号」と「識別符号」が混在している。定義した用語である「個人識別符号」に統一されたい。",
    en="Both 個人識別符号 and 識別符号 are used; use the defined term 個人識別符号 throughout.",
)

_KINDS = {
    "shogo": ("照合可能型（行政機関個人情報保護法と同じ）", "collation-possible (as the administrative-organs act)"),
    "yoi": ("容易照合型（民間部門の個人情報保護法と同じ）", "easy-collation (private-sector act)"),
    "uru": ("識別され得る型（旧来の規定）", "identified-or-identifiable (pre-2003 style)"),
    "bare": ("照合の規定のない識別型", "identification without a collation clause"),
}
_CONSEQUENCE = {
    "yoi": (
        "行政機関個人情報保護法より狭く、容易に照合できない情報が個人情報から外れる。採用する理由を整理し、非識別加工情報の規定と基準をそろえられたい。",
        "It is narrower than the administrative-organs act; record the reason and align the 非識別 provisions.",
    ),
    "uru": (
        "範囲が広く不明確である。基本方針の「個人情報の定義の明確化」の趣旨から、行政機関個人情報保護法の照合可能型とすることを検討されたい。",
        "It is broad and vague; the Basic Policy asks for a clearer definition (collation-possible type).",
    ),
    "bare": (
        "他の情報との照合により識別できる情報が含まれるか不明確である。照合可能型の括弧書きを加えることを検討されたい。",
        "It is unclear whether information identifiable by collation is covered; consider the collation clause.",
    ),
}
_LINE_BREAK = lazy_compile(r"\r?\n[ \t\u3000]*")
_RX_YOI = lazy_compile(r"容易に照合")
_RX_SHOGO = lazy_compile(r"(?:他|ほか)の情報と(?:照らし合わせ|突き合わせ)ることができ|(?:他|ほか)の情報と照合することができ"
                         r"|他の情報と照合することにより[、,]?(?:特定の)?(?:個人|本人)?[^。()]{0,6}識別することができる"
                         r"|(?:他|ほか)の情報と(?:照らし合わせ|突き合わせ)る?ことで[^。()]{0,10}(?:分かる|わかる|識別でき)")
"""(「他の情報と照合することにより特定の個人を識別することができることとなるものを含む」: the older
wording of the same collation clause, with no 容易 in it; in everyday words 「他の情報と照らし合わせることで特定の
個人が分かるものを含みます」)"""
_RX_URU = lazy_compile(r"識別され[、, ]?(?:又は|または)識別され得る|識別され得る")
_RX_CODE = lazy_compile(r"(?<!個人)識別符号")
CITING = r"に(?:規定する|定める|(?:定め|決め)られている|(?:定め|決め)られた)"  # (and in everyday words: 「…第2条第3項に決められている個人識別符号」)
"""How a definition adopts a statute's term by citation: 「…第2条第3項に規定する個人識別符号」, or in plainer drafts
「…に定める個人識別符号」."""
_RX_REFERENCE = lazy_compile(rf"第[0-9一二三四五六七八九十]+条第[0-9一二三四五六七八九十]+項{CITING}")


@dataclass(frozen=True, slots=True)
class DraftDefinition:
    """A draft definition as compared: its full span and the part after the lead-in."""

    term: str
    span: Span
    body: Span


def find_definition(index: DraftIndex, term: str) -> DraftDefinition | None:
    """The paragraph or item where ``term`` is defined (items included), or ``None``.

    A term the draft defines only inline, inside another definition (個人識別符号（…第2条第3項に
    規定する個人識別符号をいう。以下同じ。） in the 個人情報 item), is that parenthesis: the
    provision around it defines something else.
    """
    own = index.terms.get(term, [])
    if own and all(t.style == "inline" for t in own):
        span = own[0].span
        at = index.folded.find(fold(own[0].definition), span.start, span.end) if own[0].definition else -1
        body = Span(at, at + len(own[0].definition)) if at >= 0 else span
        return DraftDefinition(term, span, body)
    span = index.definition_span(term)
    if span is None:
        return None
    text = index.folded
    body_start = span.start
    # (a copy's stray space may stand inside the quoted term: 「個人 情報」とは, and a soft wrap
    # with its indent anywhere in it: 「…「要配慮個人情報」と」 / 「　　は、本人の…」)
    m = re.compile(r"\s{0,8}".join(re.escape(ch) for ch in fold(term)) + r"\s{0,8}」\s{0,8}と\s{0,8}は[、,]?").search(
        text, span.start, span.end)
    if m:
        body_start = m.end()
    else:
        m = re.compile(r"[ \t]*(?:\([0-9]+\)|[⑴-⒇]|[0-9]+|[一二三四五六七八九十]+)?[ \t]*" + re.escape(fold(term)) + r"[ \t]+").match(text, span.start)
        if m and m.end() <= span.end:
            body_start = m.end()
        else:  # a 号-style term glued to its definition or on a line of its own (a web copy)
            own = next((t for t in index.ordinance.terms if t.term == term and t.style == "item"
                        and span.contains(t.term_span)), None)
            if own is not None:
                body_start = own.term_span.end
                while body_start < span.end and text[body_start] in " \t\n":
                    body_start += 1
    end = span.end
    while end > body_start and text[end - 1] in " \t\n":
        end -= 1
    return DraftDefinition(term, span, Span(body_start, end))


def _statute_body(st: StatuteText) -> str:
    marker = f"「{st.term}」とは、"
    i = st.text.find(marker)
    return st.text[i + len(marker) :] if i >= 0 else st.text


def replacement_tables(profile: Profile) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(draft, statute) replacement pairs mapping both wordings onto one canonical form.

    The canonical form of a substitution is its first ordinance wording; of a variant, the
    standard spelling. Identity pairs are included so that the longest match wins.
    """
    draft: list[tuple[str, str]] = []
    statute: list[tuple[str, str]] = []
    for sub in profile.substitutions:
        canon = sub.ordinance[0]
        statute.append((sub.statute, canon))
        draft.append((sub.statute, canon))  # a draft may copy the statute's wording verbatim
        for alt in sub.ordinance:
            draft.append((alt, canon))
    for standard, variant in profile.variants:
        draft.append((variant, standard))
        statute.append((variant, standard))
    return draft, statute


_UNVERIFIED_OPEN = lazy_compile(r"\s*".join("識別することができない") + r"\s*[（(]")


def _unverified_parenthesis(draft_body: str) -> list[tuple[int, int]]:
    """The parenthesis after 識別することができない in a 非識別 definition (never compared); a copy's
    layout break or stray space inside the words (「識別する」 / 「　　ことができない（」) is allowed."""
    m = _UNVERIFIED_OPEN.search(draft_body)
    if m is None:
        return []
    open_at = m.end() - 1
    depth = 0
    for j in range(open_at, len(draft_body)):
        ch = draft_body[j]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return [(open_at, j + 1)]
    return []


_SPACES = lazy_compile(r"\s+")
_RX_BY_REFERENCE = lazy_compile(rf"第[0-9一二三四五六七八九十]+条(?:第[0-9一二三四五六七八九十]+項)?(?:第[0-9一二三四五六七八九十]+号)?{CITING}[^()]*をいう")


PLAIN_EQUIVALENTS = (
    # 「分かる」 is 識別することができる in everyday words, ほかの 他の (each pair whole: the table is read in one pass)
    ("ほかの情報と照らし合わせることができ", "他の情報と照合することができ"),
    ("ほかの情報と照合することができ", "他の情報と照合することができ"),
    ("それによって特定の個人が分かることになるもの", "それにより特定の個人を識別することができることとなるもの"),
    ("によって特定の個人が分かるもの", "により特定の個人を識別することができるもの"),
    ("により特定の個人が分かるもの", "により特定の個人を識別することができるもの"),
    ("によって特定の個人を見分けることができるもの", "により特定の個人を識別することができるもの"),
    ("それによって特定の個人を見分けることができることとなるもの", "それにより特定の個人を識別することができることとなるもの"),
    ("当たる", "該当する"),
    ("当たるもの", "該当するもの"),
    ("次のどちらか", "次のいずれか"),
    ("次のア又はイのいずれかに該当する", "次の各号のいずれかに該当する"),
    ("次のア又はイに該当する", "次の各号のいずれかに該当する"),
    ("次のイ又はロのいずれかに該当する", "次の各号のいずれかに該当する"),
    ("次のイ又はロに該当する", "次の各号のいずれかに該当する"),
    ("に関する情報で、", "に関する情報であって、"),
    ("に関する情報のうち、", "に関する情報であって、"),
    ("その特定の個人", "当該特定の個人"),
    ("その情報に含まれる", "当該情報に含まれる"),
    ("生きている個人", "生存する個人"),
    ("他の情報と照らし合わせることができ", "他の情報と照合することができ"),
    ("他の情報と突き合わせることができ", "他の情報と照合することができ"),
    # a draft in です・ます (some villages write so): the polite ending says the plain one
    ("をいいます", "をいう"),
    ("以下同じです", "以下同じ"),
    ("ものをいいます", "ものをいう"),
    ("を除きます", "を除く"),
    ("を含みます", "を含む"),
    ("に限ります", "に限る"),
    ("それによって", "それにより"),
    ("によって特定の個人を", "により特定の個人を"),
    ("犯罪によって害を被った", "犯罪により害を被った"),
    ("犯罪の被害を受けた", "犯罪により害を被った"),
    # the lower conjunction written as the upper one (若しくは's place taken by 又は): the same three media
    ("文書、図画又は電磁的記録", "文書、図画若しくは電磁的記録"),
    ("特に配慮が必要な", "特に配慮を要する"),
    ("その扱いに", "その取扱いに"),
    ("その他の方法で表された", "その他の方法を用いて表された"),
    ("に書かれ、", "に記載され、"),
    ("それによって特定の個人を識別できる", "それにより特定の個人を識別することができる"),
    ("によって特定の個人を識別できる", "により特定の個人を識別することができる"),
    ("により特定の個人を識別できる", "により特定の個人を識別することができる"),
    ("人の知覚では認識できない", "人の知覚によっては認識することができない"),
)
"""Wordings of a definition that say the statute's words in plainer ones with the same meaning
(「次のいずれかに当たる」 for 「次の各号のいずれかに該当する」, 「その特定の個人」 for 「当該特定の個人」): no
difference in meaning, so none is reported."""

_OWN_TERM_REFERENCE = lazy_compile(
    r"(?:次項|前項|次号|前号|第[0-9一二三四五六七八九十]+(?:条(?:第[0-9一二三四五六七八九十]+項)?(?:第[0-9一二三四五六七八九十]+号)?|項|号))"
    r"\s*に\s*規\s*定\s*する\s*(?=\S)"
)


def _reference_to_own_term(index: DraftIndex, body: str) -> list[tuple[int, int]]:
    """「次項に規定する」 before a term this draft defines (「（次項に規定する個人識別符号を除く。）」): the
    term named by its definition's place is the term; not a difference from the statute's
    「（個人識別符号を除く。）」."""
    out: list[tuple[int, int]] = []
    for m in _OWN_TERM_REFERENCE.finditer(body):
        rest = _SPACES.sub("", body[m.end() : m.end() + 30])
        if any(rest.startswith(term) for term in index.terms):
            out.append((m.start(), m.end()))
    return out


def _closing_wo_iu(body: str, statute_body: str) -> list[tuple[int, int]]:
    """The statute's 「をいう。」 closing its sentence, where the draft's glossary item states the
    meaning without it (「(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するもの」
    under 「次の各号に掲げる用語の意義は、当該各号に定めるところによる。」): the same definition."""
    def top_level(text: str) -> list[tuple[int, int]]:
        found, depth = [], 0
        for i, ch in enumerate(text):
            if ch in "(（":
                depth += 1
            elif ch in ")）":
                depth = max(0, depth - 1)
            elif depth == 0 and text.startswith("をいう", i):
                end = i + 3 + (1 if text.startswith("。", i + 3) else 0)
                found.append((i, end))
        return found

    if top_level(_SPACES.sub("", body).replace("をいいます", "をいう")):  # (a hard wrap may break 「を\nいう」;
        return []  # 「をいいます」 of a draft in です・ます is its をいう)
    return top_level(statute_body)


def _definitions_by_reference(body: str) -> list[tuple[int, int]]:
    """Parentheses that define another term by citing the statute (個人識別符号（行政機関の保有する
    個人情報の保護に関する法律（平成15年法律第58号）第2条第3項に規定する個人識別符号をいう。以下同じ。）):
    the accepted way to adopt a statutory term, not a difference in the definition around it."""
    text = fold(body)
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        i = text.find("(", i)
        if i < 0:
            return out
        j = matching_paren(text, i)
        if j < 0:
            return out
        if _RX_BY_REFERENCE.search(_SPACES.sub("", re.sub(r"\([^()]*\)", "", text[i + 1 : j]))):
            out.append((i, j + 1))
            i = j + 1
        else:
            i += 1


_RX_LIVING_CLARIFIED = lazy_compile(
    r"(?<=生存する個人に関する情報)\(死者に関する情報であって、?生存する個人に関する情報でもあるもの(?:を|も)含む。?\)")


def _living_clarified(body: str) -> list[tuple[int, int]]:
    """The parenthesis 「（死者に関する情報であって、生存する個人に関する情報でもあるものを含む。）」 right
    after 生存する個人に関する情報: it restates that information about the dead which is also about
    a living person (an heir's) is that living person's information, which the statute's words
    already cover; it neither widens nor narrows the definition (def.living reads 死者 apart)."""
    return [(m.start(), m.end()) for m in _RX_LIVING_CLARIFIED.finditer(fold(body))]


def _other_terms_defined(index: DraftIndex, d: DraftDefinition, st: StatuteText, statute_body: str) -> list[tuple[int, int]]:
    """Parentheses inside the definition that define another term inline where the statute's
    definition has none (個人識別符号（…をいう。以下同じ。）が含まれるもの): that term is compared
    with its own statutory definition, not as a difference of this one."""
    text = index.folded
    statute = fold(statute_body)
    out: list[tuple[int, int]] = []
    for t in index.ordinance.terms:
        if t.style != "inline" or t.term == st.term or not (d.body.start <= t.term_span.start < d.body.end):
            continue
        open_at = t.term_span.end
        if text[open_at : open_at + 1] != "(":
            continue
        close = matching_paren(text, open_at)
        if close < 0 or close >= d.body.end or f"{fold(t.term)}(" in statute:
            continue
        out.append((open_at - d.body.start, close + 1 - d.body.start))
    return out


_SUB = r"(?:[アイウエオカキクケコ]|[イロハニホヘト]|\([0-9]+\)|\([アイウエオカキクケコ]\)|第[0-9一二三四五六七八九十]+号)"
_RX_ITEM_LIST = lazy_compile(rf"{_SUB}(?:(?:又は|若しくは|及び|または|もしくは|および|、){_SUB})+")


def _item_list_pairs(body: str, draft_rep: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A 号-style draft names its sub-items where the statute says 各号: 「次のア又はイに掲げる個人情報
    の区分に応じてそれぞれア又はイに定める措置」 is the statute's 「次の各号に掲げる…当該各号に定める措置」.
    Returns draft replacement pairs mapping each such phrase onto the canonical form of the
    statute's."""
    table = dict(draft_rep)
    out: list[tuple[str, str]] = []
    for lst in dict.fromkeys(m.group(0) for m in _RX_ITEM_LIST.finditer(_SPACES.sub("", fold(body)))):
        for form in ("次の{}に掲げる", "次の{}のいずれか", "当該各号に定める"):
            statute = form.format("各号")
            canon = table.get(statute, statute)
            if form.startswith("当該"):
                for draft in (f"それぞれ当該{lst}に定める", f"それぞれ{lst}に定める", f"当該{lst}に定める"):
                    out.append((draft, canon))
            else:
                out.append((form.format(lst), canon))
    return out


def _collation_pairs(statute_body: str, draft_rep: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """「他の情報と照合することにより特定の個人を識別することができることとなるもの」, the older wording
    of the collation clause, says what the statute's 「他の情報と照合することができ、それにより…」 says
    (``def.collation`` reads it as the same collation type)."""
    statute = "照合することができ、それにより"
    if statute not in fold(statute_body):
        return []
    return [("照合することにより", dict(draft_rep).get(statute, statute))]


def _listing_pairs(statute_body: str, draft_rep: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Where the statute defines by alternatives (「…であって、次の各号のいずれかに該当するものを
    いう」), a draft that lists them as 「…であって、次に掲げるものをいう」 (or 「次の各号に掲げるもの」)
    says the same: each listed kind is included. Only for a statute text worded that way (the 個人情報ファイル definition,
    whose statute text itself says 次に掲げるもの, is left as it is)."""
    statute = "次の各号のいずれかに該当するもの"
    if statute not in fold(statute_body):
        return []
    table = dict(draft_rep)
    head = table.get("次の各号のいずれか", "次の各号のいずれか")
    return [("次に掲げるもの", head + "に該当するもの"), ("次の各号に掲げるもの", head + "に該当するもの"),
            # 「次のいずれかに当たるもの」, 「次の各号のいずれかに当たるもの」: 当たる for 該当する
            ("次の各号のいずれかに当たるもの", head + "に該当するもの"), ("次のいずれかに当たるもの", head + "に該当するもの")]


_RX_ALTERNATIVES_HEAD = lazy_compile(r"次の各号のいずれかに該当するものをいう。\s*一[\s\u3000]*")
_RX_ITEM_MARK = lazy_compile(r"\n[\s\u3000]*[二三四五六七八九][\s\u3000]*")
_RX_JOINT_BEFORE = lazy_compile(r"(?:又は|若しくは|及び|、)$")
_CLOSING_WO_IU = lazy_compile(r"を\s*い\s*う\s*。?\s*$")


def _alternatives_in_one_sentence(body: str, statute_body: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the statute defines by alternatives in items (「…であって、次の各号のいずれかに該当する
    ものをいう。一 X 二 Y」), a draft may join them in one sentence: 「…であって、X又はYをいう。」 or
    「…であって、X及びYをいう。」 (the class of things of either kind: the same union). That
    is the same definition; the statute's head and item numbers and the draft's joints (又は,
    若しくは, 及び, 、 before each further item) and closing をいう are left out of the comparison. Nothing is
    dropped unless every further item opens, right after such a joint, with the statute's words.
    Returns (draft drop, statute drop) ranges."""
    head = _RX_ALTERNATIVES_HEAD.search(statute_body)
    if head is None or "各号" in body or "次の" in body:
        return [], []
    marks = [m for m in _RX_ITEM_MARK.finditer(statute_body) if m.start() > head.end()]
    if not marks:
        return [], []
    draft_drop: list[tuple[int, int]] = []
    at = 0
    for k, mark in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(statute_body)
        opening = statute_body[mark.end() : min(end, mark.end() + 8)]
        # (a hard-wrapped copy may break a line inside the words: 「個人識別符\n号が含まれる」)
        spaced = re.compile(r"\s*".join(re.escape(ch) for ch in opening))
        found = spaced.search(body, at)
        while found is not None and _RX_JOINT_BEFORE.search(body[: found.start()].rstrip()) is None:
            found = spaced.search(body, found.start() + 1)
        if found is None:
            return [], []
        pos = found.start()
        joint = _RX_JOINT_BEFORE.search(body[:pos].rstrip())
        draft_drop.append((joint.start(), pos))
        at = found.end()
    closing = _CLOSING_WO_IU.search(body)  # 「をいう。」, also across a hard wrap (「を\nいう。」)
    if closing is not None and not statute_body.rstrip().rstrip("。").endswith("をいう"):
        draft_drop.append((closing.start(), len(body.rstrip())))
    statute_drop = [(head.start(), head.end())] + [(m.start(), m.end()) for m in marks]
    return draft_drop, statute_drop


_RX_NAMED_ORDER = lazy_compile(
    r"(?:(?:[\u4e00-\u9fff\u30a0-\u30ff]*法|同法)?第[0-9一二三四五六七八九十]+条(?:第[0-9一二三四五六七八九十]+項)?(?:の|に規定する)"
    r"|同項(?:の|に規定する))政令で定める")


_ORDER_TAIL = lazy_compile(
    r"施行令(?:\([^()]*\))?(?:で定める|第[0-9一二三四五六七八九十]+条(?:第[0-9一二三四五六七八九十]+項)?(?:各号|各項)?"
    r"(?:に掲げる|に規定する|で定める|に定める))"
)


_ARTICLE_ORDER = lazy_compile(
    r"第[0-9一二三四五六七八九十]+条(?:第[0-9一二三四五六七八九十]+項)?(?:の|に規定する)政令で定める")
"""The statute's provision naming its Cabinet Order, right after the statute's title (no number between)."""


_TITLED_ORDER = lazy_compile(
    r"\([^()]*\)第[0-9一二三四五六七八九十]+条(?:第[0-9一二三四五六七八九十]+項)?(?:の|に規定する)政令で定める")
"""The statute's own title with its number (and a 略称 defined there) before 「第N条第M項の政令で定める」 or
「第N条第M項に規定する政令で定める」."""


_RX_ORDER_SHORT = lazy_compile(r"施行令\((?:[^()]|\([^()]*\))*?以下「([^「」()]{1,12})」という。?\)")
"""A 略称 the draft gives a Cabinet Order where it first names it: 「行政機関の保有する個人情報の保護に
関する法律施行令（平成15年政令第548号。以下「政令」という。）」."""
_NUM = "[0-9一二三四五六七八九十]+"


@lru_cache(maxsize=8)
def order_short_names(folded: str) -> tuple[str, ...]:
    """The 略称 the draft defines for a Cabinet Order (see ``_RX_ORDER_SHORT``), longest first."""
    return tuple(sorted({m.group(1) for m in _RX_ORDER_SHORT.finditer(_SPACES.sub("", folded))}, key=len, reverse=True))


def _short_order_named(body: str, shorts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The order named by its 略称 instead of 「政令で定める」: 「政令第4条で定める記述等」, 「政令第4条各号に
    掲げる記述等」, 「施行令で定める記述等」 (the 略称 standing for the order, which is what the statute's
    「政令で定める」 names)."""
    for short in shorts:
        rx = re.compile(re.escape(short) + rf"(?:第{_NUM}条(?:第{_NUM}項)?(?:各号|各項)?(?:に掲げる|に規定する|で定める|に定める)"
                        r"|で定める)")
        yield from rx.finditer(body)


def _cabinet_order_pairs(body: str, draft_rep: list[tuple[str, str]], shorts: tuple[str, ...] = ()
                         ) -> list[tuple[str, str]]:
    """The statute's 「政令で定める」 is its own Cabinet Order; a draft names that order: 「行政機関の
    保有する個人情報の保護に関する法律施行令（平成15年政令第548号）で定める」, 「法施行令で定める」 or
    「法第2条第4項の政令で定める」 (or the order named through the Act's short name, 「個人情報保護法
    第2条第3項の政令で定める」: the whole name is replaced, not only its last 法) say the same. Returns draft pairs mapping each onto the canonical
    form of 「政令で定める」."""
    from ordreview.core.checks.citations import statute_table

    canon = dict(draft_rep).get("政令で定める", "政令で定める")
    text = _SPACES.sub("", fold(body))  # (pairs apply to the text without whitespace: 法第2条／第4項 wrapped)
    out: list[tuple[str, str]] = []
    names = sorted({n for st in statute_table().by_name.values() for n in st.names} | {"法"}, key=len, reverse=True)
    for name in names:
        at = text.find(name + "施行令")
        while at >= 0:
            m = _ORDER_TAIL.match(text, at + len(name))
            if m is not None:
                out.append((text[at : m.end()], canon))
            at = text.find(name + "施行令", at + 1)
        at = text.find(name + "第")  # 「行政機関の保有する個人情報の保護に関する法律第2条第4項の政令で定める」 (no number)
        while at >= 0:
            m = _ARTICLE_ORDER.match(text, at + len(name))
            if m is not None:
                out.append((text[at : m.end()], canon))
            at = text.find(name + "第", at + 1)
        at = text.find(name + "(")  # 「…法律（平成15年法律第58号。以下「法」という。）第2条第4項の政令で定める」
        while at >= 0:
            m = _TITLED_ORDER.match(text, at + len(name))
            if m is not None:
                out.append((text[at : m.end()], canon))
            at = text.find(name + "(", at + 1)
    out += [(m.group(0), canon) for m in _RX_NAMED_ORDER.finditer(text)]
    out += [(m.group(0), canon) for m in _short_order_named(text, shorts)]
    return out


_RX_LISTED = lazy_compile(r"次\s*に\s*掲\s*げ\s*る\s*記\s*述\s*等")
_RX_CLOSES = lazy_compile(r"を\s*い\s*う\s*。")


def _order_listed(body: str, statute_body: str, draft_rep: list[tuple[str, str]]
                  ) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """A definition that lists the Cabinet Order's categories as its own items where the statute
    delegates them (「…として次に掲げる記述等が含まれる個人情報をいう。」 and items 一…五, for the
    statute's 「…として政令で定める記述等…」): the list is what the statute leaves to the Cabinet
    Order, compared item by item by ``def.yohairyo``, not a difference of the definition. Returns
    the draft pair mapping 「次に掲げる記述等」 onto the canonical 「政令で定める記述等」 and the span of
    the items to leave out, or ``None``."""
    text = fold(body)
    m = _RX_LISTED.search(text)
    if m is None or "政令で定める記述等" not in fold(statute_body):
        return None
    close = _RX_CLOSES.search(text, m.end())  # (the items follow the sentence that ends in をいう。)
    end = close.end() if close else -1
    if end < 0 or not text[end:].strip():
        return None
    canon = dict(draft_rep).get("政令で定める", "政令で定める")
    return ("次に掲げる記述等", canon + "記述等"), (end, len(text))


def by_reference(folded_body: str, term: str) -> bool:
    """True for a definition that adopts the statute's by citing it and says nothing else
    (「…法律（…）第2条第4項に規定する要配慮個人情報をいう。」, also 「…要配慮個人情報に相当する個人情報をいう。」)."""
    text = _SPACES.sub("", folded_body)
    m = re.search(rf"第[0-9一二三四五六七八九十]+条第[0-9一二三四五六七八九十]+項(?:第[0-9一二三四五六七八九十]+号)?{CITING}"
                  + re.escape(fold(term)) + r"(?:に相当する[^、。()]{0,8}?)?(?:をいう)?[。]?$", text)
    return m is not None


def wholly_adopted(index: DraftIndex, term: str) -> bool:
    """True when the draft gives ``term`` the statute's meaning only by citing it: 「「個人情報」、
    「要配慮個人情報」…の意義は、それぞれ…法律第2条第2項から第5項までに定めるところによる。」 or
    「…第2条第4項に規定する要配慮個人情報をいう。」 (nothing of the draft's own to check item by item;
    a 読替え that follows adjusts the statute's words to the ordinance)."""
    for t in index.terms.get(term, []):
        text = _SPACES.sub("", fold(t.definition))
        if by_reference(text, term) or re.search(
                r"第[0-9一二三四五六七八九十]+条[^。]{0,40}(?:に定めるところによる|の例による)。?$", text):
            return True
        if adopts_statute_items(text):  # 「…であって、法第2条第2項各号のいずれかに該当するものをいう。」
            return True
        if adopts_each_wholly(t.definition, term):  # 「…とは、それぞれ法第2条第2項…に規定する…をいう。」
            return True
    return False


# (「…をいう。(3)イにおいて同じ。」: an item of the draft's own named with its parenthesised number)
_RX_SCOPE = lazy_compile(r"(?:以\s*下[^。()「」]{0,24}?|(?:\([0-9一二三四五六七八九十]+\))?[^。()「」、]{1,24}?に\s*お\s*い\s*て)"
                         r"\s*同\s*じ\s*(?:です\s*)?。")
# The same where a PDF lost 、。 (spaces in their place): the phrase ends at 同じ before a space,
# a closing parenthesis or the end, and does not reach back over a space (a lost 。 or 、).
_RX_SCOPE_LOST = lazy_compile(
    r"(?:以\s*下[^。()「」 \u3000]{0,24}?|[^。()「」、 \u3000]{1,24}?に\s*お\s*い\s*て)\s*同\s*じ"
    r"(?:\s*。|(?=[ \u3000]|\)|$))"
)
_RX_TERM_BEFORE = lazy_compile(r"[\u4e00-\u9fff々]{2,8}$")


def _scope_phrases(body: str, *, lost_punct: bool = False) -> list[tuple[int, int]]:
    """Scope phrases (以下同じ。, 次項第二号において同じ。, ロにおいて同じ。, 以下この条において同じ。): they say where a
    term keeps its meaning in the text around it, which differs with the draft's structure,
    not what the defined term means. ``lost_punct``: the text's 、。 were lost to spaces."""
    rx = _RX_SCOPE_LOST if lost_punct else _RX_SCOPE
    return [(m.start(), m.end()) for m in rx.finditer(fold(body))]


def _statute_parentheses_said_otherwise(index: DraftIndex, draft_body: str, statute_body: str) -> list[tuple[int, int]]:
    """Parts of the statute's definition that define another term inline (電磁的記録（電磁的方式
    （…をいう。…）で作られる記録をいう。以下同じ。）) which the draft says otherwise without changing
    the meaning:

    - the draft uses the term without the parenthesis and defines it elsewhere (電磁的記録 in
      the 公文書 definition or in a 号 of its own): the whole parenthesis is left out;
    - the draft spells the parenthesis's content out in place of the term (「電子的方式、磁気的
      方式その他人の知覚によっては認識することができない方式で作られる記録」): the term, its
      bracket and the closing 「をいう。…）」 are left out.
    """
    sf = fold(statute_body)
    df = _SPACES.sub("", fold(draft_body))
    lost_punct = punctuation_lost(index.ordinance.document.notices)
    if lost_punct:  # the draft's 、 and 。 became spaces in extraction: compare without them
        df = df.replace("、", "").replace("。", "")
    out: list[tuple[int, int]] = []
    i = sf.find("(")
    while i >= 0:
        m = _RX_TERM_BEFORE.search(sf, 0, i)
        close = matching_paren(sf, i)
        if m is None or close < 0:
            i = sf.find("(", i + 1)
            continue
        term = m.group(0)
        inner = sf[i + 1 : close]
        says = inner.rfind("をいう")
        if says < 0:
            i = sf.find("(", i + 1)
            continue
        if term in df and f"{term}(" not in df and _defined_elsewhere(index, term):
            out.append((i, close + 1))
            i = sf.find("(", close + 1)
            continue
        content = _SPACES.sub("", inner[:says])
        if lost_punct:
            content = content.replace("、", "").replace("。", "")
        if term not in df and "(" not in content and len(content) >= 8 and content in df:
            out.append((m.start(), i + 1))
            out.append((i + 1 + says, close + 1))
        i = sf.find("(", i + 1)
    return out


def _defined_elsewhere(index: DraftIndex, term: str) -> bool:
    """True if the draft defines ``term`` anywhere (a parsed term, 「X」とは, or X（…をいう）)."""
    if term in index.terms or f"「{term}」とは" in index.folded:
        return True
    at = index.folded.find(f"{term}(")
    while at >= 0:
        close = matching_paren(index.folded, at + len(term))
        if close > 0 and "をいう" in index.folded[at:close]:
            return True
        at = index.folded.find(f"{term}(", at + 1)
    return False


def _statute_names_in(index: DraftIndex, st: StatuteText) -> frozenset[str]:
    """Every way the draft names the statute ``st`` quotes (its title, short names, the draft's
    略称 for it, 同法); empty when the statute is not in the bundled table."""
    from ordreview.core.checks.citations import statute_table

    statute = statute_table().resolve(st.ref.split()[0])
    if statute is None:
        return frozenset()
    return law_names(index, statute.name) | {"同法"}


def compare_definition(index: DraftIndex, st: StatuteText) -> tuple[DraftDefinition, Comparison] | None:
    """Compare the draft's definition of ``st.term`` with the statute; ``None`` if not comparable."""
    d = find_definition(index, st.term)
    if d is None or len(d.body) == 0:
        return None
    body = d.body.slice(index.ordinance.text)
    if _RX_REFERENCE.search(_SPACES.sub("", fold(body))) and len(body) < len(_statute_body(st)) // 2:
        return None  # defined by cross-reference to the statute: nothing to diff
    if adopts_by_reference(body, st.term):
        return None  # the statute's definition adopted by citing it: the same definition
    draft_rep, statute_rep = replacement_tables(index.profile)
    statute_body = _statute_body(st)
    drop = _unverified_parenthesis(body) if st.key == "hishikibetsu" else []
    drop += _definitions_by_reference(body) + _other_terms_defined(index, d, st, statute_body)
    if st.term == "個人情報":
        drop += _living_clarified(body)
    draft_rep = (draft_rep + _item_list_pairs(body, draft_rep) + _cabinet_order_pairs(body, draft_rep, order_short_names(index.folded))
                 + _listing_pairs(statute_body, draft_rep) + restriction_pairs(body, statute_body)
                 + _collation_pairs(statute_body, draft_rep))
    listed = _order_listed(body, statute_body, draft_rep)
    if listed is not None:
        pair, items = listed
        draft_rep = draft_rep + [pair]
        drop = drop + [items]
    lost_punct = punctuation_lost(index.ordinance.document.notices)
    drop += _scope_phrases(body, lost_punct=lost_punct) + _reference_to_own_term(index, body)
    draft_rep = draft_rep + list(PLAIN_EQUIVALENTS)
    statute_drop = (_scope_phrases(statute_body) + _statute_parentheses_said_otherwise(index, body, statute_body)
                    + _closing_wo_iu(body, statute_body))
    joined_drop, joined_statute_drop = _alternatives_in_one_sentence(body, statute_body)
    drop += joined_drop
    statute_drop += joined_statute_drop
    items_drop, items_statute_drop = cited_items(body, statute_body, st.ref, _statute_names_in(index, st))
    drop += items_drop
    statute_drop += items_statute_drop
    if st.key == "yohairyo":
        drop += order_categories_written_out(
            body, [w for c in index.profile.yohairyo_statute for w in c.any],
            [w for c in index.profile.yohairyo_order for w in c.any])
    chunks = diff_normalised(
        body, statute_body, draft_replacements=draft_rep, statute_replacements=statute_rep, draft_drop=drop,
        statute_drop=statute_drop, lost_punct=lost_punct,
    )
    comp = Comparison(
        label_ja=st.label_ja,
        label_en=st.label_en,
        draft=body,
        statute=statute_body,
        statute_ref=st.ref,
        chunks=chunks,
        draft_span=d.body,
    )
    return d, comp


def _examples(comp: Comparison, limit: int = 3, chunks: list | None = None, *, lost_punct: bool = False) -> str:
    """The first differences as whole phrases of both texts (never a cut fragment)."""
    from ordreview.core.phrases import difference_sentences

    return difference_sentences(comp, changed(comp.chunks) if chunks is None else chunks, limit=limit,
                                lost_punct=lost_punct)


def _requirement_severity(ctx: CheckContext, c_present: bool, requirement: str, default: str) -> str:
    """The profile's severity for *requirement* in this draft; *default* when the profile lacks it."""
    req = ctx.profile.requirement(requirement)
    return effective_severity(req, c_present=c_present) if req else default  # type: ignore[arg-type]


def _missing_categories(ctx: CheckContext, span: Span, requirement: str, code: str, severity: str,
                        missing: list) -> Finding:
    """A 要配慮 finding naming the categories (statute's or Cabinet Order's) the definition leaves out."""
    return ctx.finding(
        rule="def.yohairyo",
        requirement=requirement,
        span=span,
        code=code,
        severity=severity,
        params={"missing": "、".join(c.label_ja for c in missing),
                "missing_en": ", ".join(c.label_en for c in missing)},
    )


def _own_definition(ctx: CheckContext, term: str, *, unless_adopted: bool = False
                    ) -> tuple[Alignment, DraftIndex, DraftDefinition] | None:
    """The alignment, the draft index and the draft's own definition of ``term``.

    ``None`` when the draft follows the other regime, does not define ``term`` or (with
    ``unless_adopted``) adopts the statute's definition wholesale: then a check of the
    definition's wording has nothing to say.
    """
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch:
        return None
    d = find_definition(index, term)
    if d is None or (unless_adopted and wholly_adopted(index, term)):
        return None
    return alignment, index, d


@register("def.diff", title_ja="定義の法律との相違", title_en="Definitions compared with the statute")
def check_definition_diff(ctx: CheckContext) -> list[Finding]:
    """A finding with a side-by-side comparison for each definition that deviates."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch:
        return []
    profile: Profile = ctx.profile  # type: ignore[assignment]
    lost_punct = punctuation_lost(ctx.ordinance.document.notices)
    out: list[Finding] = []
    for st in profile.statute_texts:
        if st.requirement.startswith("C") and not alignment.c_present:
            continue
        found = compare_definition(index, st)
        if found is None:
            continue
        d, comp = found
        diffs = changed(comp.chunks)
        if lost_punct:  # the extractor, not the drafter, dropped these 、。: said apart (def.extraction)
            kept = [c for c in diffs if not _punctuation_only(comp, c)]
            if len(kept) < len(diffs):
                comp = replace(comp, chunks=tuple(
                    replace(c, tag="equal") if c.tag != "equal" and _punctuation_only(comp, c) else c
                    for c in comp.chunks))
            diffs = kept
        # differences of wording only: a definition of a word used inside the statute's definition,
        # left out or added (the 電磁的記録 parenthesis of 第2条第2項第1号: the word keeps its ordinary
        # or own-ordinance meaning), or 応じ、 for 応じて: the defined term's meaning does not change
        # — unless the draft leaves that word defined nowhere: then the comparison is shown as a
        # note (the word may want a definition of its own; that is no departure of the definition)
        wording = [c for c in diffs if _no_change_in_meaning(comp, c)]
        undefined_word = [c for c in wording if not _word_defined_in_draft(ctx, comp, c) and not _inlined_method(comp, c)]
        word_defs = [c for c in wording if c not in undefined_word]
        if word_defs:
            comp = replace(comp, chunks=tuple(replace(c, tag="equal") if c in word_defs else c
                                              for c in comp.chunks))
            diffs = [c for c in diffs if c not in word_defs]
        if not diffs:
            continue
        base = _requirement_severity(ctx, alignment.c_present, st.requirement, "warning")
        if index.plain:
            # a draft in everyday words throughout words every definition its own way: the comparison is
            # shown as a note; an element missing is the requirement's own gap finding
            base = "info"
        if st.term == "要配慮個人情報" and (_STATUTE_CATEGORIES_AND_MORE.search(body := re.sub(
                r"\s+", "", fold(d.body.slice(ctx.ordinance.text)))) or _ORDER_AND_OWN_RULE.search(body)):
            base = "info"  # the statute's 要配慮個人情報 by citation, with local categories added (B5's point)
        # (how far the wording departs counts every changed stretch, the wording-only ones included)
        severity = ("info" if base == "info" or len(undefined_word) == len(diffs)
                    or _restructured_yet_complete(alignment, st, len(diffs) + len(word_defs))
                    or _complete_against_unverified(alignment, st)
                    else "warning")
        first = diffs[0]
        anchor = Span(d.body.start + first.start_a, d.body.start + max(first.end_a, first.start_a + 1))
        if anchor.end > d.body.end or first.start_a == first.end_a:
            anchor = d.body
        out.append(
            ctx.finding(
                rule="def.diff",
                requirement=st.requirement,
                span=d.body,
                code=DIFF,
                severity=severity,
                params={"label": st.label_ja, "label_en": st.label_en, "ref": st.ref,
                        "count": len(diffs), "examples": _examples(comp, chunks=diffs, lost_punct=lost_punct)},
                comparison=comp,
                evidence=(ctx.location(anchor),),
            )
        )
    return out


@register("def.extraction", title_ja="抽出で失われた句読点（定義の対照）",
          title_en="Punctuation lost in extraction (definitions compared)")
def check_definition_extraction(ctx: CheckContext) -> list[Finding]:
    """A text read from a PDF whose 、 and 。 became spaces (``read.pdf_punctuation_lost``): for
    each definition compared with the statute, one notice of the places where the statute has
    、 or 。 and the draft only a space. ``def.diff`` does not count them as differences."""
    if not punctuation_lost(ctx.ordinance.document.notices):
        return []
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch:
        return []
    out: list[Finding] = []
    for st in ctx.profile.statute_texts:  # type: ignore[attr-defined]
        if st.requirement.startswith("C") and not alignment.c_present:
            continue
        found = compare_definition(index, st)
        if found is None:
            continue
        d, comp = found
        # spaces compared as the statute's 、 or 。 (in an equal stretch), and the marks missing
        # with nothing in their place (a 。 at the definition's end, a line break)
        equal = [(c.start_a, c.end_a) for c in comp.chunks if c.tag == "equal"]
        marks = normalise_mapped(comp.draft, lost_punct=True).lost_marks
        lost = sum(1 for p in marks if any(a <= p < b for a, b in equal))
        lost += sum(1 for c in changed(comp.chunks) if _punctuation_only(comp, c))
        if lost:
            out.append(ctx.finding(
                rule="def.extraction", requirement=st.requirement, span=d.body, code=EXTRACTION_PUNCTUATION,
                severity="info", params={"label": st.label_ja, "label_en": st.label_en, "ref": st.ref, "lost": lost},
            ))
    return out


_RESTRUCTURED = 4


def _restructured_yet_complete(alignment, st: StatuteText, count: int) -> bool:  # noqa: ANN001
    """True when the draft words the definition its own way (many differences: the statute's
    items merged into one sentence, clauses reordered) and yet every element the requirement
    names is there (coverage ``covered``): the wording is for the officer to compare (info),
    no element is missing (a missing one is the requirement's own gap finding)."""
    cov = alignment.coverage.get(st.requirement)
    return count >= _RESTRUCTURED and cov is not None and cov.status == "covered"


_UNVERIFIED_TEXTS = frozenset({"hishikibetsu"})
"""Statute texts the profile quotes from a text not checked against the version in force
(行政機関個人情報保護法 第2条第8項 as of 2017–2022: see docs/domain.md)."""


def _complete_against_unverified(alignment, st: StatuteText) -> bool:  # noqa: ANN001
    """True when the statute text compared with is itself unverified and every element the
    requirement names is in the draft (coverage ``covered``): a difference in wording against
    such a text is for the officer to compare (info), never a defect on its own; an element
    missing is the requirement's own gap finding."""
    cov = alignment.coverage.get(st.requirement)
    return st.key in _UNVERIFIED_TEXTS and cov is not None and cov.status == "covered"


def classify_collation(text: str) -> str:
    """The collation type of a 個人情報 definition: ``shogo``, ``yoi``, ``uru`` or ``bare``."""
    t = _SPACES.sub("", fold(text))  # (識別され、又は識\n別され得る: a line wrapped inside a word)
    if _RX_YOI.search(t):
        return "yoi"
    if _RX_SHOGO.search(t):
        return "shogo"
    if _RX_URU.search(t):
        return "uru"
    return "bare"


def _statute_exclusion(folded: str, start: int, end: int) -> bool:
    """True for 「容易に照合」 inside the parenthesis with which 行政機関個人情報保護法 第2条第9項
    narrows the files the 非識別 mechanism draws on: 「（他の情報と照合することができ、…（他の情報と
    容易に照合することができ、…ものを除く。）を除く。…）」. There the private-sector standard is
    named on purpose, to set it apart; it is not a second standard for 個人情報."""
    before = _LINE_BREAK.sub("", folded[max(0, start - 120) : start])
    after = _LINE_BREAK.sub("", folded[end : end + 120])
    if "他の情報と照合することができ" in before and "を除く" in after:
        return True
    # the same narrowing in other words: a parenthesis naming both standards, one set apart
    # (「（他の情報と容易に照合することができ…もの以外のもので、他の情報と照合することによってのみ…ものを除く。）」,
    # 「（他の情報と照合することにより…もののうち、他の情報と容易に照合することにより…もの以外のものを除く。）」)
    inner = _enclosing_parenthesis(folded, start, end)
    return (inner is not None and inner.count("照合") >= 2
            and ("以外" in inner or "を除く" in inner or "のみ" in inner))


def _enclosing_parenthesis(folded: str, start: int, end: int, reach: int = 400) -> str | None:
    """The text of the outermost parenthesis around ``[start, end)`` within ``reach`` characters
    and one line (its brackets of either width), or ``None`` when the span stands in none."""
    depth, opening = 0, None
    for i in range(start - 1, max(-1, start - reach - 1), -1):
        ch = folded[i]
        if ch == "\n":
            break
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                opening = i
            else:
                depth -= 1
    if opening is None:
        return None
    closing = matching_paren(folded, opening)
    if closing < end or closing - opening >= 2 * reach or "\n" in folded[opening:closing]:
        return None
    return folded[opening + 1 : closing]


@register("def.collation", title_ja="個人情報の定義の型（照合性）", title_en="Collation standard of 個人情報")
def check_collation(ctx: CheckContext) -> list[Finding]:
    """A4: the definition's type and what follows; mixed standards elsewhere."""
    found = _own_definition(ctx, "個人情報", unless_adopted=True)
    if found is None:
        return _adopted_private_definition(ctx)
    alignment, index, d = found
    kind = classify_collation(d.span.slice(ctx.ordinance.text))
    sev = _requirement_severity(ctx, alignment.c_present, "A4", "warning")
    if kind != "shogo":
        ja, en = _KINDS[kind]
        cja, cen = _CONSEQUENCE[kind]
        m = {"yoi": _RX_YOI, "uru": _RX_URU}.get(kind)
        hit = m.search(index.flat, index.to_flat(d.span.start), index.to_flat(d.span.end)) if m else None
        span = index.flat_span(hit.start(), hit.end()) if hit else d.body  # (a hard wrap may split the words)
        return [ctx.finding(rule="def.collation", requirement="A4", span=span, code=COLLATION, severity=sev,
                            params={"kind": ja, "kind_en": en, "consequence": cja, "consequence_en": cen})]
    out = []
    for m in _RX_YOI.finditer(index.folded):
        if d.span.start <= m.start() < d.span.end:
            continue
        if _statute_exclusion(index.folded, m.start(), m.end()):
            continue
        ja, en = _KINDS["yoi"]
        out.append(
            ctx.finding(
                rule="def.collation",
                requirement="A4",
                span=Span(m.start(), m.end()),
                code=COLLATION_MIXED,
                severity=sev,
                params={"found": m.group(0), "kind": ja, "kind_en": en},
                id_extra=(ctx.location(Span(m.start(), m.end())).article,),
            )
        )
        break  # one is enough to make the point; the officer searches the rest
    return out


PRIVATE_ACT = "個人情報の保護に関する法律"
"""The private-sector act, whose 個人情報 (第2条第1項) is of the easy-collation type."""


def _adopted_private_definition(ctx: CheckContext) -> list[Finding]:
    """A4 for a 個人情報 adopted by reference from the private-sector act (「個人情報の保護に関する
    法律第2条第1項に規定する個人情報をいう」): the definition adopted is of the easy-collation
    type, narrower than the administrative-organs act's, however short the draft's words."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch:
        return []
    d = find_definition(index, "個人情報")
    if d is None or not wholly_adopted(index, "個人情報"):
        return []
    cited = cites_provision(index, PRIVATE_ACT, "第2条第1項", d.span)
    if cited is None:
        return []
    ja, en = _KINDS["yoi"]
    cja, cen = _CONSEQUENCE["yoi"]
    sev = _requirement_severity(ctx, alignment.c_present, "A4", "warning")
    return [ctx.finding(rule="def.collation", requirement="A4", span=cited, code=COLLATION, severity=sev,
                        params={"kind": ja, "kind_en": en, "consequence": cja, "consequence_en": cen})]


@register("def.living", title_ja="生存する個人／死者の扱い", title_en="Living persons and the dead")
def check_living(ctx: CheckContext) -> list[Finding]:
    """A5: silence is ambiguous; the dead covered beside the 非識別 mechanism needs care."""
    found = _own_definition(ctx, "個人情報", unless_adopted=True)
    if found is None:
        return []
    alignment, index, d = found
    text = re.sub(r"\s+", "", fold(d.span.slice(ctx.ordinance.text)))
    sev = _requirement_severity(ctx, alignment.c_present, "A5", "warning")
    if "生存する" in text or "生きている" in text:  # (「生きている個人」: the same, in plain words)
        return []
    dead = [s for s in index.hits("死者", literal=True)]
    if not dead:
        m = re.search(r"個人に関する情報", index.folded[d.body.start : d.body.end])
        span = Span(d.body.start + m.start(), d.body.start + m.end()) if m else d.body
        return [ctx.finding(rule="def.living", requirement="A5", span=span, code=LIVING_SILENT, severity=sev)]
    if alignment.c_present:
        return [
            ctx.finding(rule="def.living", requirement="A5", span=dead[0], code=LIVING_DEAD_C, severity=sev)
        ]
    return []


_NAMES_ORDER = lazy_compile(
    r"施行令(?:\([^()]*\))?(?:で定める|第[0-9一二三四五六七八九十]+条(?:第[0-9一二三四五六七八九十]+項)?(?:各号|各項)?"
    r"(?:に掲げる|に規定する|で定める|に定める))"
    # 「…法律（…）第2条第4項の政令で定めるもの」: the statute's provision naming its Cabinet Order
    r"|第[0-9一二三四五六七八九十]+条第[0-9一二三四五六七八九十]+項の政令で定める"
)
"""The Cabinet Order named instead of 「政令で定める」: 「…法律施行令（平成15年政令第548号）第4条各号に
掲げる記述等」 takes over its list (the B2 categories) as the statute's 政令 does."""


_CATCH_ALL = "配慮を要する"
"""The catch-all of 第2条第4項 (「その他…その取扱いに特に配慮を要するものとして…」)."""
_CATCH_ALL_SAID = "配慮を要するものとして"
"""The catch-all followed by what determines its 記述等 (a delegation, the draft's own list)."""


_STATUTE_CATEGORIES_AND_MORE = lazy_compile(
    rf"第[0-9一二三四五六七八九十]+条第[0-9一二三四五六七八九十]+項{CITING}要配慮個人情報(?:のほか|及び|並びに|に加え)")
"""The statute's 要配慮個人情報 taken in by citation, with local categories added to it."""
_ORDER_AND_OWN_RULE = lazy_compile(r"政令で定める記述等(?:及び|並びに)[^。、]{0,12}規則で定める記述等")
"""The Cabinet Order's categories and the body's own 規則's added (「…政令で定める記述等及び区規則で定める記述等が含まれる
個人情報」): the statute's definition with local categories (B5's point), no departure from it."""


@register("def.yohairyo", title_ja="要配慮個人情報の項目", title_en="要配慮 categories item by item")
def check_yohairyo(ctx: CheckContext) -> list[Finding]:
    """B1/B2: the statute's six categories and the Cabinet Order's five (unless delegated)."""
    found = _own_definition(ctx, "要配慮個人情報")
    if found is None:
        return []
    alignment, index, d = found
    profile: Profile = ctx.profile  # type: ignore[assignment]
    body = re.sub(r"\s+", "", fold(d.span.slice(ctx.ordinance.text)))
    if by_reference(body, "要配慮個人情報") or wholly_adopted(index, "要配慮個人情報"):
        return []  # 法第2条第4項に規定する要配慮個人情報をいう: the statute's categories, all of them
    if _STATUTE_CATEGORIES_AND_MORE.search(body):
        return []  # 「法第2条第4項に規定する要配慮個人情報のほか、…規則で定める記述等が含まれる個人情報」: all of them, and more
    out: list[Finding] = []
    severity = _requirement_severity(ctx, alignment.c_present, "B1", "error")
    replaced: set[str] = set()
    for alias, statute in (("前科", "犯罪の経歴"),):
        hit = next((h for h in index.hits(alias, literal=True) if d.span.contains(h)), None)
        if hit is not None and statute not in body:
            # the statutory category in a narrower word: part of it is left out, as if missing
            # (one finding: the word to change, at the requirement's severity)
            replaced.add(statute)
            out.append(
                ctx.finding(
                    rule="def.yohairyo",
                    requirement="B1",
                    span=hit,
                    code=YOHAIRYO_ALIAS,
                    severity=severity,
                    params={"found": alias, "statute": statute},
                )
            )
    missing = [c for c in profile.yohairyo_statute if not any(fold(a) in body for a in c.any)
               and not any(fold(a) in replaced for a in c.any)]
    if missing:
        out.insert(0, _missing_categories(ctx, d.body, "B1", YOHAIRYO_STATUTE, severity, missing))
    # (「…ものとして管理規程（地方公営企業法…企業管理規程をいう。以下同じ。）で定める記述等」: the instrument's own
    # name explained in a parenthesis before the delegation's words)
    bare = outside_parentheses(body)
    delegated = (any(fold(x) in body or fold(x) in bare for x in profile.yohairyo_delegation)
                 or _NAMES_ORDER.search(body) is not None
                 or next(_short_order_named(body, order_short_names(index.folded)), None) is not None)
    if not delegated:
        order_missing = [c for c in profile.yohairyo_order if not any(fold(a) in body for a in c.any)]
        if order_missing:
            severity = _requirement_severity(ctx, alignment.c_present, "B2", "warning")
            if _CATCH_ALL not in body or _CATCH_ALL_SAID not in body:
                # a closed list: no 「その他…特に配慮を要するもの」 at all, so nothing the statute leaves to
                # its Cabinet Order can come in later; the definition is narrower than the statute's.
                # Or the catch-all with nothing saying which 記述等 it takes in (「…特に配慮を要する
                # 記述等」, no 「ものとして…」): what is 要配慮 is left to each case, where 第2条第4項
                # has the Order fix it — B1 asks for that delegation with the six categories
                severity = _requirement_severity(ctx, alignment.c_present, "B1", "error")
            out.append(_missing_categories(ctx, d.body, "B2", YOHAIRYO_ORDER, severity, order_missing))
    return out


@register("def.code_variant", title_ja="個人識別符号の表記の揺れ", title_en="個人識別符号 written inconsistently")
def check_code_variant(ctx: CheckContext) -> list[Finding]:
    """A1: 「識別符号」 without 個人 while 「個人識別符号」 is the term."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch or not index.hits("個人識別符号", literal=True):
        return []
    m = _RX_CODE.search(index.flat)  # (without whitespace: 「個人／識別符号」 wrapped is no variant)
    if m is None:
        return []
    return [ctx.finding(rule="def.code_variant", requirement="A1", span=index.flat_span(m.start(), m.end()), code=CODE_VARIANT,
                        severity="warning")]


@register("def.code_branch", title_ja="個人識別符号の類型と定義", title_en="Identification-code branch without a definition")
def check_code_branch(ctx: CheckContext) -> list[Finding]:
    """A2: branch (ii) of 個人情報 refers to 個人識別符号, which the draft does not define."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch or index.defines("個人識別符号"):
        return []
    if index.hits(CITING + "個人識別符号", literal=False):
        return []  # defined by reference to a statute (whether the article is right is O1's business)
    branch = index.hits("個人識別符号が含まれる", literal=True)
    if not branch:
        return []
    # The defect is the missing definition (A2's): the gap rule's finding on this branch is the
    # same one and merges into this (core.restatements).
    return [ctx.finding(rule="def.code_branch", requirement="A2", span=branch[0], code=CODE_BRANCH,
                        severity=_requirement_severity(ctx, alignment.c_present, "A2", "error"))]


_RX_RECORD = lazy_compile(r"電磁的記録[(（]((?:[^()（）]|[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）])*?)をいう")


@lru_cache(maxsize=1)
def _organ_bound() -> tuple[dict, ...]:
    """Statutory definitions bound to the national organs (``resources/data/organ_bound_definitions.json``)."""
    with paths.resource("data", "organ_bound_definitions.json").open(encoding="utf-8") as fh:
        return tuple(json.load(fh)["definitions"])


_READ_WITH = lazy_compile(r"読み替え|読替え|とあるのは|に相当する")


@register("def.adopted_as_is", title_ja="読替えのない定義の引用", title_en="A statutory definition adopted without substitutions")
def check_adopted_as_is(ctx: CheckContext) -> list[Finding]:
    """A definition that adopts, by a bare citation, a statutory definition whose words name the
    national organs (行政機関個人情報保護法 第2条第5項: 保有個人情報 is what 行政機関の職員 made or
    obtained, recorded in 行政文書): without a 読替え (in the definition or anywhere in the draft:
    「法第2条第5項中「行政機関」とあるのは…」) it defines nothing the ordinance's bodies hold. Reported
    under the requirement whose first element is that term's definition."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch or alignment.rule is not None:
        return []
    profile = ctx.profile
    owner = {}
    for req in getattr(profile, "requirements", ()) or ():
        first = req.must[0].any if req.must else ()
        for alt in first:
            if alt.startswith("term:"):
                owner.setdefault(alt[5:], req.id)
    text = fold(ctx.ordinance.text)
    out: list[Finding] = []
    for entry in _organ_bound():
        term = entry["term"]
        requirement = owner.get(term)
        d = find_definition(index, term)
        if requirement is None or d is None:
            continue
        body = fold(d.body.slice(ctx.ordinance.text))
        if _READ_WITH.search(body) or not by_reference(body, term):
            continue
        if not _cites_law(index, body, entry):
            continue
        if f"{fold(entry['provision'])}中「" in text:
            continue  # read with substitutions in a provision of its own
        out.append(ctx.finding(
            rule="def.adopted_as_is", requirement=requirement, span=d.body, code=ADOPTED_AS_IS,
            severity=_requirement_severity(ctx, alignment.c_present, requirement, "warning"),
            params={"term": term, "law": entry["law"], "provision": entry["provision"],
                    "words": "」「".join(entry["words"]), "own": "・".join(entry["own"]),
                    "words_en": ", ".join(entry["words"]), "own_en": ", ".join(entry["own"])},
        ))
    return out


def _cites_law(index: DraftIndex, folded_body: str, entry: dict) -> bool:
    """True if the definition's citation 「…{provision}に規定する{term}」 names ``entry``'s law: its
    title (with or without its number in brackets) or a short name the draft gives it (法)."""
    text = _SPACES.sub("", folded_body)
    m = re.search(re.escape(fold(entry["provision"])) + CITING + re.escape(fold(entry["term"])), text)
    if m is None:
        return False
    before = re.sub(r"\([^()]*\)$", "", text[: m.start()])
    names = {fold(n) for n in law_names(index, entry["law"])} | {fold(entry["law"])}
    return any(before.endswith(n) and (len(before) == len(n) or not is_word_end(before[-len(n) - 1]))
               for n in names if n)


def is_word_end(ch: str) -> bool:
    """True for a kanji or katakana: the citation's law name would be the tail of a longer word."""
    return "\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa"


def node_label_of(ctx: CheckContext, span: Span) -> str:
    """「第N条」 of the article holding ``span`` (empty outside the articles)."""
    article = ctx.location(span).article
    return f"第{article}条" if article else ""


@register("def.record_twice", title_ja="電磁的記録の重複定義", title_en="電磁的記録 defined twice")
def check_record_twice(ctx: CheckContext) -> list[Finding]:
    """A3: two definitions of 電磁的記録 whose wording differs."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch:
        return []
    found: list[tuple[str, Span]] = []
    wide: list[bool] = []  # per definition: said for the whole text (「…をいう。以下同じ。）」)
    for m in _RX_RECORD.finditer(index.flat):  # (without whitespace: a hard wrap may split 電磁/的記録)
        body = m.group(1)
        if "方式" not in body:
            continue  # 電磁的記録（…を含む。） and similar are uses, not definitions
        found.append((body, index.flat_span(m.start(), m.start() + len("電磁的記録"))))
        wide.append(index.flat[m.end() : m.end() + 8].startswith(("。以下同じ", "。以下この条例において同じ")))
    if len(found) >= 2 and wide[0] and all(body == found[0][0] for body, _ in found):
        # the same words again after a definition for the whole text: a second definition of a
        # defined word (its 「以下同じ」 already reaches here)
        first_span = found[0][1]
        return [ctx.finding(rule="def.record_twice", requirement="A3", span=found[1][1], code=RECORD_AGAIN,
                            severity="warning", params={"first": node_label_of(ctx, first_span)})]
    if len(found) < 2 or all(body == found[0][0] for body, _ in found):
        return []
    first_body, first_span = found[0]
    second = next(span for body, span in found[1:] if body != first_body)
    return [ctx.finding(rule="def.record_twice", requirement="A3", span=second, code=RECORD_TWICE, severity="warning",
                        params={"first": ctx.location(first_span).article and f"第{ctx.location(first_span).article}条" or ""})]


@register("def.honnin", title_ja="本人の定義と個人情報の定義", title_en="本人 and 個人情報 definitions")
def check_honnin(ctx: CheckContext) -> list[Finding]:
    """A9: 本人 as 「識別され得る個人」 while 個人情報 follows the 照合可能型."""
    alignment, index = analysis(ctx)
    if alignment.regime_mismatch:
        return []
    honnin = find_definition(index, "本人")
    kojin = find_definition(index, "個人情報")
    if honnin is None or kojin is None:
        return []
    if classify_collation(kojin.span.slice(ctx.ordinance.text)) != "shogo":
        return []
    m = _RX_URU.search(index.folded, honnin.body.start, honnin.body.end)
    if m is None:
        return []
    return [ctx.finding(rule="def.honnin", requirement="A9", span=Span(m.start(), m.end()), code=HONNIN_URU,
                        severity="info")]


JISSHI_NO_GIKAI = define(
    "check.def.jisshi_no_gikai",
    ja="実施機関に議会が含まれていない。議会の保有する個人情報の保護をどの規定で図るか（この条例の実施機関とするか、議会が別に条例等を定めるか）確認されたい。",
    en="The 実施機関 do not include the council (議会): confirm how the personal information the council holds is "
    "protected (as a 実施機関 of this ordinance, or by a separate ordinance of the council).",
)
JISSHI_NO_AGENCY = define(
    "check.def.jisshi_no_agency",
    ja="この条例は「{agency}」に触れているが、実施機関に含まれていない。地方独立行政法人の保有する個人情報の取扱い（実施機関とするか、法人が自ら定めるか）を確認されたい。",
    en="The draft names 「{agency}」 but it is not among the 実施機関: confirm how the personal information this "
    "local independent administrative agency holds is covered.",
)
JISSHI_NO_AUDITORS = define(
    "check.def.jisshi_no_auditors",
    ja="実施機関に監査委員が含まれていない。監査委員は、地方公共団体（一部事務組合及び広域連合を含む。）に必ず置かれる執行機関であり"
    "（地方自治法第195条第1項、第292条）、監査に当たって個人情報を保有するので、実施機関に加えられたい。",
    en="The 実施機関 do not include the audit commissioners (監査委員), an executive organ every local public body has, "
    "unions and regional unions included (Local Autonomy Act, Articles 195(1) and 292), and which holds personal "
    "information in its audits: add them.",
)
# a definition naming the organs by kind rather than one by one (「市長その他の執行機関」, 「地方自治法に規定する執行機関」)
_RX_EVERY_ORGAN = lazy_compile(r"執行機関|その他の機関|全ての機関|すべての機関")
# the body's head among the organs listed by name: the list is meant to be complete
_RX_HEAD = lazy_compile(r"(?:知事|市長|町長|村長|区長|管理者|企業長|広域連合長|組合長|理事長)")


# a body set up by local public bodies (地方自治法 第284条): 一部事務組合 (企業団 among them) and 広域連合
_RX_UNION = lazy_compile(r"組合|広域連合|企業団")
_RX_GIKAI = lazy_compile(r"(?<![審協評])議会(?!協議会)")  # 区議会, 組合議会 …; not 審議会, 協議会
_RX_AGENCY = lazy_compile(r"地方独立行政法人(?![の及又並若等法])[^\s、。「」()]{1,20}(?:機構|病院|センター)")


@register("def.jisshi_kikan", title_ja="実施機関の範囲", title_en="Scope of the 実施機関")
def check_jisshi_kikan(ctx: CheckContext) -> list[Finding]:
    """O11: 議会, or a named 地方独立行政法人, left out of the 実施機関 definition."""
    found = _own_definition(ctx, "実施機関")
    if found is None:
        return []
    _, index, d = found
    body = re.sub(r"\s+", "", index.folded[d.body.start : d.body.end])
    term = next((t for t in ctx.ordinance.terms if t.term == "実施機関" and d.span.contains(t.term_span)), None)
    anchor = term.term_span if term is not None else d.span
    out: list[Finding] = []
    if not _RX_GIKAI.search(body):
        # a union's or regional union's own assembly (組合議会, 広域連合議会) is not one to make an ordinance of its
        # own for its records: leaving it out of the 実施機関 leaves its information unprotected (a warning); a
        # municipality's 議会 may protect its own by a separate ordinance, which the officer confirms (a note)
        union = _RX_UNION.search(fold(ctx.ordinance.title or "")) is not None
        out.append(ctx.finding(rule="def.jisshi_kikan", requirement="O11", span=anchor, code=JISSHI_NO_GIKAI,
                               severity="warning" if union else "info"))
    if "監査委員" not in body and not _RX_EVERY_ORGAN.search(body) and _RX_HEAD.search(body):
        out.append(ctx.finding(rule="def.jisshi_kikan", requirement="O11", span=anchor, code=JISSHI_NO_AUDITORS,
                               severity="warning"))
    named = {m.group(0) for m in _RX_AGENCY.finditer(re.sub(r"\n[ \t]*", "", index.folded))}
    for agency in sorted(named):
        if agency not in body:
            out.append(ctx.finding(rule="def.jisshi_kikan", requirement="O11", span=anchor, code=JISSHI_NO_AGENCY,
                                   severity="info", params={"agency": agency}, id_extra=(agency,)))
    return out

"""A requirement's element supplied by citing the statute's own provision.

Many drafts do not repeat the model statute's wording where the statute already says it: the
provision incorporates the statute's article by reference.

- 「…個人情報ファイル簿に法第44条の3各号に掲げる事項を記載しなければならない。」 (the register
  entries of 行政機関個人情報保護法 第44条の3),
- 「前項の提案は、法第44条の5第1項各号に掲げる事項を記載した書面に、同条第2項各号に掲げる書面…を
  添付して…」 (the contents and attachments of a proposal, 第44条の5),
- 「法第44条の6各号のいずれかに該当する者は、…提案をすることができない。」 (the disqualification
  grounds, 第44条の6), 「…法第44条の7第1項各号に掲げる基準に適合するかどうかを審査し…」.

Such a provision has every element of the cited article, just as a definition adopting the
statute's definition has every element of it (:mod:`ordreview.core.adoption`). A profile says
which statute provision supplies an element with the alternative
``"cites:LAW:PROVISION"`` (``"cites:行政機関の保有する個人情報の保護に関する法律:第44条の3"``):
the element is found at a citation of that provision (or of one of its paragraphs or items)
inside the requirement's scope, when

- the citation names that law: its title, a short name of the bundled statute table
  (``resources/data/laws.json``), or a 略称 the draft defines for it (「以下「法」という。」);
- the words right after it incorporate the provision (「各号に掲げる」, 「各号のいずれか」,
  「に規定する」, 「に掲げる」, 「に定める」, 「の規定の例により」, 「の行政機関非識別加工情報の例により」
  (the noun the provision defines, then 例により), 「に相当する」, 「の規定を準用」):
  a citation that only names the provision in passing (「法第44条の3の規定にかかわらず」) supplies
  nothing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from ordreview import paths
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Span
from ordreview.core.text import fold, kanji_to_int

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

PREFIX = "cites:"
"""Prefix of a profile element alternative met by incorporating a statute provision."""

_INCORPORATES = lazy_compile(
    r"\s*(?:第[0-9]+[項号]\s*)*"
    # (a range of its items: 第44条の6第1号から第4号まで)
    r"(?:から\s*第[0-9]+[項号]\s*まで\s*)?"
    # (a list of provisions cited together: 第2条第8項若しくは第9項又は第44条の2第3項に規定する)
    r"(?:(?:、|及び|並びに|若しくは|又は)\s*第[0-9]+[条項号](?:の[0-9]+)*(?:\s*第[0-9]+[項号])*\s*)*"
    # (「各号（第5号を除く。）のいずれか」: the items less the ones set aside are still incorporated)
    r"(?:各号(?:\([^()]*\))?(?:に掲げる|に定める|のいずれか|のいずれにも|に該当)|のいずれかに該当|に規定する|に掲げる|に定める"
    r"|の規定の例によ|の例によ|の[^、。()「」]{1,20}?の例によ|に相当する|の規定を準用|の規定に準じ)"
)
_WS = lazy_compile(r"\s+")
_LISTED = lazy_compile(r"\s*(?:、|及び|並びに|若しくは|又は)\s*")
"""What stands between two provisions cited in one list (第2条第8項若しくは第9項)."""
_NUMBER = lazy_compile(r"[0-9]+|[〇一二三四五六七八九十百]+")
_PARTS = lazy_compile(r"第([0-9]+)(条|項|号)(?:の([0-9]+))?")


@lru_cache(maxsize=1)
def _statute_names() -> dict[str, tuple[str, ...]]:
    """Each bundled statute's title → its title and short names."""
    with paths.resource("data", "laws.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {law["name"]: (law["name"], *law.get("short_names", ())) for law in data.get("laws", ())}


def _arabic(text: str) -> str:
    """``text`` with kanji numerals as Arabic digits (第四十四条の三 → 第44条の3), folded."""
    return _NUMBER.sub(lambda m: m.group() if m.group().isdigit() else str(kanji_to_int(m.group()) or m.group()),
                       fold(text))


@lru_cache(maxsize=4096)
def _parts(provision: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(_PARTS.findall(_arabic(provision).replace(" ", "")))


def law_names(index: DraftIndex, law: str) -> frozenset[str]:
    """Every way the draft names ``law``: its title, its short names, and the 略称 it defines for it."""
    cache = index.__dict__.setdefault("_statute_names", {})
    found = cache.get(law)
    if found is None:
        base = _statute_names().get(law, (law,))
        names = set(base)
        for term in index.ordinance.terms:
            definition = fold(term.definition).strip()
            # (not a term defined by citing 「法第2条…」; an inline 略称's words may run on from the sentence)
            if any(definition.startswith(n) or (term.style == "inline" and definition.endswith(n)) for n in base):
                names.add(term.term)
            elif term.style == "inline" and any(definition.endswith(n) for n in tuple(names)):
                # an inline 略称's antecedent may be read with the words before the title
                # (「…配慮を要するものとして行政機関の保有する…法律（…。以下「法」という。）」)
                names.add(term.term)
        found = cache[law] = frozenset(names)
    return found


def _external(index: DraftIndex) -> list[tuple[str, tuple[tuple[str, str, str], ...], Span]]:
    """(law as written, provision parts, span) of every reference into another instrument,
    computed once per draft."""
    found = index.__dict__.get("_external_refs")
    if found is None:
        found = index.__dict__["_external_refs"] = []
        last: dict[str, tuple[tuple[str, str, str], ...]] = {}  # per law, the provision cited last
        last_end: dict[str, int] = {}  # per law, where that citation ends
        for ref in index.ordinance.references:
            if ref.external_law is None:
                continue
            law, parts = fold(ref.external_law).strip(), _parts(ref.text)
            before = last.get(law, ())
            text = fold(ref.text).strip()
            if text.startswith("同条") and before[:1] and before[0][1] == "条":
                parts = before[:1] + parts  # 「同条第8項」: the article cited just before
            elif text.startswith("同項") and len(before) > 1 and before[1][1] == "項":
                parts = before[:2] + parts
            elif (parts[:1] and parts[0][1] == "項" and before[:1] and before[0][1] == "条"
                  and law in last_end and _LISTED.fullmatch(index.folded[last_end[law] : ref.span.start])):
                parts = before[:1] + parts  # 「第2条第8項若しくは第9項」: the article of the one before
            last[law] = parts
            last_end[law] = ref.span.end
            found.append((law, parts, ref.span))
    return found


def _named(index: DraftIndex, written: str, names: frozenset[str]) -> bool:
    """True if the law as written is one of ``names``, also when a copy that lost the gap after a
    definition item's term ran the term into it (「七　組合非識別加工情報　法第2条…」 read as
    「組合非識別加工情報法」)."""
    if written in names:
        return True
    return any(written.endswith(n) and written[: -len(n)] in index.terms for n in names)


def cites_provision(index: DraftIndex, law: str, provision: str, within: Span) -> Span | None:
    """The first citation of ``law``'s ``provision`` (or of a paragraph or item of it) inside
    ``within``, whatever follows it; ``None`` when there is none."""
    want = _parts(provision)
    names = law_names(index, law)
    for name, parts, span in _external(index):
        if _named(index, name, names) and within.start <= span.start and span.end <= within.end and parts[: len(want)] == want:
            return span
    return None


def find_citation(index: DraftIndex, spec: str, spans: tuple[Span, ...] | None) -> Span | None:
    """Where the draft incorporates the statute provision ``spec`` (``LAW:PROVISION``) inside
    ``spans`` (``None``: anywhere), or ``None`` (see the module docstring)."""
    law, _, provision = spec.partition(":")
    want = _parts(provision)
    if not law or not want:
        return None
    names = law_names(index, law)
    folded = index.folded
    for name, parts, span in _external(index):
        if not _named(index, name, names) or parts[: len(want)] != want:
            continue
        if spans is not None and not any(s.start <= span.start and span.end <= s.end for s in spans):
            continue
        # (a hard wrap may split 掲げ/る)
        if _INCORPORATES.match(_without_reading(_WS.sub("", folded[span.end : span.end + 400]))[:60]):
            return span
    return None


def _without_reading(after: str) -> str:
    """``after`` (the words after a citation) with a long parenthesis right after 各号 taken out: the
    読替え of the items (「法第44条の6各号（同条第4号中「この法律」とあるのは「…条例」と…読み替えるものとす
    る。）のいずれかに該当する者」) adjusts them; the items are still incorporated."""
    if not after.startswith("各号("):
        return after
    depth = 0
    for i, ch in enumerate(after[2:], start=2):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return "各号" + after[i + 1:]
    return after

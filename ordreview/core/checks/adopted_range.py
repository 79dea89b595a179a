"""[O1] Several terms given a statute's meanings in one sentence, with a citation that misses one.

- ``cite.range`` [O1, error]: 「「個人情報」、…「個人情報ファイル」及び「本人」の意義は、それぞれ行政機関の
  保有する個人情報の保護に関する法律第2条第2項から第5項まで及び第7項に定めるところによる。」 —
  each listed term takes its meaning from the paragraph of the statute that defines it, so the
  cited paragraphs must include every one of them. Where the profile's statute table
  (``statute_drift``: which paragraph of which article defines which term) places a listed term in
  a paragraph the citation leaves out (個人情報ファイル: 第2条第6項), that term has no meaning.
  Terms the table does not know (実施機関, the body's own names) are not judged.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import NUM, index_for, primed, to_int
from ordreview.core.checks.integrity_law import _LAW_LABELS, _law_names, _laws
from ordreview.core.checks.registry import register
from ordreview.core.messages import define
from ordreview.core.model import Finding

CITE_RANGE = define(
    "check.integrity.cite_range",
    ja="「{term}」の意義を定める{law}第{article}条第{paragraph}項が、引用（{cited}）に含まれていない。引用の範囲を改められたい。",
    en="{law} Art. {article}({paragraph}), which defines 「{term}」, is not among the provisions cited ({cited}).",
)

_SENTENCE = re.compile(
    r"(?P<terms>「[^「」。]{1,30}」(?:(?:、|及び|並びに)「[^「」。]{1,30}」)*)の意義は、それぞれ"
    r"(?P<law>[^。、()]{1,80}?)(?:\([^()]*\))?"
    rf"第(?P<art>{NUM})条(?P<provs>第{NUM}項(?:から第{NUM}項まで)?(?:(?:、|及び|並びに)第{NUM}項(?:から第{NUM}項まで)?)*)"
    r"に定めるところによる"
)
_TERM = re.compile(r"「([^「」]+)」")
_PIECE = re.compile(rf"第({NUM})項(?:から第({NUM})項まで)?")


def _cited(provs: str) -> set[int]:
    out: set[int] = set()
    for m in _PIECE.finditer(provs):
        first = to_int(m[1])
        last = to_int(m[2]) if m[2] else first
        if first is None or last is None or last < first or last - first > 50:
            continue
        out.update(range(first, last + 1))
    return out


@register("cite.range", title_ja="一括して引用する定義の範囲の誤り", title_en="Definitions adopted in one sentence with a citation that misses one")
@primed
def check_adopted_range(ctx: CheckContext) -> list[Finding]:
    """[O1] A term listed for adoption whose defining paragraph the citation leaves out."""
    ordinance = ctx.ordinance
    laws = _laws(ctx.profile)
    names = _law_names(ordinance, laws)
    index = index_for(ordinance)
    joined = index.joined
    out: list[Finding] = []
    for m in _SENTENCE.finditer(joined):
        law_key = names.get(m["law"].strip())
        if law_key is None:
            continue
        law = laws[law_key]
        article = str(to_int(m["art"]))
        where = {term: p for (a, p), term in law.paragraphs.items() if a == article}
        cited = _cited(m["provs"])
        span = index.span(m.start("art") - 1, m.end("provs"))
        label_ja, label_en = _LAW_LABELS.get(law_key, (law_key, law_key))
        for t in _TERM.finditer(m["terms"]):
            paragraph = where.get(t[1])
            if paragraph is None or paragraph in cited:
                continue
            out.append(ctx.finding(
                rule="cite.range", requirement="O1", span=span, code=CITE_RANGE, severity="error",
                params={"term": t[1], "law": label_ja, "law_en": label_en, "article": article,
                        "paragraph": paragraph, "cited": span.slice(ordinance.text)},
                statute=f"{label_ja} 第{article}条第{paragraph}項",
                id_extra=(t[1],),
            ))
    return out

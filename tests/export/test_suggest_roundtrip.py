"""``--suggest-changes`` round trip: export the tracked changes, accept them all as Word does,
read the file again and review it again.

Accepting is done on the XML, independently of the reader: every ``w:del`` (and ``w:moveFrom``)
is removed with its text, every ``w:ins`` (and ``w:moveTo``) is unwrapped, and inserted-paragraph
marks are dropped. The accepted text must read as the suggestions say, and the findings whose
suggestion became a tracked change must be gone when the accepted file is checked again.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ordreview.core.read import read_document
from ordreview.core.review import review_file
from ordreview.export.annotate import _open_or_build, export_annotated
from ordreview.core.model import Span
from ordreview.export.changes import (
    Insertion,
    _lead_rewrite,
    _replacement,
    fit_suggestion,
    is_wording,
    plan_suggestions,
)
from ordreview.export.provision_rows import PLACEHOLDER, rewritten_provision
from tests.conftest import FIXTURES
from tests.export.helpers import REVIEWER


def accept_all(source: Path, target: Path) -> None:
    """Accept every tracked change of ``source`` by editing its XML; save as ``target``.

    A deleted paragraph mark joins what is left of its paragraph to the next paragraph, as
    Word does (a paragraph deleted whole is then gone)."""
    d = docx.Document(str(source))
    body = d.element.body
    for el in list(body.iter(qn("w:del"), qn("w:moveFrom"))):
        parent = el.getparent()
        if parent.tag == qn("w:rPr") and parent.getparent().tag == qn("w:pPr"):  # a deleted paragraph mark
            p = parent.getparent().getparent()
            parent.remove(el)
            following = p.getnext()
            if following is not None and following.tag == qn("w:p"):
                at = 1 if following.find(qn("w:pPr")) is not None else 0
                for child in [c for c in p if c.tag != qn("w:pPr")]:
                    following.insert(at, child)
                    at += 1
                p.getparent().remove(p)
        elif parent.tag != qn("w:rPr"):  # a deleted run: gone with its text
            parent.remove(el)
    for el in list(body.iter(qn("w:ins"), qn("w:moveTo"))):
        parent = el.getparent()
        if parent.tag == qn("w:rPr"):  # an inserted paragraph mark: the paragraph stays
            parent.remove(el)
            continue
        at = parent.index(el)
        for child in list(el):
            parent.insert(at, child)
            at += 1
        parent.remove(el)
    d.save(str(target))


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


_NUMBERED = re.compile(r"第[0-9０-９一二三四五六七八九十百○〇]+条(?:の[0-9０-９一二三四五六七八九十]+)?")


def _target(f) -> Span | None:
    comp = f.comparison
    return comp.draft_span if comp is not None and comp.draft_span is not None else f.location.span


@pytest.mark.parametrize("name", ["defects.txt", "old-style.txt"])
def test_accepting_all_suggestions_gives_the_suggested_text_and_clears_those_findings(name: str, tmp_path: Path) -> None:
    review = review_file(FIXTURES / name)
    _, mapper = _open_or_build(review.ordinance)
    plans = plan_suggestions(review, mapper)
    exported = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx",
                                suggest_changes=True)
    accepted = tmp_path / "accepted.docx"
    accept_all(exported, accepted)
    assert not list(docx.Document(str(accepted)).element.body.iter(qn("w:ins"), qn("w:del")))
    text = _squash(read_document(accepted).text)

    # which finding each tracked change comes from
    rewritten = []
    for f in review.findings:
        own = _replacement(f, mapper, review.ordinance.text) if f.suggestion else None
        lead = _lead_rewrite(f, mapper) if f.suggestion and own is None else None
        if (own is not None and own[0] in plans) or (lead is not None and lead[0] in plans):
            rewritten.append(f)
    new_articles = [f for f in review.findings if PLACEHOLDER.search(f.suggestion)
                    and any(isinstance(p, Insertion) and _squash(_NUMBERED.sub("", p.text))
                            == _squash(_NUMBERED.sub("", f.suggestion)) for p in plans)]
    # new 号 (a missing definition in a 号-style draft): inserted renumbered where they go
    new_provisions = [f for f in review.findings if f.rule == "gap" and f not in new_articles and f not in rewritten
                      and re.match(r"[(（][0-9０-９]+[)）]", f.suggestion.strip())
                      and any(isinstance(p, Insertion) and _unnumbered(p.text) == _unnumbered(f.suggestion)
                              for p in plans)]
    # a suggestion that is the draft's own 項 rewritten (a register list with one more 号, a
    # legacy collection restriction keyed to 要配慮個人情報): edited line by line in place
    whole = [f for f in review.findings if f not in rewritten and is_wording(f.suggestion)
             and rewritten_provision(review.ordinance, f) is not None]
    assert rewritten or new_articles or whole

    # the accepted text reads as each suggestion says: rewrites in place, new provisions numbered
    for f in rewritten:
        assert _squash(fit_suggestion(_target(f).slice(review.ordinance.text), f.suggestion)) in text
    for f in whole:
        assert _squash(f.suggestion) in text
    for plan in plans:
        if isinstance(plan, Insertion):
            assert not re.match(r"^(?:（[^（）\n]+）\n)?第[○〇◯]条", plan.text)  # numbered where it goes
            for line in plan.text.splitlines():
                assert _squash(line) in text, line

    # checked again, the findings whose suggestion was applied are gone
    again = {(f.rule, f.requirement, f.location.article) for f in review_file(accepted, profile=review.profile_id).findings}
    left = [(f.rule, f.requirement, f.location.article) for f in rewritten + whole
            if (f.rule, f.requirement, f.location.article) in again]
    left += [(f.rule, f.requirement) for f in new_articles + new_provisions
             if any(k[:2] == (f.rule, f.requirement) for k in again)]
    assert left == []
    # and the inserted text does not break the draft's numbering
    numbering = {(f.rule, f.location.article, f.location.paragraph) for f in review.findings if f.rule.startswith("num.")}
    assert [f.message_ja for f in review_file(accepted, profile=review.profile_id).findings
            if f.rule.startswith("num.") and (f.rule, f.location.article, f.location.paragraph) not in numbering] == []


def test_a_draft_without_the_mechanism_gets_no_pasted_chapter(tmp_path: Path) -> None:
    """partial-no-c.txt does not introduce the 非識別加工情報 mechanism: whether to is a policy
    choice, so C0 says what to decide and no model chapter is written into the draft."""
    review = review_file(FIXTURES / "partial-no-c.txt")
    (c0,) = [f for f in review.findings if f.requirement == "C0"]
    assert not is_wording(c0.suggestion) and "導入するかどうかを決められたい" in c0.suggestion
    exported = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx",
                                suggest_changes=True)
    assert not list(docx.Document(str(exported)).element.body.iter(qn("w:ins"), qn("w:del")))


def _unnumbered(text: str) -> str:
    return _squash(re.sub(r"^[(（]?[0-9０-９]+[)）]?", "", text.strip().splitlines()[0].strip(" 　")))


def test_accepting_all_in_a_go_style_draft_clears_the_missing_definitions(tmp_path: Path) -> None:
    """old-style.txt defines its terms as 号 of one paragraph ((1)　実施機関　…), its 個人情報 in
    the old form. Accepting every suggestion gives a 第2条 whose 号 define 個人情報 in two types
    (the draft's own 第2号 rewritten with ア, イ; no second 第2条) and 個人識別符号, 要配慮個人情報,
    保有個人情報 and 個人情報ファイル as further 号: checked again, none of these definitions is
    reported missing or incomplete."""
    review = review_file(FIXTURES / "old-style.txt")
    wanted = {"A1", "A2", "A7", "A8", "B1"}
    assert wanted <= {f.requirement for f in review.findings if f.rule == "gap"}
    exported = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx",
                                suggest_changes=True)
    accepted = tmp_path / "accepted.docx"
    accept_all(exported, accepted)
    again = review_file(accepted, profile=review.profile_id)
    assert sorted(f.requirement for f in again.findings if f.rule == "gap" and f.requirement in wanted) == []
    text = read_document(accepted).text
    assert text.count("第2条　") == 1
    assert "　(2)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。ただし、" in text
    assert "\n　　イ　個人識別符号が含まれるもの\n" in text
    assert "\n　(5)　個人識別符号　" in text and "\n　(8)　個人情報ファイル　" in text


def test_a_missing_definition_is_inserted_in_the_drafts_own_style_and_clears_the_finding(tmp_path: Path) -> None:
    """defects.txt defines one term per paragraph (3　この条例において「…」とは、…): the model
    definition of 個人識別符号 goes in as the next paragraph of 第2条 in that form, with the
    draft's own item markers, and is read as a definition when the file is checked again."""
    review = review_file(FIXTURES / "defects.txt")
    (gap,) = [f for f in review.findings if f.requirement == "A2"]  # one finding for the missing definition
    assert gap.suggestion.startswith("12　この条例において「個人識別符号」とは、")
    assert "\n　(1)　特定の個人の身体の一部の特徴" in gap.suggestion
    exported = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx",
                                suggest_changes=True)
    accepted = tmp_path / "accepted.docx"
    accept_all(exported, accepted)
    again = review_file(accepted, profile=review.profile_id)
    assert [f for f in again.findings if f.requirement == "A2"] == []

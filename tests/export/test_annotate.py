"""The annotated draft: one comment per finding on exactly its text, the original untouched."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ordreview.core.errors import ExportError
from ordreview.core.model import Span
from ordreview.export.annotate import comment_lines, export_annotated
from tests.export.helpers import (
    REVIEWER,
    anchored_texts,
    annotation,
    bare_ordinance,
    document_from_docx,
    finding,
    make_draft_docx,
    paragraph_signature,
    ppr_xml,
    review_of,
    span_of,
)

TITLE = "架空市個人情報保護条例"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return make_draft_docx(tmp_path / "draft.docx", with_table=True)


def _export(draft: Path, tmp_path: Path, spans: list[tuple[str, int]], **kw) -> tuple[Path, list, object]:
    doc = document_from_docx(draft)
    ordinance = bare_ordinance(doc, title=TITLE)
    findings = [finding(doc, span_of(doc, needle, nth), message_ja=f"指摘{i}") for i, (needle, nth) in enumerate(spans)]
    review = review_of(ordinance, findings)
    out = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "out.docx", **kw)
    return out, findings, doc


@pytest.mark.parametrize(
    "needle",
    [
        "架空市個人情報保護条例",  # a whole one-run paragraph
        "個人情報",  # inside one run: split on both sides
        "において、次の各号に掲げる用語の意義",  # across a plain, a bold and a plain run
        "生存する個人に関する情報",  # exactly one italic run
        "当該各号に定めるところによる。\n(1)　個人情報",  # across two paragraphs
        "手数料の額は、1件につき300円",  # a table cell paragraph
        "適法かつ公正な手段により",  # a bold-italic run and part of the next
    ],
)
def test_comment_covers_exactly_the_finding_text(draft: Path, tmp_path: Path, needle: str) -> None:
    out, findings, _ = _export(draft, tmp_path, [(needle, 0)])
    anchored = anchored_texts(out)
    reopened = docx.Document(str(out))
    ours = [c for c in reopened.comments if c.author == REVIEWER.name]
    assert len(ours) == 1
    assert anchored[ours[0].comment_id] == findings[0].anchor_text == needle


def test_many_overlapping_findings_each_get_their_own_exact_comment(draft: Path, tmp_path: Path) -> None:
    spans = [("個人情報", 0), ("個人情報", 1), ("個人情報保護", 0), ("情報", 2), ("実施機関", 0), ("実施機関は、個人情報", 0)]
    out, findings, _ = _export(draft, tmp_path, spans)
    reopened = docx.Document(str(out))
    ours = [c for c in reopened.comments if c.author == REVIEWER.name]
    assert len(ours) == len(findings) == 6
    anchored = anchored_texts(out)
    assert [anchored[c.comment_id] for c in ours] == [f.anchor_text for f in findings]


def test_source_file_is_never_modified(draft: Path, tmp_path: Path) -> None:
    os.utime(draft, (1_600_000_000, 1_600_000_000))
    before = draft.read_bytes()
    _export(draft, tmp_path, [("個人情報", 0), ("実施機関", 1)], suggest_changes=True)
    assert draft.read_bytes() == before
    assert draft.stat().st_mtime == 1_600_000_000


def test_original_paragraphs_keep_text_and_formatting(draft: Path, tmp_path: Path) -> None:
    out, _, _ = _export(draft, tmp_path, [("個人情報", 0), ("次の各号に掲げる用語の意義", 0), ("情報であって、特定", 0)])
    old = list(docx.Document(str(draft)).element.body.iter(qn("w:p")))
    new = list(docx.Document(str(out)).element.body.iter(qn("w:p")))
    assert len(new) == len(old)
    assert [paragraph_signature(p) for p in new] == [paragraph_signature(p) for p in old]
    assert [ppr_xml(p) for p in new] == [ppr_xml(p) for p in old]


def test_existing_comment_is_preserved(draft: Path, tmp_path: Path) -> None:
    out, findings, _ = _export(draft, tmp_path, [("個人情報", 0)])
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(findings) + 1
    assert (comments[0].author, comments[0].initials, comments[0].text) == ("起案者", "KA", "既存のコメント")
    assert anchored_texts(out)[comments[0].comment_id] == TITLE


def test_finding_without_span_gets_a_point_comment(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    f = finding(doc, None, rule="gap", message_ja="全体の指摘")
    out = export_annotated(review=review_of(bare_ordinance(doc), [f]), annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    comment = [c for c in docx.Document(str(out)).comments if c.author == REVIEWER.name][0]
    assert anchored_texts(out)[comment.comment_id] == ""


def test_empty_span_gets_a_point_comment_at_its_offset(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    at = span_of(doc, "（収集の制限）").start
    f = finding(doc, Span(at, at))
    out = export_annotated(review=review_of(bare_ordinance(doc), [f]), annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    body = docx.Document(str(out)).element.body
    start = next(body.iter(qn("w:commentRangeStart")), None)
    starts = [el for el in body.iter(qn("w:commentRangeStart")) if el.get(qn("w:id")) != "0"]
    assert start is not None and len(starts) == 1
    paragraph = starts[0].getparent()
    assert "".join(t.text for t in paragraph.iter(qn("w:t"))) == "（収集の制限）"
    assert starts[0].getnext().tag == qn("w:commentRangeEnd")


def test_comment_body_has_author_status_and_suggestion(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    f = finding(doc, span_of(doc, "個人情報", 1), severity="error", suggestion="生存する個人に関する情報であって…")
    ann = annotation(f, "needs_fix", "起案担当に確認する")
    out = export_annotated(review=review_of(bare_ordinance(doc), [f]), annotations={f.id: ann}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    comment = [c for c in docx.Document(str(out)).comments if c.author == REVIEWER.name][0]
    assert (comment.author, comment.initials) == ("法制 太郎", "HT")
    assert [p.text for p in comment.paragraphs] == [
        "【誤り】定義が法と異なります。",
        "確認項目: A1",
        "根拠: 行政機関個人情報保護法 第2条第2項",
        "修正案: 「生存する個人に関する情報であって…」",
        "確認状況: 要修正",
        "担当者コメント: 起案担当に確認する",
        "[Error] The definition differs from the Act.",
    ]
    assert [r.bold for r in comment.paragraphs[0].runs if r.text] == [True]


def test_gap_comment_says_where_the_provision_goes(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    ordinance = bare_ordinance(doc, title=TITLE)
    f = finding(doc, ordinance.title_span, rule="gap", requirement="C0", severity="info", message_ja="非識別加工情報の規定がありません。", statute="")
    lines = [text for text, _ in comment_lines(f, None, ordinance)]
    assert lines == [
        "【参考】非識別加工情報の規定がありません。",
        "確認項目: C0",
        "規定の追加位置: 題名の後に置くことを検討されたい。",
        "確認状況: 未確認",
        "[Note] The definition differs from the Act.",
    ]


def _numbered_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("架空町個人情報保護条例")
    d.add_paragraph("実施機関は、個人情報を適正に取り扱う。", style="List Number")
    p = d.add_paragraph()
    r = p.add_run("第1号　個人情報")
    r.add_break()
    p.add_run("第2号　保有個人情報")
    d.save(str(path))
    return path


def test_span_in_numbering_prefix_anchors_on_first_run(tmp_path: Path) -> None:
    src = _numbered_docx(tmp_path / "num.docx")
    doc = document_from_docx(src)
    assert doc.blocks[1].prefix_len > 0
    prefix_span = Span(doc.block_starts[1], doc.block_starts[1] + 2)  # "1." generated by numbering
    mixed = Span(doc.block_starts[1], doc.block_starts[1] + doc.blocks[1].prefix_len + 4)
    findings = [finding(doc, prefix_span, message_ja="番号"), finding(doc, mixed, message_ja="番号と本文")]
    out = export_annotated(review=review_of(bare_ordinance(doc), findings), annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    comments = list(docx.Document(str(out)).comments)
    anchored = anchored_texts(out)
    assert [anchored[c.comment_id] for c in comments] == ["実施機関は、個人情報を適正に取り扱う。", "実施機関"]


def test_span_across_a_line_break_inside_one_paragraph(tmp_path: Path) -> None:
    src = _numbered_docx(tmp_path / "num.docx")
    doc = document_from_docx(src)
    f = finding(doc, span_of(doc, "個人情報\n第2号"))
    out = export_annotated(review=review_of(bare_ordinance(doc), [f]), annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    (comment,) = docx.Document(str(out)).comments
    body = docx.Document(str(out)).element.body
    start = next(body.iter(qn("w:commentRangeStart")))
    end = next(body.iter(qn("w:commentRangeEnd")))
    assert start.getparent() is end.getparent()
    texts = []
    el = start.getnext()
    while el is not end:
        texts.extend(("\n" if c.tag == qn("w:br") else c.text) for c in el if c.tag in (qn("w:t"), qn("w:br")))
        el = el.getnext()
    assert "".join(texts) == "個人情報\n第2号"


def test_suggested_changes_are_tracked_with_author(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    ordinance = bare_ordinance(doc, title=TITLE)
    rewrite = finding(doc, span_of(doc, "生存する個人に関する情報であって、特定の個人を識別することができるもの"),
                      suggestion="生存する個人に関する情報であって、次の各号のいずれかに該当するもの")
    gap = finding(doc, span_of(doc, "(2)　実施機関　市長、教育委員会及び議会をいう。"), rule="gap", requirement="A3",
                  message_ja="個人識別符号の定義がありません。", suggestion="(3)　個人識別符号　法第2条第3項に規定する個人識別符号をいう。")
    unrelated = finding(doc, span_of(doc, "公正"), suggestion="第3条の見出しを改めること。")
    review = review_of(ordinance, [rewrite, gap, unrelated])
    out = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx", suggest_changes=True)
    body = docx.Document(str(out)).element.body
    ins = list(body.iter(qn("w:ins")))
    dels = list(body.iter(qn("w:del")))
    assert {e.get(qn("w:author")) for e in ins + dels} == {"法制 太郎"}
    assert all(e.get(qn("w:date")) and e.get(qn("w:id")) for e in ins + dels)
    assert ["".join(t.text for t in d.iter(qn("w:delText"))) for d in dels] == ["特定の個人を識別することができ"]
    inserted = ["".join(t.text for t in i.iter(qn("w:t"))) for i in ins if len(i)]
    assert inserted == ["次の各号のいずれかに該当す", "(3)　個人識別符号　法第2条第3項に規定する個人識別符号をいう。"]
    new_para = [p for p in body.iter(qn("w:p")) if p.find(qn("w:pPr")) is not None and p.find(qn("w:pPr")).find(qn("w:rPr")) is not None
                and p.find(qn("w:pPr")).find(qn("w:rPr")).find(qn("w:ins")) is not None]
    assert len(new_para) == 1
    assert new_para[0].getprevious() is not None
    assert "".join(t.text for t in new_para[0].getprevious().iter(qn("w:t"))) == "(2)　実施機関　市長、教育委員会及び議会をいう。"
    original = anchored_texts(out)
    accepted = anchored_texts(out, view="accepted")
    comments = [c for c in docx.Document(str(out)).comments if c.author == REVIEWER.name]
    assert [original[c.comment_id] for c in comments] == [f.anchor_text for f in review.findings]
    assert accepted[comments[0].comment_id] == "生存する個人に関する情報であって、次の各号のいずれかに該当するもの"


def test_without_suggest_changes_nothing_is_tracked(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    f = finding(doc, span_of(doc, "特定の個人"), suggestion="特定の個人又は個人識別符号")
    out = export_annotated(review=review_of(bare_ordinance(doc), [f]), annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    body = docx.Document(str(out)).element.body
    assert list(body.iter(qn("w:ins"))) == [] and list(body.iter(qn("w:del"))) == []


def test_refuses_to_overwrite_the_source(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    before = draft.read_bytes()
    with pytest.raises(ExportError) as info:
        export_annotated(review=review_of(bare_ordinance(doc), []), annotations={}, reviewer=REVIEWER, path=draft)
    assert "上書きしません" in info.value.message_ja and "never overwritten" in info.value.message_en
    assert draft.read_bytes() == before


def test_missing_source_docx_is_a_clear_error(draft: Path, tmp_path: Path) -> None:
    doc = document_from_docx(draft)
    draft.unlink()
    with pytest.raises(ExportError) as info:
        export_annotated(review=review_of(bare_ordinance(doc), []), annotations={}, reviewer=REVIEWER, path=tmp_path / "o.docx")
    assert info.value.message_ja.startswith("元の条例案（Word）を開けませんでした: ")
    assert str(draft) in info.value.message_en
    assert not (tmp_path / "o.docx").exists()


def test_comment_carries_the_time_the_note_was_written(draft: Path, tmp_path: Path) -> None:
    import datetime as dt
    from dataclasses import replace

    doc = document_from_docx(draft)
    noted = finding(doc, span_of(doc, "個人情報", 1), severity="error")
    bare = finding(doc, span_of(doc, "個人情報", 2), severity="warning", rule="other.rule")
    ann = replace(annotation(noted, "needs_fix", "起案担当に確認する"), updated_at="2026-10-05T01:02:03.456+00:00")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    out = export_annotated(review=review_of(bare_ordinance(doc), [noted, bare]), annotations={noted.id: ann},
                           reviewer=REVIEWER, path=tmp_path / "o.docx")
    ours = {c.text.splitlines()[0]: c for c in docx.Document(str(out)).comments if c.author == REVIEWER.name}
    times = sorted((c.timestamp for c in ours.values()), key=lambda t: t.replace(tzinfo=None))
    assert times[0].replace(tzinfo=None) == dt.datetime(2026, 10, 5, 1, 2, 3)  # the note's own time
    assert times[1].replace(tzinfo=None) >= before.replace(tzinfo=None)  # no note: the export time

"""The parser's public functions: parse_text, parse_document, load_ordinance, ordinance_to_json."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.errors import NotAnOrdinanceError, ReadError
from ordreview.core.model import Block, Document, Locator, Notice, SourceInfo, Span
from ordreview.core.parse import load_ordinance, ordinance_to_json, parse_document, parse_text
from tests.conftest import FIXTURES


def test_parse_text_builds_a_document_of_lines() -> None:
    o = parse_text("第1条　甲\r\n第2条　乙", path="draft.txt")
    doc = o.document
    assert [b.text for b in doc.blocks] == ["第1条　甲", "第2条　乙"]
    assert [b.locator for b in doc.blocks] == [Locator("line", 0), Locator("line", 1)]
    assert (doc.source.path, doc.source.format, doc.source.encoding) == ("draft.txt", "txt", "utf-8")
    assert o.text == "第1条　甲\n第2条　乙"
    assert [a.num for a in o.articles] == ["1", "2"]


def test_parse_document_keeps_reader_notices_first_and_uses_the_title_hint() -> None:
    source = SourceInfo(path="x.html", format="html", encoding="utf-8", sha256="0" * 64, size=1)
    notice_doc = Document.from_blocks(
        source=source,
        blocks=[Block("第1章　総則", Locator("html", 0)), Block("説明", Locator("html", 1)),
                Block("第1条　甲", Locator("html", 2))],
        notices=[Notice("read.encoding_guessed", "推測", "guessed")],
        title_hint="ひな町個人情報保護条例",
    )
    o = parse_document(notice_doc)
    assert o.title == "ひな町個人情報保護条例"
    assert o.title_span is None
    assert [a.num for a in o.articles] == ["1"]
    assert [n.code for n in o.notices] == ["read.encoding_guessed", "parse.unplaced"]
    assert o.unplaced == (Span(7, 9),)  # text between a heading and the first article


def test_load_ordinance_reads_and_parses() -> None:
    o = load_ordinance(Path(FIXTURES) / "model-complete.txt")
    assert (o.title, len(o.articles)) == ("みなと市個人情報保護条例", 74)
    assert o.document.source.format == "txt"


def test_load_ordinance_refuses_prose(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("議事録\n条例の話はありません。\n", encoding="utf-8")
    with pytest.raises(NotAnOrdinanceError) as info:
        load_ordinance(path)
    assert info.value.code == "parse.not_ordinance"
    assert info.value.message_ja == f"条例として読み取れません（「第1条」のような条が見つかりません）: {path}"
    assert info.value.message_en == (
        f"This does not look like an ordinance (no article such as 第1条 was found): {path}")


def test_load_ordinance_passes_reader_errors_on(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        load_ordinance(tmp_path / "missing.txt")


def test_json_spans_index_the_document_text() -> None:
    text = "（目的）\n第1条　甲とする。\n2　乙とする。"
    data = ordinance_to_json(parse_text(text))
    art = data["articles"][0]
    assert text[slice(*art["span"])] == text
    assert text[slice(*art["caption_span"])] == "（目的）"
    assert [text[slice(*p["span"])] for p in art["paragraphs"]] == ["甲とする。", "2　乙とする。"]


def test_a_failing_pass_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import ordreview.core.parse.refs as refs
    import ordreview.core.parse.structure as structure

    def broken(*_args: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(refs, "find_references", broken)
    o = parse_text("第1条　前条による。")
    assert [a.num for a in o.articles] == ["1"]
    assert (o.references, [n.code for n in o.notices]) == ((), ["parse.internal"])
    assert "references" in o.notices[0].message_en

    monkeypatch.setattr(structure, "build_structure", broken)
    text = "\n　第1条　甲\n"
    o = parse_text(text)
    assert (o.articles, [n.code for n in o.notices]) == ((), ["parse.internal"])
    assert [s.slice(text) for s in o.unplaced] == ["第1条　甲"]

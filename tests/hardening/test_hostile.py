"""Every class of hostile draft (``bench/hostile_gen.py``) at the suite's sizes, through the CLI.

Each case must end with an answer or a refusal: exit 0 or 1 with the review, or exit 2 with
the reason in Japanese and in English (never 3, the internal error), and every Word file
written must open with its comments where they belong. The cases that must be refused are
refused with the message saying why. A run cut short is neither: a check rule that failed on
the input (run here with ``ORDREVIEW_DEBUG=raise``, so that the failure is exit 3 instead of a
``check.rule_failed`` warning), or a draft of a batch that the batch's per-draft time or memory
limit stopped (``bench.hostile_gen.cut_short``), fails the case whatever the exit code. The
full sizes, with their time and memory, are measured by ``bench/hostile.py`` (a benchmark, not
a test); here, where a limit is what stops a case, the limit is lowered so the fast size
reaches it.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx as python_docx
import pytest
from docx.oxml.ns import qn

from bench.hostile_gen import CASES, SMALL, Case, case_named, cut_short
from ordreview.cli import main
from ordreview.cli.batch_cmd import find_drafts
from ordreview.core.read import limits

REFUSED = {
    "numbering_bomb": "list numbering is abnormal",
    "numbering_long_level_text": "list numbering is abnormal",
    "numbering_huge_counter": "list numbering is abnormal",
    "duplicate_entry": "two parts of the same name",
    "case_variant_entry": "two parts of the same name",
    "dtd_utf32_part": "DTD",
    "dtd_other_extension": "DTD",
    "content_types_foreign_ns": "not",
    "mht_nested_multipart": "too many multipart",
    "docx_many_runs": None,  # fine either way: reviewed, or refused as a zip bomb (exit 2)
}
"""Cases refused with exit 2, and a phrase of the English message saying why."""

BATCH_REFUSED = {
    "batch_with_poison": {"d.docx": "list numbering is abnormal"},  # the huge d.txt is reviewed
}
"""Batch cases (kind ``batch``): the drafts the readers refuse, and a phrase of the English
reason; every other draft of the folder must be reviewed."""

_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def _rules_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check rule that fails on a hostile draft is exit 3 here, not a ``check.rule_failed``
    warning in an otherwise clean-looking review (batch workers inherit it)."""
    monkeypatch.setenv("ORDREVIEW_DEBUG", "raise")


def _run(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str, Path]:
    out = tmp_path / "out"
    out.mkdir()
    args = [a.replace("{out}", str(out)) for a in case.build(tmp_path, False)]
    if case.kind == "batch":
        args.append("--json")  # each draft's outcome, read by the test
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err, out


def _bilingual_refusal(stderr: str) -> bool:
    """Both lines of an engine error (``cli.common.Output.error``), the Japanese one in Japanese."""
    lines = stderr.splitlines()
    ja = [line for line in lines if line.startswith("エラー: ") and _JAPANESE.search(line[5:])]
    en = [line for line in lines if line.startswith("Error: ") and line[7:].strip()]
    return bool(ja and en)


def _check_batch(case: Case, stdout: str, tmp_path: Path) -> None:
    """Every draft of the folder reviewed or refused by its reader; none stopped by a limit."""
    data = json.loads(stdout)
    assert not cut_short(data), cut_short(data)
    refused = {u["path"]: u for u in data["unreadable"]}
    expected = BATCH_REFUSED.get(case.name, {})
    assert set(refused) == set(expected), data["unreadable"]
    for path, phrase in expected.items():
        assert phrase in refused[path]["message_en"] and _JAPANESE.search(refused[path]["message_ja"])
    written = find_drafts(tmp_path)  # the case writes its folder under tmp_path
    assert len(data["drafts"]) + len(refused) == len(written) > len(expected)


def _comment_ids_in(path: Path) -> tuple[set[str], list[str]]:
    """(ids of the comments part, ids referenced from the body), the main part via its relationships."""
    document = python_docx.Document(str(path))
    ids = {el.get(qn("w:id")) for el in document.comments._comments_elm.iterchildren(qn("w:comment"))}
    refs = [el.get(qn("w:id")) for el in document.element.body.iter(qn("w:commentReference"))]
    return ids, refs


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_hostile_case_ends_cleanly(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr, out = _run(case, tmp_path, capsys)
    assert code in (0, 1, 2), stderr
    assert "Traceback" not in stderr and "internal error" not in stderr.lower()
    if case.name in REFUSED and REFUSED[case.name] is not None:
        assert code == 2, stdout
        assert REFUSED[case.name] in stderr
    if case.kind == "batch":
        _check_batch(case, stdout, tmp_path)
    if code == 2:
        assert _bilingual_refusal(stderr), stderr
        return
    for written in out.glob("*.docx"):
        ids, refs = _comment_ids_in(written)
        assert set(refs) <= ids  # every anchor has its comment
        if "annotated" in written.name:
            assert refs, written.name


@pytest.mark.parametrize(
    "name, limit, value, phrase",
    [
        ("huge_document_xml", "MAX_XML_ELEMENTS", 50_000, "too many elements"),
        ("huge_document_xml", "MAX_TEXT_CHARS", 100_000, "text is too long"),
        ("one_line_articles_10mb", "MAX_ARTICLES", 1_000, "too many articles"),
    ],
)
def test_memory_limits_stop_huge_documents(
    name: str, limit: str, value: int, phrase: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(limits, limit, value)
    code, _, stderr, _ = _run(case_named(name), tmp_path, capsys)
    assert code == 2 and phrase in stderr


def test_the_main_part_is_the_one_the_relationships_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr, out = _run(case_named("main_part_elsewhere"), tmp_path, capsys)
    assert code in (0, 1), stderr
    annotated = next(out.glob("*annotated*.docx"))
    body = python_docx.Document(str(annotated)).paragraphs
    assert body[0].text == SMALL.split("\n", 1)[0]  # the reviewed draft, not the decoy part
    with zipfile.ZipFile(annotated) as z:  # the decoy part, unreferenced, is not annotated
        decoy = z.read("word/document.xml") if "word/document.xml" in z.namelist() else b""
    assert b"commentReference" not in decoy


def test_long_title_is_cut_to_the_core_property_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr, out = _run(case_named("title_over_255"), tmp_path, capsys)
    assert code in (0, 1), stderr
    title = python_docx.Document(str(next(out.glob("*annotated*.docx")))).core_properties.title
    assert 0 < len(title) <= 255 and SMALL.split("\n", 1)[0] not in title


def test_existing_non_numeric_comment_id_is_kept_and_new_ids_are_unique(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr, out = _run(case_named("comment_id_not_number"), tmp_path, capsys)
    assert code in (0, 1), stderr
    ids, refs = _comment_ids_in(next(out.glob("*annotated*.docx")))
    assert "abc" in ids
    assert len(refs) == len(set(refs)) == len(ids) - 1 and all(r.isdigit() for r in refs)


@pytest.mark.parametrize("charset", ["idna", "punycode", "utf-7", "unicode_escape", "raw_unicode_escape"])
def test_meta_charset_never_selects_a_transform(
    charset: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = case_named(f"meta_charset_{charset}")
    args = [a for a in case.build(tmp_path, False) if a not in ("-o", "{out}")]
    code = main(["check", "--json", args[1]])
    data = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    assert "さくらぎ市個人情報保護条例" in data["source"]["title"]  # read as the UTF-8 it is
    assert "\ud800" not in json.dumps(data, ensure_ascii=False)


def test_bidi_controls_are_flagged_where_they_stand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = case_named("bidi_controls").build(tmp_path, False)[1]
    main(["check", "--json", path])
    data = json.loads(capsys.readouterr().out)
    flagged = [f for f in data["findings"] if f["rule"] == "text.bidi_control"]
    text = Path(path).read_text(encoding="utf-8")
    assert len(flagged) == 2
    assert {text[f["location"]["span"][0]] for f in flagged} == {"\u202e", "\u202c"}


def test_annotated_copy_keeps_no_external_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr, out = _run(case_named("external_links_template"), tmp_path, capsys)
    assert code in (0, 1), stderr
    annotated = next(out.glob("*annotated*.docx"))
    with zipfile.ZipFile(annotated) as z:
        for name in z.namelist():
            data = z.read(name)
            assert b"example.invalid" not in data, name
            assert b"attachedTemplate" not in data, name
    assert python_docx.Document(str(annotated)).paragraphs[0].text == "リンク"  # the text stays


def test_a_huge_article_number_is_no_number_not_a_refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = case_named("article_number_4300_digits").build(tmp_path, False)[1]
    assert main(["check", "--json", path]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) > 5


def test_a_lone_surrogate_never_leaves_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    from ordreview.core.model import Block, Document, Locator, SourceInfo
    from ordreview.core.read import read_bytes, txt

    def leaky(data: bytes, *, path: str, sha256: str) -> Document:  # a decoder that lets one through
        source = SourceInfo(path=path, format="txt", encoding="utf-8", sha256=sha256, size=len(data))
        blocks = [Block("第1条\ud800　目的", Locator("line", 1))]
        return Document.from_blocks(source=source, blocks=blocks, title_hint="題\udfff")

    monkeypatch.setattr(txt, "read_txt_bytes", leaky)
    doc = read_bytes("第1条".encode(), path="x.txt", kind="text")
    assert doc.text == "第1条\ufffd　目的" and doc.title_hint == "題\ufffd"
    assert len(doc.text) == len("第1条\ud800　目的")  # one for one: spans stay valid

"""Text drafts: encoding and newline detection, one block per line (``core.read.txt``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.errors import LimitExceededError, ReadError
from ordreview.core.model import Locator
from ordreview.core.read import limits, read_document
from ordreview.core.read.txt import decode_bytes, detect_newline, japanese_score, split_lines
from tests.conftest import FIXTURES

SHORT_FIRST = "架空町個人情報保護条例（案）"
SHORT_ITEM = "　（１）　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。"
SHORT_SUBITEM = "　　ア　当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの"
SHORT_LAST = "この条例は、令和９年４月１日から施行する。"


@pytest.mark.parametrize(
    ("name", "encoding", "newline"),
    [
        ("enc-cp932-crlf.txt", "cp932", "\r\n"),
        ("enc-eucjp.txt", "euc_jp", "\n"),
        ("enc-utf16.txt", "utf-16", "\n"),
        ("enc-utf8-bom.txt", "utf-8-sig", "\n"),
    ],
)
def test_encoding_fixtures(name: str, encoding: str, newline: str) -> None:
    doc = read_document(FIXTURES / name)
    assert doc.source.format == "txt"
    assert doc.source.encoding == encoding
    assert doc.source.newline == newline
    assert doc.source.size == (FIXTURES / name).stat().st_size
    assert len(doc.blocks) == 38
    assert doc.blocks[0].text == SHORT_FIRST
    assert doc.blocks[7].text == SHORT_ITEM
    assert doc.blocks[8].text == SHORT_SUBITEM
    assert doc.blocks[37].text == SHORT_LAST
    assert doc.blocks[7].locator == Locator("line", 7)
    assert all(b.prefix_len == 0 and b.style is None for b in doc.blocks)
    assert doc.notices == ()
    assert doc.title_hint is None


def test_all_encodings_give_the_same_text() -> None:
    texts = {read_document(FIXTURES / n).text for n in
             ("enc-cp932-crlf.txt", "enc-eucjp.txt", "enc-utf16.txt", "enc-utf8-bom.txt")}
    assert len(texts) == 1


def test_text_offsets_match_block_starts() -> None:
    doc = read_document(FIXTURES / "enc-eucjp.txt")
    for block, start in zip(doc.blocks, doc.block_starts):
        assert doc.text[start : start + len(block.text)] == block.text
    assert "\n" not in "".join(b.text for b in doc.blocks)


def _write(tmp_path: Path, data: bytes, name: str = "draft.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "lines", "newline"),
    [
        (b"a\r\nb\r\n", ["a", "b"], "\r\n"),
        (b"a\nb\n", ["a", "b"], "\n"),
        (b"a\rb\r", ["a", "b"], "\r"),
        (b"a\rb\nc\r\nd\re", ["a", "b", "c", "d", "e"], "\r"),
        (b"a\n\nb", ["a", "", "b"], "\n"),
        (b"single line", ["single line"], "\n"),
        (b"a\r\n\r\n", ["a", ""], "\r\n"),
    ],
)
def test_newlines(tmp_path: Path, data: bytes, lines: list[str], newline: str) -> None:
    doc = read_document(_write(tmp_path, data))
    assert [b.text for b in doc.blocks] == lines
    assert doc.source.newline == newline
    assert [b.locator.index for b in doc.blocks] == list(range(len(lines)))


DRAFT = "第１条　この条例は、個人情報の保護に関し必要な事項を定める。\n（定義）\n第２条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (DRAFT.encode("utf-8"), "utf-8"),
        (DRAFT.encode("utf-8-sig"), "utf-8-sig"),
        (DRAFT.encode("utf-16-le").join([b"\xff\xfe", b""]), "utf-16"),
        (b"\xfe\xff" + DRAFT.encode("utf-16-be"), "utf-16"),
        (DRAFT.encode("utf-32"), "utf-32"),
        (DRAFT.encode("cp932"), "cp932"),
        (DRAFT.encode("shift_jis"), "cp932"),
        (DRAFT.encode("euc_jp"), "euc_jp"),
        (DRAFT.encode("iso2022_jp"), "iso2022_jp"),
        (b"plain ASCII draft\n", "utf-8"),
    ],
)
def test_decode_bytes(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, path="x.txt")
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff").rstrip("\n").split("\n")[-1].startswith(
        ("第２条", "plain ASCII")
    )


def test_cp932_only_characters_decode_as_cp932() -> None:
    # ①, ㈱ and NEC-selected kanji exist in CP932 only, not in EUC-JP
    text = "①　㈱架空商事　髙橋\n"
    assert decode_bytes(text.encode("cp932"), path="x").encoding == "cp932"


def test_both_candidates_valid_prefers_the_japanese_looking_one() -> None:
    # "あい" in EUC-JP (a4 a2 a4 a4) is also valid CP932: half-width katakana ､｢､､
    data = "あいうえお、かきくけこ。\n".encode("euc_jp")
    decoded = decode_bytes(data, path="x")
    assert decoded.encoding == "euc_jp"
    assert decoded.text == "あいうえお、かきくけこ。\n"
    assert [n.code for n in decoded.notices] == ["read.encoding_guessed"]
    assert "euc_jp" in decoded.notices[0].message_ja


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("あいう", 1.0),
        ("ｱｲｳ", 0.0),
        ("第1条", 1.0),
        ("", 0.0),
    ],
)
def test_japanese_score(text: str, score: float) -> None:
    assert japanese_score(text) == score


def test_undecodable_names_the_guesses(tmp_path: Path) -> None:
    # 0x80 is invalid in UTF-8, CP932 (undefined single byte) and EUC-JP
    path = _write(tmp_path, b"\x80\x80 abc \x80\n")
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert type(info.value) is ReadError
    assert info.value.code == "read.encoding"
    assert "utf-8, cp932, euc_jp" in info.value.message_ja
    assert "utf-8, cp932, euc_jp" in info.value.message_en


def test_broken_utf16_names_the_bom_codec(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xff\xfe" + "あ".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "read.encoding"
    assert "utf-16" in info.value.message_en


@pytest.mark.parametrize(
    "data",
    [
        b"   \n\t\n",
        "\u3000\u3000\r\n".encode(),
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf \n",
        b"\xff\xfe",
    ],
)
def test_blank_text_is_empty(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ReadError) as info:
        read_document(_write(tmp_path, data))
    assert info.value.code == "read.empty"


def test_control_characters_become_spaces(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "第１条\x0c本文\x07。\n".encode()))
    assert [b.text for b in doc.blocks] == ["第１条 本文 。"]
    assert [n.code for n in doc.notices] == ["read.control_chars"]
    assert "2" in doc.notices[0].message_en


def test_form_feed_only_line_is_kept_as_a_blank_block(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, b"a\n\x0c\nb\n"))
    assert [b.text for b in doc.blocks] == ["a", " ", "b"]


@pytest.mark.parametrize(
    ("text", "newline"),
    [("a\r\nb\r\nc\n", "\r\n"), ("a\nb\nc\r\n", "\n"), ("a\rb\n", "\n"), ("abc", None)],
)
def test_detect_newline(text: str, newline: str | None) -> None:
    assert detect_newline(text) == newline


@pytest.mark.parametrize(
    ("text", "lines"),
    [("a\nb", ["a", "b"]), ("a\n", ["a"]), ("\n", [""]), ("a\u2028b", ["a\u2028b"])],
)
def test_split_lines(text: str, lines: list[str]) -> None:
    assert split_lines(text) == lines


def test_20_mb_text_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("第１条　" + "あ" * 100 + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 20 * 1024 * 1024
    with pytest.raises(LimitExceededError) as info:
        read_document(path)
    assert info.value.code == "read.too_large"
    assert "(20.0 MB; the limit is 10.0 MB)" in info.value.message_en
    assert "（20.0 MB、上限 10.0 MB）" in info.value.message_ja


def test_text_just_under_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 64)
    ok = _write(tmp_path, b"x" * 63 + b"\n", "ok.txt")
    assert read_document(ok).blocks[0].text == "x" * 63
    with pytest.raises(LimitExceededError):
        read_document(_write(tmp_path, b"x" * 64 + b"\n", "big.txt"))

"""A sub-item whose text opens with a citation of another item (「ア　(2)アに該当する個人情報　…」):
in a web copy that set the letter in a cell of its own, the text line starts with 「(2)アに」. That
「(2)」 cites 第2号ア; it is no item marker, so the definition comparison keeps it, as it does on
the clean draft, and both report the same substantive differences."""

from __future__ import annotations

from ordreview.core.diff import normalise_mapped

CLEAN = "次に掲げる区分に応じて定める措置を講じたものをいう。\nア　(2)アに該当する個人情報　記述等の一部を削除すること。\nイ　(2)イに該当する個人情報　個人識別符号の全部を削除すること。"
MARKER_LINE = "次に掲げる区分に応じて定める措置を講じたものをいう。\nア\n(2)アに該当する個人情報　記述等の一部を削除すること。\nイ\n(2)イに該当する個人情報　個人識別符号の全部を削除すること。"


def test_citation_opening_a_line_is_kept() -> None:
    assert normalise_mapped(MARKER_LINE).text == normalise_mapped(CLEAN).text
    assert "(2)アに該当" in normalise_mapped(MARKER_LINE).text


def test_item_marker_before_its_text_still_goes() -> None:
    text = "次に掲げるものをいう。\n(1)　個人に関する情報\n(2)　アルバイト職員に関する情報"
    normalised = normalise_mapped(text).text
    assert "(1)" not in normalised and "(2)" not in normalised and "アルバイト" in normalised


def test_quoted_phrase_leaves_out_the_line_marker() -> None:
    from ordreview.core.phrases import whole_phrase

    for text in (CLEAN, MARKER_LINE):
        start = text.index("(2)アに")  # the difference: 「(2)ア」 where the statute says 第一号
        quote = whole_phrase(text, start, start + 4)
        assert quote.startswith("(2)アに該当する"), quote

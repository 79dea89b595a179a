"""A flat .txt draft is shown with 例規集 indentation; offsets, copy and findings are unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ordreview.core.model import Span
from ordreview.core.parse import parse_text
from ordreview.gui.indent import display_indents
from ordreview.gui.widgets.draftview import DraftView, OffsetMap

FLAT = """架空町個人情報保護条例
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
ア　氏名、生年月日その他の記述等により特定の個人を識別することができるもの
イ　個人識別符号が含まれるもの
(2)　実施機関　町長及び教育委員会をいう。
2　前項に定めるもののほか、この条例において使用する用語は、法の例による。
附　則
この条例は、公布の日から施行する。"""


def test_flat_lines_get_the_indentation_of_their_level() -> None:
    ordinance = parse_text(FLAT, path="flat.txt")
    indents = display_indents(ordinance)
    by_line = {FLAT[o:FLAT.index("\n", o)]: n for o, n in indents.items()}
    assert by_line == {
        "附　則": 3,
        "（定義）": 1,
        "(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。": 1,
        "ア　氏名、生年月日その他の記述等により特定の個人を識別することができるもの": 2,
        "イ　個人識別符号が含まれるもの": 2,
        "(2)　実施機関　町長及び教育委員会をいう。": 1,
    }


def test_lines_the_drafter_indented_keep_their_own_indentation() -> None:
    typed = FLAT.replace("\n(1)", "\n　(1)").replace("\nア", "\n　　ア")
    indents = display_indents(parse_text(typed, path="typed.txt"))
    assert all(typed[o] not in " 　" for o in indents)
    assert len(indents) == 4  # 見出し, (2), イ, 附則


def test_toc_and_headings_of_a_flat_draft() -> None:
    text = ("架空町条例\n目次\n第1章　総則（第1条）\n第2章　取扱い\n第1節　収集（第2条）\n附則\n"
            "第1章　総則\n第1条　この条例は、必要な事項を定める。\n第2章　取扱い\n第1節　収集\n"
            "第2条　実施機関は、目的を明確にする。\n附　則\nこの条例は、公布の日から施行する。")
    indents = display_indents(parse_text(text, path="t.txt"))
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    shown = [indents.get(o, 0) for o in starts]
    assert shown == [0, 0, 1, 1, 2, 1, 3, 0, 3, 4, 0, 3, 0]


def test_view_shows_the_indent_but_maps_offsets_and_copies_the_text_as_read(qtbot) -> None:
    ordinance = parse_text(FLAT, path="flat.txt")
    view = DraftView()
    qtbot.addWidget(view)
    view.set_text(FLAT, display_indents(ordinance))
    shown = view.toPlainText().split("\n")
    assert shown[3].startswith("　(1)") and shown[4].startswith("　　ア") and shown[2].startswith("第2条")
    assert view.source_text() == FLAT
    target = FLAT.index("個人識別符号が含まれる")
    span = Span(target, target + len("個人識別符号が含まれる"))
    view.select_span(span)
    assert view.selected_span() == span
    assert view.textCursor().selectedText() == "個人識別符号が含まれる"
    line = FLAT.index("イ　個人識別符号")
    view.select_span(Span(line, line + 5))
    view.copy()
    assert QApplication.clipboard().text() == FLAT[line:line + 5]  # without the shown spaces


def test_offset_map_round_trips_with_prefixes_and_astral_characters() -> None:
    text = "第1条　𠮷田\n(1)　𠮷野\nア　本文"
    prefixes = {text.index("(1)"): 1, text.index("ア"): 2}
    m = OffsetMap(text, prefixes)
    assert m.display == "第1条　𠮷田\n　(1)　𠮷野\n　　ア　本文"
    for offset in range(len(text) + 1):
        assert m.to_py(m.to_qt(offset)) == offset
    # a position inside the shown indentation maps to its line's start
    assert m.to_py(m.to_qt(text.index("ア")) - 1) == text.index("ア")

"""The 新旧対照表 row of an article added as the first of a 章 (or 節) of an ordinance without a
目次: the heading stands above the new article in both columns, not underlined, so that the row
says where the article goes; the table reads back without finding and merges the article under
that heading. Own ordinances in kanji numerals and in Arabic numerals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_diff, rows_from_document, verify_rows
from ordreview.core.read.tables import read_docx_tables
from ordreview.export.taishohyo import TableSettings, build_taishohyo
from tests.core.amend.test_roundtrip_table import shape

CURRENT = """\
あさぎり村墓地条例
昭和六十三年三月二十五日条例第二号

　　　第一章　総則

（趣旨）
第一条　この条例は、村営墓地の設置及び管理に関し必要な事項を定めるものとする。

（名称及び位置）
第二条　村営墓地の名称及び位置は、規則で定める。

　　　第二章　使用

（使用の許可）
第三条　墓地を使用しようとする者は、村長の許可を受けなければならない。

（使用料）
第四条　使用の許可を受けた者は、使用料を納付しなければならない。

　　　附　則
この条例は、昭和六十三年四月一日から施行する。
"""

NEW_ARTICLE = "（使用者の資格）\n第三条　墓地を使用することができる者は、村内に住所を有する者とする。"

# the new article opens 第二章; the chapter's articles move down by one
RENUMBERED = (CURRENT.replace("第四条　使用の許可", "第五条　使用の許可")
              .replace("第三条　墓地を使用しようと", "第四条　墓地を使用しようと")
              .replace("　　　第二章　使用\n\n", "　　　第二章　使用\n\n" + NEW_ARTICLE + "\n\n"))
# the new article opens 第二章 as a branch of the article before the chapter
BRANCHED = CURRENT.replace("　　　第二章　使用\n\n", "　　　第二章　使用\n\n"
                           + NEW_ARTICLE.replace("第三条", "第二条の二") + "\n\n")

SECTIONS = """\
もみじ町公園条例
令和3年3月19日条例第7号

　　　第1章　総則

（趣旨）
第1条　この条例は、都市公園の設置及び管理に関し必要な事項を定めるものとする。

　　　第2章　管理
　　　　第1節　行為の制限

（行為の制限）
第2条　公園内では、次に掲げる行為をしてはならない。
　(1)　植物を採取すること。
　(2)　指定された場所以外の場所へ車両を乗り入れること。

　　　　第2節　監督

（監督処分）
第3条　町長は、この条例に違反した者に対し、必要な措置を命ずることができる。

　　　附　則
この条例は、令和3年4月1日から施行する。
"""
# a new article opens 第2章第2節: the heading shown is the 節's, the nearest above it
SECTIONS_AMENDED = SECTIONS.replace("　　　　第2節　監督\n\n", "　　　　第2節　監督\n\n"
                                    "（報告）\n第2条の2　町長は、公園の管理に関し必要な報告を求めることができる。\n\n")


@pytest.mark.parametrize(("current", "amended", "heading", "label"), [
    (CURRENT, RENUMBERED, "　　　第二章　使用", "第三条"),
    (CURRENT, BRANCHED, "　　　第二章　使用", "第二条の二"),
    (SECTIONS, SECTIONS_AMENDED, "　　　　第2節　監督", "第2条の2"),
])
def test_the_row_shows_the_heading_above_the_new_article(current, amended, heading, label) -> None:
    diff = compare_texts(current, amended)
    added = next(r for r in diff.rows if r.kind == "added")
    assert added.new.label == label and added.context == heading
    rows = rows_from_diff(diff)
    row = next(r for r in rows if r.new.text.startswith(heading + "\n"))
    # both columns show the heading, not underlined; the article alone is underlined
    assert row.old.text == heading and row.old.marks == ()
    underlined = "".join(row.new.text[s:e] for s, e in row.new.marks)
    assert heading.strip() not in underlined and label in underlined
    assert verify_rows(rows, current) == []
    merged = consolidate_from_table(current, rows)
    assert merged.failures == ()
    assert shape(merged.text) == shape(amended)
    # the article stands under the heading, not at the end of the 章 before it
    assert merged.text.index(heading) < merged.text.index(label + "　")


def test_the_word_table_shows_the_note_under_the_heading_and_reads_back_clean(tmp_path: Path) -> None:
    diff = compare_texts(CURRENT, RENUMBERED)
    buf = io.BytesIO()
    build_taishohyo(diff).save(buf)
    path = tmp_path / "t.docx"
    path.write_bytes(buf.getvalue())
    doc = read_docx_tables(path)
    cells = [[c.text for c in row] for table in doc.tables for row in table.rows]
    assert ["　　　第二章　使用\n" + NEW_ARTICLE, "　　　第二章　使用\n（新設）"] in cells
    rows = rows_from_document(doc)
    assert verify_rows(rows, CURRENT) == []
    merged = consolidate_from_table(CURRENT, rows)
    assert merged.failures == () and shape(merged.text) == shape(RENUMBERED)


def test_without_notes_the_old_cell_is_the_heading_alone(tmp_path: Path) -> None:
    diff = compare_texts(CURRENT, BRANCHED)
    buf = io.BytesIO()
    build_taishohyo(diff, settings=TableSettings(notes=False)).save(buf)
    path = tmp_path / "t.docx"
    path.write_bytes(buf.getvalue())
    rows = rows_from_document(read_docx_tables(path))
    assert [r.old.text for r in rows if r.new.text.startswith("　　　第二章")] == ["　　　第二章　使用"]
    assert verify_rows(rows, CURRENT) == []
    assert shape(consolidate_from_table(CURRENT, rows).text) == shape(BRANCHED)


def test_a_heading_renamed_with_the_article_gets_no_context() -> None:
    # the heading changes too: it has its own row, the article's row shows no heading
    amended = RENUMBERED.replace("第二章　使用", "第二章　使用の許可等")
    diff = compare_texts(CURRENT, amended)
    assert [r.context for r in diff.rows if r.kind == "added"] == [""]
    rows = rows_from_diff(diff)
    assert verify_rows(rows, CURRENT) == []
    assert shape(consolidate_from_table(CURRENT, rows).text) == shape(amended)

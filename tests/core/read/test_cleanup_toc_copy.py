"""A viewer's copy of a PDF ordinance with a 目次: the range dash of each entry moved to the front
of its line (「　― 第一章 総則（第一条 第三条）」), and stray spaces before a parenthesis. The
structure, the 目次 and the terms must be those of the clean text."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text

CLEAN = """みなせ県個人情報の保護に関する法律施行条例
令和五年三月二十四日
みなせ県条例第七号
目次
　第一章　総則（第一条―第三条）
　第二章　開示等（第四条・第五条）
　第三章　雑則（第六条―第八条）
　附則
　　　第一章　総則
（趣旨）
第一条　この条例は、個人情報の保護に関する法律（以下「法」という。）の施行に関し必要な事項を定めるものとする。
（定義）
第二条　この条例において使用する用語は、法において使用する用語の例による。
（県の責務）
第三条　県は、個人情報の適正な取扱いに関し必要な措置を講ずるものとする。
　　　第二章　開示等
（訂正）
第四条　何人も、実施機関に対し、その訂正（追加又は削除を含む。以下同じ。）を請求することができる。
（手数料）
第五条　手数料の額は、無料とする。
　　　第三章　雑則
（公表）
第六条　知事は、毎年度、運用の状況を公表する。
（報告）
第七条　実施機関は、知事に報告する。
（委任）
第八条　この条例の施行に関し必要な事項は、規則で定める。
附　則
この条例は、令和五年四月一日から施行する。
"""

# what a viewer's copy gave: dashes moved, no full-width indents, lines wrapped, stray spaces
PASTED = (CLEAN.replace("　第一章　総則（第一条―第三条）", "\u3000 \u3000 ― 第一章 総則（第一条 第三条）")
          .replace("　第三章　雑則（第六条―第八条）", "\u3000 \u3000 ― 第三章 雑則（第六条 第八条）")
          .replace("　第二章　開示等（第四条・第五条）", "\u3000 \u3000 第二章 開示等（第四条・第五条）")
          .replace("\n　附則\n", "\n附則\n")
          .replace("その訂正（", "その訂正 （")
          .replace("条例は、個人情報の", "条例は、個人情報の\n")
          .replace("　この条例", " この条例").replace("　県は", " 県は").replace("　何人も", " 何人も"))


def test_the_copy_reads_as_the_clean_text(tmp_path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PASTED, encoding="utf-8")
    got, want = load_ordinance(path), parse_text(CLEAN)
    assert [a.num for a in got.articles] == [a.num for a in want.articles] == [str(n) for n in range(1, 9)]
    assert [(t.division_title, t.first, t.last) for t in got.toc] == [
        (t.division_title, t.first, t.last) for t in want.toc]
    assert {t.term for t in got.terms} == {t.term for t in want.terms} >= {"法", "訂正"}


def test_a_parenthesised_article_number_is_never_a_heading() -> None:
    text = PASTED.replace("第一条 第三条）", "第一条 第三条）")
    got = parse_text(text)
    assert [a.num for a in got.articles][:1] == ["1"]


def test_the_pdf_cleanup_keeps_the_entries_whole() -> None:
    # laid out from a PDF file, the text goes through the extraction cleanup, which puts line
    # breaks back before headings: none may fall inside 「（第一条 第三条）」
    from ordreview.core.read.cleanup import clean_extracted

    cleaned = clean_extracted(PASTED, force=True)
    assert cleaned is not None
    assert "（\n第" not in cleaned.text and "―\n" not in cleaned.text
    got, want = parse_text(cleaned.text), parse_text(CLEAN)
    assert [a.num for a in got.articles] == [a.num for a in want.articles]
    assert [(t.division_title, t.first, t.last) for t in got.toc] == [
        (t.division_title, t.first, t.last) for t in want.toc]


def test_an_entry_as_wide_as_the_page_lines_is_not_joined_to_the_moved_dash_below() -> None:
    # hard-wrapped body lines as wide as the 目次 entry without a dash (「・」 range): that entry
    # looks like a wrapped line, but the next one opens an entry (its dash moved to the front)
    from fixtures.tools.make_pdf_text import wrap
    from ordreview.core.read.cleanup import clean_extracted

    clean = CLEAN.replace("第二章　開示等（第四条・第五条）", "第二章　保有個人情報の開示及び訂正等（第四条・第五条）").replace(
        "　　　第二章　開示等", "　　　第二章　保有個人情報の開示及び訂正等")
    entry = "\u3000 \u3000 第二章 保有個人情報の開示及び訂正等（第四条・第五条）"
    head, body = PASTED.split("\n附則\n", 1)
    head = head.replace("\u3000 \u3000 第二章 開示等（第四条・第五条）", entry)
    width = sum(2 if ord(c) >= 0x80 else 1 for c in entry if c != " ")
    body = body.replace("　　　第二章　開示等", "　　　第二章　保有個人情報の開示及び訂正等")
    long = ("\n２ この場合において、実施機関は、当該請求に係る保有個人情報の取扱いの状況を確認し、"
            "その結果を記録するとともに、必要な措置を講ずるよう努めなければならない。\n（")
    body = body.replace("この条例は、個人情報の\n", "この条例は、個人情報の").replace("。\n（", "。" + long)
    pasted = head + "\n附則\n" + wrap(body, width)
    cleaned = clean_extracted(pasted, force=True)
    assert cleaned is not None
    got, want = parse_text(cleaned.text), parse_text(clean)
    assert [(t.division_title, t.first, t.last) for t in got.toc] == [
        (t.division_title, t.first, t.last) for t in want.toc]
    assert not [t.text for t in got.toc if t.text.rstrip().endswith(("―", "－"))]


def test_a_dash_on_a_line_of_its_own_above_its_entry(tmp_path) -> None:
    # pdftotext -raw: each range dash on a line of its own above the entry it belongs to, the
    # entries laid out as full lines (the dash line must not be joined to the entry above either)
    raw = (CLEAN.replace("　第一章　総則（第一条―第三条）", "―\n第一章 総則（第一条 第三条）")
           .replace("　第三章　雑則（第六条―第八条）", "―\n第三章 雑則（第六条 第八条）")
           .replace("　第二章　開示等（第四条・第五条）", "第二章 開示等（第四条・第五条）"))
    from ordreview.core.read.cleanup import clean_extracted

    cleaned = clean_extracted(raw, force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert "第一章 総則（第一条―第三条）" in lines and "第三章 雑則（第六条―第八条）" in lines
    path = tmp_path / "raw.txt"
    path.write_text(raw, encoding="utf-8")
    got, want = load_ordinance(path), parse_text(CLEAN)
    assert [(t.division_title, t.first, t.last) for t in got.toc] == [
        (t.division_title, t.first, t.last) for t in want.toc]


def test_dashes_before_their_entries_on_a_text_run_onto_one_line(tmp_path) -> None:
    raw = (CLEAN.replace("　第一章　総則（第一条―第三条）", "―\n第一章 総則（第一条 第三条）")
           .replace("　第三章　雑則（第六条―第八条）", "―\n第三章 雑則（第六条 第八条）")
           .replace("　第二章　開示等（第四条・第五条）", "第二章 開示等（第四条・第五条）"))
    one_line = " ".join(line.strip() for line in raw.split("\n") if line.strip())
    path = tmp_path / "one-line.txt"
    path.write_text(one_line, encoding="utf-8")
    got, want = load_ordinance(path), parse_text(CLEAN)
    assert [(t.division_title, t.first, t.last) for t in got.toc] == [
        (t.division_title, t.first, t.last) for t in want.toc]

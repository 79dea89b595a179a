"""Layout details of PDF text that cost structure: 項 numbers set apart from their text, a 目次
entry broken inside its parenthesis, a range dash drawn before 条, a paragraph whose text opens
with a counter-like kanji."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.read import read_bytes

HEAD = "ときわ町公民館条例\n"


def _parse(text: str):
    doc = read_bytes(text.encode("utf-8"), path="tokiwa.txt")
    return doc, parse_text(doc.text)


def _pages(lines: list[str], per_page: int = 9) -> str:
    out = []
    for n, start in enumerate(range(0, len(lines), per_page), start=1):
        out.extend(lines[start : start + per_page])
        out.append(f"－ {n} －")
    return "\n".join(out) + "\n"


def test_paragraph_numbers_alone_on_their_lines_are_no_page_numbers() -> None:
    # pdftotext puts a 項 number set apart by a wide gap on a line of its own
    lines = [
        "ときわ町公民館条例", "（設置）", "第 1 条 町に、公民館を置く。", "（使用料）",
        "第 2 条 公民館の使用料は、別に定める。", "", "2", "", "使用料は、前納とする。", "", "3", "",
        "町長は、特別の理由があるときは、使用料を減免することができる。", "（委任）",
        "第 3 条 この条例の施行に関し必要な事項は、規則で定める。", "附 則", "1", "",
        "この条例は、公布の日から施行する。", "2", "", "前項の規定にかかわらず、第 2 条の規定は、令和 7 年 4 月 1 日から施行する。",
    ]
    doc, o = _parse(_pages(lines))
    art2 = o.article("2")
    assert art2 is not None and [p.num for p in art2.paragraphs] == [1, 2, 3]
    assert [p.num for p in o.suppl_provisions[0].paragraphs] == [1, 2]
    assert "－" not in doc.text


def _wrapped(draft: list[str], width: int = 20) -> list[str]:
    lines = []
    for line in draft:
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    return lines


def test_a_toc_entry_broken_inside_its_parenthesis_is_one_entry() -> None:
    draft = [
        "ときわ町公民館条例", "目次", "第1章 総則（第1条・第2条）", "第2章 公民館運営審議会（第3条―第4", "条）",
        "第3章 雑則（第5条）", "第1章 総則",
        "（設置）", "第1条 町に、公民館を置き、その名称及び位置は、規則で定めるものとする。",
        "（事業）", "第2条 公民館は、社会教育法第22条に規定する事業を行うものとする。",
        "第2章 公民館運営審議会",
        "（設置）", "第3条 公民館に、公民館運営審議会（以下「審議会」という。）を置く。",
        "（組織）", "第4条 審議会は、委員10人以内で組織し、委員は、教育委員会が委嘱する。",
        "第3章 雑則", "（委任）", "第5条 この条例の施行に関し必要な事項は、教育委員会規則で定める。",
    ]
    _, o = _parse(_pages(_wrapped(draft)))
    assert [(e.first, e.last) for e in o.toc] == [("1", "2"), ("3", "4"), ("5", "5")]
    assert [a.num for a in o.articles] == ["1", "2", "3", "4", "5"]


def test_a_range_dash_drawn_before_jo_is_put_back_between_the_articles() -> None:
    text = (
        "ときわ町公民館条例\n目次\n第 1 章 総則（第 1 ―\n条 第 2 条）\n第 2 章 雑則（第 3 条）\n"
        "第 1 章 総則\n（設置）\n第 1 条 町に、公民館を置く。\n（事業）\n第 2 条 公民館は、講座を開設する。\n"
        "第 2 章 雑則\n（委任）\n第 3 条 この条例の施行に関し必要な事項は、規則で定める。\n"
    )
    doc, o = _parse(text)
    assert "（第1条―第2条）" in doc.text
    assert [(e.first, e.last) for e in o.toc] == [("1", "2"), ("3", "3")]


def test_the_next_paragraph_after_a_sentence_opens_even_before_a_counter_like_kanji() -> None:
    lines = [
        "ときわ町公民館条例", "（部会）", "第 1 条 審議会は、その指名する委員をもって構成する部会を置", "くことができる。部会は、審議会の議決により調査審議する。",
        "2 部会に部会長を置き、部会に属する委員の互選によって定め", "る。",
        "（委任）", "第 2 条 この条例の施行に関し必要な事項は、教育委員会規則で", "定める。",
    ]
    _, o = _parse(_pages(lines, per_page=5))
    art1 = o.article("1")
    assert art1 is not None and [p.num for p in art1.paragraphs] == [1, 2]
    assert art1.paragraphs[1].text.startswith("部会に部会長")


def test_a_toc_range_with_a_wave_dash_and_spaced_brackets_stays_one_entry() -> None:
    # 「第1章 総則( 第1条～第4条 )」 in a PDF copy: neither 第1条 nor 第4条 opens an article, and the
    # 目次's 附則 line is no 附則
    lines = [
        "ときわ町公民館条例", "目次", "第 1 章 総則( 第 1 条～第 2 条 )", "第 2 章 雑則( 第 3 条 )", "附則",
        "第 1 章 総則", "( 設置 )", "第 1 条 町に、公民館を置く。", "( 使用料 )", "第 2 条 公民館の使用料は、別に定める。",
        "第 2 章 雑則", "( 委任 )", "第 3 条 この条例の施行に関し必要な事項は、規則で定める。",
        "附 則", "この条例は、公布の日から施行する。",
    ]
    doc, o = _parse("\n".join(lines) + "\n")
    assert [str(a.num) for a in o.articles] == ["1", "2", "3"]
    assert len(o.suppl_provisions) == 1
    assert "第1章 総則( 第1条～第2条 )" in doc.text.replace("\u3000", " ")

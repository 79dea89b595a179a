"""A deleted range (「第五条から第六条まで　削除」) on the line before a chapter heading: a PDF
extractor that reads the page block by block sets the range, the chapter's number, 削除 and the
chapter's title on lines of their own, in that order. The cleaned text must keep the range
deleted (articles 5 and 6 exist, deleted) and the chapter heading whole, laid out on lines or
run together on one line."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.read.cleanup import clean_extracted

LONG = "実施機関は、個人情報の取扱いに当たっては、その目的を明確にし、当該目的の達成に必要な範囲内で適正に取り扱わなければならない。"

CLEAN = "\n".join(
    [
        "いずみ野村個人情報保護条例",
        "　　　第一章　総則",
        "（趣旨）",
        "第一条　この条例は、個人情報の取扱いに関し必要な事項を定めるものとする。",
        "（定義）",
        "第二条　" + LONG,
        "（責務）",
        "第三条　" + LONG,
        "（収集の制限）",
        "第四条　" + LONG,
        "第五条から第六条まで　削除",
        "　　　第二章　雑則",
        "（委任）",
        "第七条　この条例の施行に関し必要な事項は、村長が定める。",
        "　　　附　則",
        "この条例は、令和八年四月一日から施行する。",
    ]
)


def _lines_form(text: str) -> str:
    """The block-by-block order: 「第五条から第六条まで」 / 「第二章」 / 「削除」 / 「雑則」, the
    lines wrapped at the page's width and the pages numbered as an extractor gives them."""
    text = text.replace(
        "第五条から第六条まで　削除\n　　　第二章　雑則",
        "第五条から第六条まで\n\n第二章\n\n削除\n\n雑則\n",
    ).replace("\u3000", " ")
    text = "\n".join(
        "\n".join(line[i : i + 26] for i in range(0, len(line), 26)) if line else line for line in text.split("\n")
    )
    return text.replace("（収集の制限）", "－1－\n（収集の制限）") + "\n－2－\n"


def _struct(ordinance) -> list[tuple]:
    return [(a.num, a.caption, len(a.paragraphs)) for a in ordinance.articles]


def test_the_moved_deletion_goes_back_to_its_range(tmp_path) -> None:
    damaged = _lines_form(CLEAN)
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    assert "第五条から第六条まで\u3000削除" in cleaned.text
    assert "削除" not in cleaned.text.split("第六条まで\u3000削除", 1)[1]
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _struct(load_ordinance(path)) == _struct(parse_text(CLEAN))


def test_the_moved_deletion_on_one_line(tmp_path) -> None:
    damaged = " ".join(line.strip() for line in _lines_form(CLEAN).split("\n") if line.strip())
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _struct(load_ordinance(path)) == _struct(parse_text(CLEAN))


def test_a_deletion_that_is_the_chapters_own_title_stays_with_the_chapter() -> None:
    # 削除 after the division's number with no article label before it: the chapter is deleted.
    text = _lines_form(CLEAN).replace("第五条から第六条まで\n\n第二章\n\n削除\n\n雑則\n", "第五条 " + LONG[:20] + "\n\n第二章\n\n削除\n")
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    assert "第二章\u3000削除" in cleaned.text
    assert "第五条 " + LONG[:20] + "\n" in cleaned.text


def test_the_division_title_below_its_number_is_joined(tmp_path) -> None:
    damaged = _lines_form(CLEAN).replace("第五条から第六条まで\n\n第二章\n\n削除\n\n雑則\n", "第五条から第六条まで 削除\n\n第二章\n\n雑則\n")
    assert "第二章\n\n雑則" in damaged
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    assert "第二章\u3000雑則" in cleaned.text
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert [(d.title, d.caption) for d in load_ordinance(path).divisions] == [
        (d.title, d.caption) for d in parse_text(CLEAN).divisions
    ]


def test_the_deletion_past_the_heading_and_the_next_caption(tmp_path) -> None:
    # a smaller page: the next article's caption came out between the chapter heading and 削除
    # (「第五条から第六条まで」 / 「第二章　雑則」 / 「（委任）」 / 「削除」 / 「第七条…」)
    damaged = _lines_form(CLEAN).replace(
        "第五条から第六条まで\n\n第二章\n\n削除\n\n雑則\n\n（委任）\n", "第五条から第六条まで\n\n第二章 雑則\n\n（委任）\n\n\n削除\n\n\n")
    assert "（委任）\n\n\n削除" in damaged
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    assert "第五条から第六条まで\u3000削除" in cleaned.text
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _struct(load_ordinance(path)) == _struct(parse_text(CLEAN))


def test_a_division_title_past_the_next_caption_goes_back_to_its_number(tmp_path) -> None:
    # 「第二章」 / 「（委任）」 / 「雑則」 / 「第七条…」: the title comes back after the number, the
    # caption stays over its article
    damaged = _lines_form(CLEAN).replace(
        "第五条から第六条まで\n\n第二章\n\n削除\n\n雑則\n\n（委任）\n", "第五条から第六条まで 削除\n\n第二章\n\n（委任）\n\n\n雑則\n\n\n")
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert "第二章\u3000雑則" in lines and "雑則" not in lines
    offsets = cleaned.source_map.offsets
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    got, want = load_ordinance(path), parse_text(CLEAN)
    assert _struct(got) == _struct(want)
    assert [(d.title, d.caption) for d in got.divisions] == [(d.title, d.caption) for d in want.divisions]


def test_a_deletion_on_its_own_line_below_its_range(tmp_path) -> None:
    # 「第五条から第六条まで」 / blank / 「削除」 / blank / 「第二章…」 (no heading between): one line again
    damaged = _lines_form(CLEAN).replace("第五条から第六条まで\n\n第二章\n\n削除\n\n雑則\n",
                                         "第五条から第六条まで\n\n削除\n\n第二章 雑則\n")
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    assert "第五条から第六条まで\u3000削除" in cleaned.text.split("\n")
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _struct(load_ordinance(path)) == _struct(parse_text(CLEAN))

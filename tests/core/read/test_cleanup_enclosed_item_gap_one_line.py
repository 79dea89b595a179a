"""A 号 numbering gap in a draft numbering its items ⑴ ⑵ or (1) (2) (⑴・⑵・⑶・⑸, ⑷ missing),
in a text whose line breaks were all lost (a PDF copied as one line, numbers set apart by
spaces). The cleaned text must open the item after the gap on its own line, as it does for the
next number, so that the numbering check reports the gap on the copy as on the clean draft
instead of reading ⑸ as part of item ⑶'s sentence."""

from __future__ import annotations

import pytest

from ordreview.core.parse import load_ordinance, parse_text


def _draft(marks: list[str]) -> str:
    return "\n".join(
        [
            "ほたるいし市文書管理条例",
            "（趣旨）",
            "第１条　この条例は、市の機関が作成し、又は取得した文書の管理に関し必要な事項を定める。",
            "（廃棄の制限）",
            "第２条　実施機関は、保存期間が満了していない文書を廃棄してはならない。ただし、次の各号のいずれかに該当するときは、この限りでない。",
            f"　{marks[0]}　法令に特別の定めがあるとき。",
            f"　{marks[1]}　災害により文書が滅失したとき。",
            f"　{marks[2]}　文書の写しが別に保存されているとき。",
            f"　{marks[3]}　前３号に掲げる場合のほか、市長が特に必要と認めるとき。",
            "２　実施機関は、文書を廃棄したときは、その記録を作成しなければならない。",
            "（委任）",
            "第３条　この条例の施行に関し必要な事項は、規則で定める。",
            "　　　附　則",
            "この条例は、令和８年４月１日から施行する。",
        ]
    )


def _one_line(text: str) -> str:
    """All line breaks lost, the indents read as single spaces, numbers set apart by spaces."""
    text = text.replace("\u3000", " ")
    for d in "０１２３４５６７８９":
        text = text.replace(d, f" {d} ")
    return " ".join(part.strip() for part in text.split("\n") if part.strip()).replace("  ", " ")


def _items(ordinance) -> list[tuple]:
    return [
        (a.num, p.num, [(i.num, i.title.strip(), i.text[:6]) for i in p.items])
        for a in ordinance.articles
        for p in a.paragraphs
    ]


@pytest.mark.parametrize("marks", [["⑴", "⑵", "⑶", "⑸"], ["(1)", "(2)", "(3)", "(5)"]])
def test_the_item_after_a_gap_opens_its_own_line(tmp_path, marks) -> None:
    clean = parse_text(_draft(marks))
    items = clean.articles[1].paragraphs[0].items
    assert [i.title.strip() for i in items] == marks
    damaged = _one_line(_draft(marks))
    assert "\n" not in damaged and f"とき。 {marks[3]} 前 ３ 号" in damaged
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _items(load_ordinance(path)) == _items(clean)


def test_a_number_two_ahead_inside_a_sentence_opens_nothing(tmp_path) -> None:
    """⑸ after ⑶ but not after the end of an item (cited inside a sentence) stays in it."""
    text = _draft(["⑴", "⑵", "⑶", "⑷"]).replace(
        "文書の写しが別に保存されているとき。", "文書の写しが別に保存され、(5) の手続を経たとき。")
    clean = parse_text(text)
    path = tmp_path / "extracted.txt"
    path.write_text(_one_line(text), encoding="utf-8")
    assert _items(load_ordinance(path)) == _items(clean)

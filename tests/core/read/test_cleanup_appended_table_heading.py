"""A 別表 heading after a full layout line is not joined to it in PDF text.

When the last row of 別表第１ fills its layout line to the margin, the unwrapping pass joined the
next line, 「別表第２（第３条関係）」, to it: the table vanished into the row above and every
citation of 別表第２ looked unresolved (ref.table). A 別表 heading opens a unit, as 附則 does. Its bracket 「（第２条関係）」 is no caption either: a
line break was put back before it when a numbered row followed.
"""

from __future__ import annotations

from ordreview.core.read.cleanup import clean_extracted

W = 24  # characters per layout line


def _wrap(text: str) -> str:
    out = []
    for line in text.split("\n"):
        while len(line) > W:
            out.append(line[:W])
            line = line[W:]
        out.append(line)
    return "\n".join(out)


ROW = "２　電磁的記録　用紙に出力したものの閲覧又は光ディスクに複写したものの交付"
DRAFT = "\n".join([
    "くぬぎ台町個人情報保護条例施行規則",
    "（趣旨）",
    "第１条　この規則は、くぬぎ台町個人情報保護条例の施行に関し必要な事項を定めるものとする。",
    "（開示の方法）",
    "第２条　保有個人情報の開示の実施の方法は、別表第１に定めるとおりとする。",
    "（費用）",
    "第３条　写しの交付に要する費用の額は、別表第２に定めるとおりとする。",
    "２　前項の費用は、写しの交付の際に納付しなければならない。ただし、町長が特に必要と認めるときは、この限りでない。",
    "附　則",
    "この規則は、令和５年４月１日から施行する。",
    "別表第１（第２条関係）",
    "１　文書又は図画　閲覧又は写しの交付",
    ROW + "ー" * (W - len(ROW) % W),  # the row fills its last layout line
    "別表第２（第３条関係）",
    "１　用紙に複写したもの　１枚につき１０円",
    "",
])


def test_the_heading_after_a_full_line_stays_on_its_own_line() -> None:
    copy = _wrap(DRAFT)
    assert copy.split("\n")[copy.split("\n").index("別表第２（第３条関係）") - 1].__len__() == W
    cleaned = clean_extracted(copy, force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert "別表第２（第３条関係）" in lines
    assert "別表第１（第２条関係）" in lines


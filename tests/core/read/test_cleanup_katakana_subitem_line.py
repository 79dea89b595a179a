"""A sub-item marked (ア) opens its line in PDF text even after a full layout line.

When the 号 above ends exactly at the margin (「…次のいずれかに該当するもの」), unwrapping joined the
line 「(ア) その利用者…」 to it, and the draft's (ア) was lost (num.item: 「(イ)」 first). A
parenthesised katakana opens a unit, as a parenthesised number does.
"""

from __future__ import annotations

from ordreview.core.read.cleanup import clean_extracted

W = 22
ITEM = "イ　個人に発行されるカードその他の書類に記載され、又は電磁的方式により記録された符号であって、次のいずれかに該当するもの"
CLEAN = [
    "ささなみ市個人情報保護条例",
    "（定義）",
    "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
    "(1)　個人識別符号　次のいずれかに該当する文字、番号、記号その他の符号のうち、規則で定めるものをいう。",
    "ア　特定の個人の身体の一部の特徴を電子計算機の用に供するために変換した文字、番号、記号その他の符号",
    ITEM + "ー" * (-len(ITEM) % W),  # the item fills its last layout line
    "(ア)　利用者ごとに異なるものとなるように割り当てられたもの",
    "(イ)　利用者ごとに異なるものとなるように記録されたもの",
    "(2)　本人　個人情報によって識別される特定の個人をいう。",
]


def _wrap(lines: list[str]) -> str:
    out = []
    for line in lines:
        line = line.replace("\u3000", " ")
        while len(line) > W:
            out.append(line[:W])
            line = line[W:]
        out.append(line)
    return "\n".join(out) + "\n"


def test_the_subitem_keeps_its_line() -> None:
    text = _wrap(CLEAN)
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("(ア)"))
    assert len(lines[at - 1]) == W
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    got = cleaned.text.split("\n")
    assert any(line.startswith("(ア)") for line in got)
    assert not any("もの(ア)" in line.replace("ー", "") for line in got)

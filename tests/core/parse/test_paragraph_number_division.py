"""A line that starts with a division's number (「2章第2節の改正規定は」, its 第 left at the end of
the line above) continues the paragraph: no paragraph starts with 章, 節, 款 or 編."""

from __future__ import annotations

from ordreview.core.parse import numbers, parse_text
from ordreview.core.read import read_bytes

TEXT = """ひばりだい町情報公開条例
（目的）
第1条　この条例は、公文書の公開に関し必要な事項を定めるものとする。
附　則
１　この条例は、令和２年４月１日から施行する。ただし、第
２章第２節の改正規定は、公布の日から施行する。
２　この条例の施行の日前にされた公開請求については、なお従前の例による。
"""


def test_a_division_number_is_no_paragraph_number() -> None:
    for division in "章節款編":
        assert numbers.paragraph_number(f"2{division}第1節の", 0) is None
    assert numbers.paragraph_number("2前項の", 0) == (2, 1)


def test_the_wrapped_division_number_continues_the_paragraph() -> None:
    for text in (TEXT, TEXT.replace("、", " ").replace("。", " ")):  # 、。 lost by an extractor too
        doc = read_bytes(text.encode("utf-8"), path="hibaridai.txt")
        suppl = parse_text(doc.text).suppl_provisions[0]
        paragraphs = suppl.paragraphs
        assert [p.num for p in paragraphs] == [1, 2]
        assert "第２章第２節の改正規定" in paragraphs[0].text.replace("\n", "")

"""号 lettered （ア）（イ）… at the left margin, in a text whose line breaks were all lost. The
cleaned text must open each （ア） item and the 項 that follows the last item (which ends
without 。) on lines of their own, so that 「前項」 in that 項 cites the first 項 as in the clean
text, and a bracketed letter cited in a sentence (「第2条第1項（ア）」) stays where it is."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.read.cleanup import clean_extracted

CLEAN = "\n".join(
    [
        "みずならの郷組合個人情報保護条例",
        "（趣旨）",
        "第１条　この条例は、個人情報の取扱いに関し必要な事項を定めるものとする。",
        "（記録簿）",
        "第２条　実施機関は、次に掲げる事項を記載した記録簿を備えなければならない。",
        "（ア）　記録の名称",
        "（イ）　記録の利用目的",
        "（ウ）　その他管理者が定める事項",
        "２　管理者は、前項の記録簿を一般の閲覧に供しなければならない。",
        "（公表）",
        "第３条　管理者は、前条第１項（ア）に掲げる事項を公表するものとする。",
        "　　　附　則",
        "この条例は、令和８年４月１日から施行する。",
    ]
)


def _one_line(text: str) -> str:
    """All line breaks lost, the indents read as single spaces, the page numbers kept."""
    text = text.replace("（公表）", "－１－\n（公表）") + "\n－２－"
    return " ".join(part.replace("\u3000", " ").strip() for part in text.split("\n"))


def _structure(ordinance) -> list[tuple]:
    return [(a.num, [(p.num, len(p.items)) for p in a.paragraphs]) for a in ordinance.articles]


def test_bracketed_items_and_the_next_paragraph_on_one_line(tmp_path) -> None:
    damaged = _one_line(CLEAN)
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert any(line.startswith("（イ）") for line in lines)
    assert any(line.startswith("２ 管理者は、前項") for line in lines)
    assert "前条第１項（ア）に掲げる" in cleaned.text  # the citation is not broken
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    expected = _structure(parse_text(CLEAN))
    assert expected[1] == ("2", [(1, 3), (2, 0)])
    assert _structure(load_ordinance(path)) == expected

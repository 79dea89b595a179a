"""An amending ordinance's 附則 heading printed with its two characters far apart: pdftotext
sets 「附」 on a line and 「則（令和…条例第…号）」 below it. The cleaned text must join them into
one heading, as it does for a bare 附則, so that the amending 附則 is not read as more 項 of
the original one (which the numbering check would report as a gap)."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.read.cleanup import clean_extracted

BODY = "実施機関は、個人情報を収集するときは、その目的を明らかにし、必要な範囲内で収集しなければならない。"

CLEAN = "\n".join(
    [
        "ゆりが丘町個人情報保護条例",
        "（趣旨）",
        "第1条　この条例は、個人情報の取扱いに関し必要な事項を定めるものとする。",
        "（収集の制限）",
        "第2条　" + BODY,
        "（委任）",
        "第3条　この条例の施行に関し必要な事項は、町長が定める。",
        "　　　附　則",
        "（施行期日）",
        "1　この条例は、平成20年4月1日から施行する。",
        "（経過措置）",
        "2　この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。",
        "　　　附　則（平成27年3月20日条例第4号）",
        "この条例は、平成27年4月1日から施行する。",
        "　　　附　則（令和4年12月16日条例第21号）",
        "（施行期日）",
        "1　この条例は、令和5年4月1日から施行する。",
        "（経過措置）",
        "2　この条例の施行前にされた請求については、なお従前の例による。",
    ]
)


def _extracted(text: str) -> str:
    """附 and 則 on lines of their own with blank lines between, indents gone, a page number."""
    text = text.replace("　　　附　則", "附\n\n則").replace("1　", "1 ").replace("2　", "2 ")
    return text.replace("（委任）", "－ 1 －\n\n（委任）") + "\n\n－ 2 －\n"


def _suppl(ordinance) -> list[tuple]:
    return [(s.amend_law_num, [p.num for p in s.paragraphs]) for s in ordinance.suppl_provisions]


def test_the_split_amending_heading_is_joined(tmp_path) -> None:
    damaged = _extracted(CLEAN)
    assert "附\n\n則（平成27年3月20日条例第4号）" in damaged
    cleaned = clean_extracted(damaged, force=True)
    assert cleaned is not None
    assert "附則（平成27年3月20日条例第4号）" in cleaned.text
    assert "附則（令和4年12月16日条例第21号）" in cleaned.text
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    expected = _suppl(parse_text(CLEAN))
    assert len(expected) == 3
    assert _suppl(load_ordinance(path)) == expected

"""A 例規集 copy of an ordinance amended since it was made: an amendment note under the amended
article (「（令7条例18・追加）」) and an amending ordinance's 付則 with its date and number
(「付　則（令和7年9月26日条例第18号）」). Read from PDF text on one line, the note goes back on a line
of its own and the 付則's first sentence below its heading; a printed line that ends inside the
付則's bracket, with only 「）」 on the next line, is joined. The parsed copy then has the clean
draft's articles, 付則 and penalty findings (the 懲役 of an article added after the 拘禁刑 reform)."""

from __future__ import annotations

from ordreview.core.choose import choose_profile
from ordreview.core.labels import place_label
from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.read import read_bytes
from ordreview.core.review import review_ordinance

CLEAN = "\n".join(
    [
        "さくらだ町個人情報の保護に関する法律施行条例",
        "（趣旨）",
        "第1条　この条例は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）の施行に関し"
        "必要な事項を定めるものとする。",
        "（審議会）",
        "第2条　個人情報の保護に関する重要事項について調査審議するため、さくらだ町個人情報保護審議会を置く。",
        "2　審議会は、実施機関の諮問に応じ、法の施行に関する重要事項について調査審議し、その結果を答申するほか、"
        "個人情報の保護に関する施策について実施機関に意見を述べることができる。",
        "3　委員は、職務上知り得た秘密を漏らしてはならない。その職を退いた後も、同様とする。",
        "（罰則）",
        "第3条　前条第3項の規定に違反して秘密を漏らした者は、1年以下の懲役又は50万円以下の罰金に処する。",
        "（令7条例18・追加）",
        "　　　付　則",
        "この条例は、令和5年4月1日から施行する。",
        "　　　付　則（令和7年9月26日条例第18号）",
        "この条例は、令和7年10月1日から施行する。",
    ]
)


def _one_line(text: str) -> str:
    return " ".join(line.strip("\u3000").replace("\u3000", " ") for line in text.split("\n"))


def _shape(ordinance) -> tuple:
    return ([(a.num, len(a.paragraphs)) for a in ordinance.articles], len(ordinance.suppl_provisions))


def _penalties(ordinance) -> list[str]:
    review = review_ordinance(ordinance, choose_profile(ordinance, "auto").profile)
    return [place_label(ordinance, f.location) for f in review.findings if f.rule == "act.penalty"]


def test_one_line_copy_keeps_the_note_and_the_amending_suppl(tmp_path) -> None:
    path = tmp_path / "extracted.txt"
    path.write_text(_one_line(CLEAN), encoding="utf-8")
    copy = load_ordinance(path)
    clean = parse_text(CLEAN)
    assert "\n（令7条例18・追加）\n" in copy.text
    assert "（令和7年9月26日条例第18号）\nこの条例は、令和7年10月1日" in copy.text
    assert _shape(copy) == _shape(clean)
    assert _penalties(copy) == _penalties(clean)


def test_closing_bracket_alone_on_a_line_is_joined() -> None:
    lines = CLEAN.replace("条例第18号）", "条例第18号\n）").split("\n")
    # a printed copy: the title atop each page, a footer, so that the text reads as PDF text
    text = "\f".join(["\n".join(lines[:8]) + "\n\n－1－\n", CLEAN.split("\n")[0] + "\n" + "\n".join(lines[8:]) + "\n\n－2－\n"])
    cleaned = read_bytes(text.encode("utf-8"), path="extracted.txt").text
    assert "付　則（令和7年9月26日条例第18号）" in cleaned

"""Drafts that set an article's caption right after its number, on the heading's line
(「第５条（住民の責務）　住民は…」), read from PDF text.

A hard-wrapped copy must not join such a heading to the full line above it, and a copy whose
line breaks were all lost must still open each article on its own line: the parsed copy has the
clean draft's articles, captions and paragraphs. A reference with a bracket after it
(「第５条（第２項を除く。）の規定」) stays inside its sentence."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text

CLEAN = "\n".join(
    [
        "ゆきわり町手数料条例",
        "第１条（趣旨）　この条例は、町が行う事務に係る手数料に関して必要な事項を定める。",
        "第２条（手数料の額）　手数料の額は、別に規則で定めるところによる。",
        "２　前項の規定にかかわらず、町長は、特別の理由があると認めるときは、手数料を減額することができる。",
        "第３条（徴収の時期）　手数料は、申請の際に徴収する。ただし、第２条（第２項を除く。）の規定により町長が別に定めるときは、この限りでない。",
        "第４条（町の機関の事務の委任に係る手数料の徴収に関する特例等）　第３条の規定による手数料は、町長が定める方法により納付することができる。",
        "第５条（手数料の還付）　既に徴収した手数料は、還付しない。ただし、町長は、申請者の責めに帰することができない理由により事務を行うことができなかったときその他規則で定めるときは、その全部又は一部を還付することができる。",
        "第６条（委任）　この条例の施行に関し必要な事項は、規則で定める。",
        "附　則",
        "この条例は、令和８年４月１日から施行する。",
    ]
)


def _wrapped(text: str, width: int = 20, per_page: int = 8) -> str:
    """Every line cut every ``width`` characters and a page footer (「－ n －」, a form feed) every
    ``per_page`` lines, as pdftotext gives a printed draft."""
    lines = []
    for line in text.split("\n"):
        lines.extend(line[i : i + width] for i in range(0, len(line), width))
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    return "\f".join("\n".join(page) + f"\n\n－ {n} －\n" for n, page in enumerate(pages, 1))


def _one_line(text: str) -> str:
    return " ".join(line.replace("\u3000", " ") for line in text.split("\n"))


def _shape(ordinance) -> list[tuple]:
    return [(a.num, a.caption, [(p.num, p.text[:8]) for p in a.paragraphs]) for a in ordinance.articles]


def _load(tmp_path, text: str):
    path = tmp_path / "extracted.txt"
    path.write_text(text, encoding="utf-8")
    return load_ordinance(path)


def test_clean_draft_reads_the_caption_after_the_number() -> None:
    clean = parse_text(CLEAN)
    assert [a.caption for a in clean.articles][:2] == ["趣旨", "手数料の額"]


def test_wrapped_copy_keeps_each_heading_on_its_own_line(tmp_path) -> None:
    damaged = _wrapped(CLEAN)
    # a full line ends right before 第２条 (the case where the line above is as wide as any)
    assert "事項を定める。\n第２条（手数料の額）" in damaged
    assert _shape(_load(tmp_path, damaged)) == _shape(parse_text(CLEAN))


def test_one_line_copy_opens_every_article(tmp_path) -> None:
    damaged = _one_line(CLEAN)
    assert "\n" not in damaged
    assert _shape(_load(tmp_path, damaged)) == _shape(parse_text(CLEAN))


def test_a_reference_with_a_bracket_is_no_heading(tmp_path) -> None:
    copy = _load(tmp_path, _one_line(CLEAN))
    third = copy.articles[2]
    assert "第２条（第２項を除く。）の規定" in third.paragraphs[0].text

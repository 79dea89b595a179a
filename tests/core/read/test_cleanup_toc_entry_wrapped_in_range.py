"""A 目次 entry whose range a printed page wrapped inside it — after the range's dash
(「…（第５条―」 / 「第９条）」) or between a kanji number and its 条 (「…（第十二条―第十八」 / 「条）」) —
is one entry again in the text read from the PDF, so the 目次 check compares the whole range
as on the clean draft (a seeded range mismatch is not lost)."""

from __future__ import annotations

from ordreview.core.read import read_bytes

_SUBJECTS = ("収集", "利用", "提供", "管理", "開示", "訂正", "利用停止", "審査", "委任", "公表")


def _body(n: str, subject: str) -> str:
    return (f"第{n}条　町の機関は、個人情報の{subject}に当たっては、その目的を明確にし、"
            f"必要な範囲内で{subject}を行うものとし、個人の権利利益を侵害することのないよう努めなければならない。")


def _pdf_text(toc: list[str], kanji: bool) -> str:
    """pdftotext-like text: the title atop each page, lines of 24 characters, a footer per page."""
    nums = "一二三四五六七八九十" if kanji else "１２３４５６７８９"
    lines = ["しいのき町個人情報保護条例", "目次", *toc, "附則"]
    for n, subject in zip(nums, _SUBJECTS):
        body = _body(n, subject)
        lines.extend(body[i : i + 24] for i in range(0, len(body), 24))
    pages = [lines[i : i + 12] for i in range(0, len(lines), 12)]
    return "\f".join(
        ("しいのき町個人情報保護条例\n\n" if k > 1 else "") + "\n".join(p) + f"\n\n－{k}－\n"
        for k, p in enumerate(pages, 1)
    )


def test_range_wrapped_after_its_dash() -> None:
    toc = ["第１章　総則（第１条―第３条）", "第２章　個人情報の取扱い（第４条―", "第８条）", "第３章　雑則（第９条）"]
    text = read_bytes(_pdf_text(toc, kanji=False).encode("utf-8"), path="extracted.txt").text
    assert "第２章　個人情報の取扱い（第４条―第８条）\n" in text.replace(" ", "\u3000")


def test_range_wrapped_inside_a_kanji_number() -> None:
    toc = ["第一章　総則（第一条―第三条）", "第二章　個人情報の取扱い（第四条―第七", "条）", "第三章　雑則（第八条―第十条）"]
    text = read_bytes(_pdf_text(toc, kanji=True).encode("utf-8"), path="extracted.txt").text
    assert "第二章　個人情報の取扱い（第四条―第七条）\n" in text.replace(" ", "\u3000")


def test_raw_dash_before_jo_still_put_back() -> None:
    # pdftotext -raw: the dash before the first article's 条, the 条 on the next line
    toc = ["第１章　総則（第１―", "条　第３条）", "第２章　実施機関における個人情報の取扱い（第４条―第８条）", "第３章　雑則（第９条）"]
    text = read_bytes(_pdf_text(toc, kanji=False).encode("utf-8"), path="extracted.txt").text
    assert "総則（第１条―第３条）" in text.replace(" ", "").replace("\u3000", "")

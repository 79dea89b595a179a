"""term.unused: a definition used through a statutory definition the draft adopts, a scoped 略称
used only outside its scope (one defect, reported once), and a parenthesis copied with the
statute's definition. Small drafts written here: 号-style definitions, kanji numbers."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, findings, rows

W = "warning"

ADOPTED = draft(
    "ひばり町個人情報保護条例",
    "（定義）",
    "第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。",
    "一　個人情報　{law}第二条第二項に規定する個人情報をいう。",
    "二　個人識別符号　{law2}第二条第三項に規定する個人識別符号をいう。",
    "（収集の制限）",
    "第三条　実施機関は、個人情報を収集するときは、適法かつ公正な手段により収集しなければならない。",
)
GYOKO = "行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号。以下「法」という。）"


@pytest.mark.parametrize(
    ("law", "law2", "expected"),
    [
        # the Act's 第2条第2項 uses 個人識別符号: adopting it uses the term defined next
        (GYOKO, "法", []),
        ("行政機関の保有する個人情報の保護に関する法律（平成十五年法律第五十八号）",
         "行政機関の保有する個人情報の保護に関する法律", []),
        # another statute's provision does not carry the Act's wording
        ("地方自治法（昭和二十二年法律第六十七号。以下「法」という。）", "法",
         [("term.unused", "O4", W, "個人識別符号")]),
    ],
)
def test_a_term_used_by_an_adopted_statutory_definition(law: str, law2: str, expected: list) -> None:
    assert rows("term.unused", ADOPTED.format(law=law, law2=law2)) == expected


SCOPED = draft(
    "（利用及び提供の制限）",
    "第五条　実施機関は、本人の同意があるときは、保有個人情報を本人以外の者に提供すること（以下この項において「外部提供」という。）ができる。",
    "（外部提供に係る措置）",
    "第六条　実施機関は、{use}をする場合には、提供を受ける者に対し、必要な制限を付するものとする。",
)


def test_a_scoped_abbreviation_used_only_outside_its_scope_is_one_finding() -> None:
    text = SCOPED.format(use="外部提供")
    assert rows("term.unused", text) == []
    assert rows("abbr.out_of_scope", text) == [("abbr.out_of_scope", "O3", W, "外部提供")]


def test_a_scoped_abbreviation_never_used_is_unused() -> None:
    assert rows("term.unused", SCOPED.format(use="提供")) == [("term.unused", "O4", W, "外部提供")]


COPIED = draft(
    "（定義）",
    "第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。",
    "一　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の{word}（文書、図画若しくは"
    "電磁的記録に記載され、又は音声、動作その他の方法を用いて表された一切の事項をいう。以下同じ。）により特定の個人を"
    "識別することができるものをいう。",
    "二　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴又は犯罪により害を被った事実が含まれる個人情報をいう。",
    "（収集の制限）",
    "第三条　実施機関は、要配慮個人情報を収集してはならない。",
)


def test_a_parenthesis_copied_with_the_statutory_definition_is_a_note() -> None:
    (finding,) = findings("term.unused", COPIED.format(word="記述等"))
    assert (finding.severity, finding.anchor_text) == ("info", "記述等")


def test_an_own_parenthesis_never_used_stays_a_warning() -> None:
    assert rows("term.unused", COPIED.format(word="記載事項")) == [("term.unused", "O4", W, "記載事項")]


BORROWED = draft(
    "（定義）",
    "第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。",
    "一　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関が保有しているものをいう。"
    "ただし、{word}（{source}に規定する{word}をいう。以下同じ。）に記録されているものに限る。",
    "（収集の制限）",
    "第三条　実施機関は、保有個人情報を適正に管理しなければならない。",
)
JOHO = "ひばり町情報公開条例（平成十二年ひばり町条例第三号）第二条第二項"


def test_the_counterpart_of_a_statute_word_borrowed_inside_a_definition_is_a_note() -> None:
    # 公文書 stands where the statute's 保有個人情報 says 行政文書 (borrowed there the same way)
    (finding,) = findings("term.unused", BORROWED.format(word="公文書", source=JOHO))
    assert (finding.severity, finding.anchor_text) == ("info", "公文書")


def test_an_own_word_borrowed_inside_a_definition_and_never_used_stays_a_warning() -> None:
    # no statute word stands behind 記録文書: an idle definition of the draft's own
    assert rows("term.unused", BORROWED.format(word="記録文書", source=JOHO)) == [
        ("term.unused", "O4", W, "記録文書")]

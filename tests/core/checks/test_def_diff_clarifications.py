"""def.diff: wording that restates the statute's meaning is no difference (fictional drafts)."""

from __future__ import annotations

from tests.core.checks.integrity_support import rows

KOJIN = (
    "さざなみ市個人情報保護条例\n"
    "（定義）\n"
    "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
    "(1)　個人情報　生存する個人に関する情報{paren}であって、次のいずれかに該当するものをいう。\n"
    "ア　当該情報に含まれる氏名、生年月日その他の記述等（文書、図画若しくは電磁的記録（電磁的方式（電子的方式、"
    "磁気的方式その他人の知覚によっては認識することができない方式をいう。）で作られる記録をいう。以下同じ。）に記載され、"
    "若しくは記録され、又は音声、動作その他の方法を用いて表された一切の事項（個人識別符号を除く。）をいう。以下同じ。）"
    "により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することが"
    "できることとなるものを含む。）\n"
    "イ　個人識別符号が含まれるもの\n"
    "(2)　個人識別符号　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第3項に規定する個人識別符号をいう。\n"
)


def _a1(paren: str) -> list:
    return [r for r in rows("def.diff", KOJIN.format(paren=paren)) if r[1] == "A1"]


def test_the_statute_words_give_no_difference() -> None:
    assert _a1("") == []


def test_the_living_person_clarification_is_no_difference() -> None:
    assert _a1("（死者に関する情報であって、生存する個人に関する情報でもあるものを含む。）") == []


def test_a_real_widening_stays_a_difference() -> None:
    assert [r[:3] for r in _a1("（死者に関する情報を含む。）")] == [("def.diff", "A1", "warning")]


YOHAIRYO = (
    "みなせ県個人情報保護条例\n"
    "（定義）\n"
    "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
    "(1)　個人識別符号　個人情報の保護に関する法律（平成15年法律第57号。以下「{short}」という。）第2条第2項に規定する個人識別符号をいう。\n"
    "(2)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する"
    "不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして{order}で定める記述等が含まれる個人情報をいう。\n"
)


def _b1(short: str, order: str) -> list:
    return [r[:3] for r in rows("def.diff", YOHAIRYO.format(short=short, order=order)) if r[1] == "B1"]


def test_the_cabinet_order_named_through_a_short_name_of_the_act() -> None:
    assert _b1("個人情報保護法", "個人情報保護法第2条第3項の政令") == []
    assert _b1("法", "法第2条第3項の政令") == []
    # 「…第2条第3項に規定する政令で定める」: the same order named through the paragraph that provides for it
    assert _b1("法", "法第2条第3項に規定する政令") == []
    assert _b1("個人情報保護法", "個人情報保護法第2条第3項に規定する政令") == []
    # an order of the draft's own body is a difference
    assert _b1("個人情報保護法", "知事が告示") == [("def.diff", "B1", "warning")]


ELECTRONIC = "電磁的記録（電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することができない方式をいう。）で作られる記録をいう。以下同じ。）"


def test_leaving_out_the_statutes_definition_of_a_word_it_uses_is_no_difference() -> None:
    # 電磁的記録 without the parenthesis that defines it: the 個人情報 it helps define is the same;
    # the word being defined nowhere in the draft, the comparison is shown as a note only
    text = KOJIN.format(paren="").replace(ELECTRONIC, "電磁的記録")
    assert [r[:3] for r in rows("def.diff", text) if r[1] == "A1"] == [("def.diff", "A1", "info")]
    # defined in the draft (here in its own item), no finding at all
    defined = text + "(3)　電磁的記録　電子的方式、磁気的方式その他人の知覚によっては認識することができない方式で作られる記録をいう。\n"
    assert [r for r in rows("def.diff", defined) if r[1] == "A1"] == []


def test_a_continuative_with_a_comma_for_the_statutes_te_form_is_no_difference() -> None:
    from ordreview.core.checks.definitions import _no_change_in_meaning
    from ordreview.core.diff import diff_chunks
    from ordreview.core.model import Comparison

    statute = "区分に応じて当該各号に定める措置を講じて"

    def chunk(draft: str):
        chunks = diff_chunks(draft, statute)
        comp = Comparison("", "", draft, statute, "", chunks, None)
        return [_no_change_in_meaning(comp, c) for c in chunks if c.tag != "equal"]

    assert chunk("区分に応じ、当該各号に定める措置を講じて") == [True]
    # another word in its place is a difference
    assert chunk("区分に応じ又は当該各号に定める措置を講じて") == [False]


def test_other_words_for_the_alternatives_and_the_older_collation_clause() -> None:
    text = KOJIN.format(paren="")
    for old, new in (("次のいずれかに該当するもの", "次のいずれかに当たるもの"),
                     ("他の情報と照合することができ、それにより特定の", "他の情報と照合することにより特定の")):
        assert old in text
        assert [r for r in rows("def.diff", text.replace(old, new)) if r[1] == "A1"] == [], new
    # a real change of the clause is still shown
    narrowed = text.replace("他の情報と照合することができ、それにより特定の", "他の情報と容易に照合することができ、それにより特定の")
    assert [r[:3] for r in rows("def.diff", narrowed) if r[1] == "A1"] == [("def.diff", "A1", "warning")]

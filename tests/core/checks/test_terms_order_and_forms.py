"""Defined terms used in an unusual place: only before the definition (the order is the finding,
not an unused definition)."""

from __future__ import annotations

from tests.core.checks.integrity_support import draft, rows

W = "warning"

EARLY = draft(
    "（目的）",
    "第1条　この条例は、保有個人情報の適正な取扱いを定める。",
    "（提供）",
    "第2条　実施機関は、{early}",
    "（報告）",
    "第3条　管理者は、毎年度、広域連合を組織する町村（以下「関係町村」という。）の長に報告する。{late}",
)


def test_a_term_used_only_before_its_definition_is_not_unused() -> None:
    text = EARLY.format(early="関係町村に保有個人情報を提供することができる。", late="")
    assert rows("term.unused", text) == []
    assert ("abbr.before_definition", "O3", W, "関係町村") in rows("abbr.before_definition", text)


def test_a_term_used_nowhere_is_still_unused() -> None:
    text = EARLY.format(early="保有個人情報を提供することができる。", late="")
    assert rows("term.unused", text) == [("term.unused", "O4", W, "関係町村")]


DELETED = draft(
    "（目的）",
    "第1条　この条例は、市非識別加工情報の提供について定める。",
    "（作成及び提供等）",
    "第2条　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために{deleted}を自ら利用し、又は提供してはならない。",
)


def test_a_term_explained_in_its_own_parenthesis_is_defined() -> None:
    own = "削除情報（市非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。）"
    assert "削除情報" not in _undefined(DELETED.format(deleted=own))
    scoped = "削除情報（保有個人情報から削除した記述等（氏名を含む。）をいう。以下この条において同じ。）"
    assert "削除情報" not in _undefined(DELETED.format(deleted=scoped))


def test_a_parenthesis_that_does_not_say_the_meaning_defines_nothing() -> None:
    other = "削除情報（前条の規定により作成したものに限る。）"
    assert "削除情報" in _undefined(DELETED.format(deleted=other))


def _undefined(text: str) -> list[str]:
    return [anchor for _, _, _, anchor in rows("term.undefined", text)]


HOLDING = draft(
    "（定義）",
    "第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
    "(1)　実施機関　村長及び教育委員会をいう。",
    "(2)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関が保有しているもの"
    "をいう。ただし、{record}に記録されているものに限る。",
)


def test_kobunsho_must_be_defined_or_cited() -> None:
    assert "公文書" in _undefined(HOLDING.format(record="公文書"))


def test_kobunsho_cited_from_the_disclosure_ordinance_is_defined() -> None:
    cited = "ひばり村情報公開条例（平成12年ひばり村条例第3号）第2条第2項に規定する公文書"
    assert "公文書" not in _undefined(HOLDING.format(record=cited))
    own = "公文書（ひばり村情報公開条例第2条第2項に規定する公文書をいう。）"
    assert "公文書" not in _undefined(HOLDING.format(record=own))


def test_importing_the_acts_vocabulary_does_not_define_kobunsho() -> None:
    text = HOLDING.format(record="公文書") + "\n2　この条例において使用する用語は、法において使用する用語の例による。"
    assert "公文書" in _undefined(text)


STANDARD = draft(
    "（作成）",
    "第1条　実施機関は、規則で定める基準{coined}に従い、保有個人情報を加工しなければならない。",
    "（審査）",
    "第2条　実施機関は、提案に係る加工の方法が加工基準に適合するかどうかを審査する。",
)


def test_kako_kijun_used_without_being_coined() -> None:
    assert "加工基準" in _undefined(STANDARD.format(coined=""))
    assert "加工基準" not in _undefined(STANDARD.format(coined="（以下「加工基準」という。）"))


SCOPED = draft(
    "（開示請求権）",
    "第1条　何人も、保有個人情報の開示の請求（以下「開示請求」という。）をすることができる。",
    "（開示請求の手続）",
    "第2条　開示請求をしようとする者（以下この条において「{label}」という。）は、請求書を提出しなければならない。",
    "（開示義務）",
    "第3条　実施機関は、{label}に対し、保有個人情報を開示しなければならない。",
)


def test_a_person_label_built_on_a_defined_term_is_bound_by_its_scope() -> None:
    assert rows("abbr.out_of_scope", SCOPED.format(label="開示請求者")) == [
        ("abbr.out_of_scope", "O3", W, "開示請求者")]


def test_a_general_word_keeps_its_plain_sense_outside_the_scope() -> None:
    assert rows("abbr.out_of_scope", SCOPED.format(label="請求者")) == []

"""Two ordinary ways of writing that are not defects.

- A 個人情報 definition that points at the statute's items (「生存する個人に関する情報であって、法第2条
  第2項各号のいずれかに該当するものをいう。」) adopts both branches of the statute's definition: no
  branch is missing, its collation standard is the statute's, and 個人識別符号 (which those items
  use) is used through it.
- A term of art named only to say the ordinance does not set the scheme up (「当分の間、非識別加工
  情報の提供の制度を設けない。」) needs no definition; a real use of it still does.
"""

from __future__ import annotations

from tests.core.checks.integrity_support import draft, rows

_HEAD = (
    "山背村個人情報保護条例",
    "（定義）",
    "第1条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。",
    "一　実施機関　村長及び教育委員会をいう。",
)
_ITEMS = "二　個人情報　生存する個人に関する情報であって、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第2項各号のいずれかに該当するものをいう。"
_OWN = "二　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるものをいう。"
_TAIL = (
    "三　個人識別符号　法第2条第3項に規定する個人識別符号をいう。",
    "（収集の制限）",
    "第2条　実施機関は、個人情報を収集するときは、本人から収集しなければならない。",
)


def _text(definition: str) -> str:
    return draft(*_HEAD, definition, *_TAIL)


def test_pointing_at_the_statutes_items_leaves_no_collation_finding() -> None:
    assert rows("def.collation", _text(_ITEMS)) == []


def test_the_drafts_own_wording_without_collation_is_still_reported() -> None:
    assert [r[:3] for r in rows("def.collation", _text(_OWN))] == [("def.collation", "A4", "warning")]


def test_the_identifier_used_by_the_adopted_items_is_not_unused() -> None:
    unused = [anchor for _, _, _, anchor in rows("term.unused", _text(_ITEMS))]
    assert not any("個人識別符号" in a for a in unused)


def test_the_identifier_is_unused_when_the_definition_is_the_drafts_own() -> None:
    unused = [anchor for _, _, _, anchor in rows("term.unused", _text(_OWN))]
    assert any("個人識別符号" in a for a in unused)


_DECLINED = draft(
    "山背村個人情報保護条例",
    "（定義）",
    "第1条　この条例において「実施機関」とは、村長及び教育委員会をいう。",
    "（非識別加工情報）",
    "第2条　村は、その保有する個人情報ファイルの規模に鑑み、当分の間、非識別加工情報の提供の制度を設けない。",
)


def _undefined(text: str) -> list[str]:
    return [anchor for _, req, _, anchor in rows("term.undefined", text) if req in ("O4", "C20")]  # (C20: a leftover)


def test_naming_the_scheme_to_decline_it_needs_no_definition() -> None:
    assert "非識別加工情報" not in _undefined(_DECLINED)


def test_another_term_used_in_the_same_sentence_still_needs_one() -> None:
    assert "個人情報ファイル" in _undefined(_DECLINED)


def test_a_real_use_of_the_term_is_still_undefined() -> None:
    used = _DECLINED + "\n" + draft(
        "（提供）",
        "第3条　実施機関は、非識別加工情報を提供することができる。",
    )
    assert "非識別加工情報" in _undefined(used)


# A collective label defined for the paragraph before only (「前項において「法令等」とは、…をいう。」)
_EARLIER = (
    "山背村個人情報保護条例",
    "（収集の制限）",
    "第1条　実施機関は、個人情報を収集するときは、本人から収集しなければならない。ただし、{first}に定めがあるときは、この限りでない。",
    "（利用及び提供の制限）",
    "第2条　実施機関は、法令等に定めがあるときを除き、目的外の利用をしてはならない。",
    "2　前項において「法令等」とは、法律、法律に基づく命令、条例及び規則をいう。",
)


def _outside(first: str) -> list[str]:
    text = draft(*_EARLIER).replace("{first}", first)
    return [anchor for _, req, _, anchor in rows("term.undefined", text) if req == "O4" and anchor == "法令等"]


def test_a_label_defined_for_the_paragraph_before_is_undefined_elsewhere() -> None:
    assert _outside("法令等") == ["法令等"]


def test_its_use_in_the_paragraph_it_serves_is_no_finding() -> None:
    assert _outside("法律") == []


def test_an_ordinance_wide_definition_reaches_every_use() -> None:
    text = draft(*_EARLIER).replace("{first}", "法令等").replace("2　前項において「法令等」とは", "2　この条例において「法令等」とは")
    assert [a for _, req, _, a in rows("term.undefined", text) if req == "O4" and a == "法令等"] == []

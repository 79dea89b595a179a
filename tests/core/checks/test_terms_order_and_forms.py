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

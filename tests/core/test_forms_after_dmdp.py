"""Forms met in the held-out sets after dm–dp (2026-12-07), each on a fictional draft of the earlier
tests: the body's own 町非識別加工情報 defined with the processing written into it and no definition of
the bare 非識別加工情報, and a draft that knows no 個人識別符号 at all."""

from __future__ import annotations

from tests.core.test_c18_law_reach_forms import _missing, _status, draft

_SHORT = "保有個人情報を加工して得られる個人に関する情報であって、特定の個人を識別することができず、かつ、当該個人情報を復元することができないようにしたもの"
_SPELLED_OUT = ("保有個人情報に含まれる記述等の一部を削除すること（当該一部の記述等を復元することのできる規則性を有しない方法により他の"
                "記述等に置き換えることを含む。）により、特定の個人を識別することができず、かつ、当該保有個人情報を復元することができない"
                "ように加工して得られる個人に関する情報")


def test_the_bodys_own_processed_information_defined_with_the_processing_is_the_definition() -> None:
    # 「「町非識別加工情報」とは、保有個人情報に含まれる記述等の一部を削除すること（…）により、特定の個人を識別すること
    # ができず、かつ、…復元することができないように加工して得られる個人に関する情報…をいう。」 with no 「非識別加工情報」
    # of its own: the draft defines 非識別加工情報 through its own name (C1 not missing)
    before = draft()
    assert _SHORT in before and "「非識別加工情報」" not in before
    assert _status(before, "C1") == "missing"  # no processing stated: nothing defines it
    text = before.replace(_SHORT, _SPELLED_OUT)
    assert _status(text, "C1") == "covered"


def test_the_deletion_of_identification_codes_is_moot_in_a_draft_without_them() -> None:
    # a draft that never names 個人識別符号 has no codes to delete: the 個人情報 definition's missing branch is
    # the defect (A1/A2), not C1's second category
    text = draft().replace(_SHORT, _SPELLED_OUT)
    assert "個人識別符号" not in text
    assert "deletion of all identification codes" not in _missing(text, "C1")
    # once the draft names the codes, their deletion is asked for again
    named = text.replace("記述等の一部を削除すること", "記述等の一部を削除し、又は個人識別符号を記録すること", 1)
    assert "個人識別符号" in named
    assert "deletion of all identification codes" in _missing(named, "C1")


def test_the_limits_exception_naming_the_mechanisms_articles_by_range() -> None:
    # 「法令等の規定に基づくとき及び第5条から第7条までの規定によるときを除き、…利用し、又は提供してはならない。」: the
    # mechanism's articles named by their range in the exception are the relation to the limits (C18), as a
    # chapter named there is
    assert _status(draft(exception="法令に基づく場合"), "C18") != "covered"
    assert _status(draft(exception="法令に基づく場合及び第5条から第7条までの規定による場合"), "C18") == "covered"
    assert _status(draft(exception="法令に基づくとき及び第3章の規定によるとき"), "C18") == "covered"

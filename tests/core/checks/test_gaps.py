"""Gap, attention and regime rules on hand-written drafts: exact findings, positive and negative."""

from __future__ import annotations

import pytest

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.gaps import check_attention, check_gaps, check_regime
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.test_review_drafts import CODE, MINI


def _ctx(text: str) -> CheckContext:
    return CheckContext(ordinance=parse_text(text), profile=load_profile())


def _found(rule, text: str) -> list[tuple[str | None, str, str, str]]:
    return [(f.requirement, f.severity, f.code, f.anchor_text) for f in rule(_ctx(text))]


def test_complete_draft_without_c_reports_only_c0() -> None:
    assert _found(check_gaps, MINI) == [
        ("C0", "warning", "check.gap.c_absent", "さくら町個人情報保護条例"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (f"2　{CODE}\n", "", ("A2", "error", "check.gap.code_undefined", "個人識別符号が含まれる")),
        ("　(2)　要配慮個人情報が含まれるときは、その旨\n", "", ("B3", "error", "check.gap.register_notation", "（個人情報取扱事務の登録等）")),
        ("（個人識別符号を除く。）", "", ("A3", "warning", "check.gap.partial", "記述等（文書、図画若しくは電磁的記録")),
        ("「保有個人情報」とは", "「保有情報」とは", ("A7", "warning", "check.gap.missing", "（定義）")),
        ("「本人」とは", "「当人」とは", ("A9", "info", "check.gap.missing", "（定義）")),
        ("実施機関は、要配慮個人情報を収集してはならない", "実施機関は、思想、信条及び信教に関する個人情報を収集してはならない", ("B4", "warning", "check.gap.legacy_list", "思想、信条及び信教")),
        ("第5条　この条例の施行", "第5条　センシティブ情報の取扱い及びこの条例の施行", ("B6", "warning", "check.gap.forbidden", "センシティブ情報")),
    ],
)
def test_one_defect_one_gap(old: str, new: str, expected: tuple[str, str, str, str]) -> None:
    assert old in MINI
    found = [f for f in _found(check_gaps, MINI.replace(old, new)) if f[0] != "C0"]
    assert found == [expected]


def test_partial_message_names_the_missing_element() -> None:
    [f] = [f for f in check_gaps(_ctx(MINI.replace("（個人識別符号を除く。）", ""))) if f.requirement == "A3"]
    assert f.message_ja == "「記述等の定義と個人識別符号の除外」の規定に個人識別符号の除外（個人識別符号を除く。）の定めがない。これを加えられたい。"
    assert f.message_en == "The provision for “Branch (i) defines 記述等 and excludes 個人識別符号” lacks: exclusion of 個人識別符号 from 記述等"
    assert f.statute == "行政機関個人情報保護法 第2条第2項第1号"
    assert f.suggestion.startswith("当該情報に含まれる氏名、生年月日その他の記述等")
    assert "個人情報の定義の明確化" in f.policy


C_DRAFT = MINI.replace(
    "（委任）\n第5条",
    "　　　第2章の2　非識別加工情報の提供\n"
    "（非識別加工情報の定義）\n"
    "第6条　この条例において「非識別加工情報」とは、次の各号に掲げる個人情報の区分に応じて当該各号に定める措置を講じて"
    "特定の個人を識別することができないように個人情報を加工して得られる個人に関する情報であって、当該個人情報を復元する"
    "ことができないようにしたものをいう。\n"
    "（手数料）\n"
    "第7条　非識別加工情報の利用に関する契約を締結する者は、実費を勘案して規則で定める額の手数料を納めなければならない。\n"
    "（委任）\n第8条",
)


def test_c_present_escalates_and_anchors_in_the_chapter() -> None:
    found = {f.requirement: (f.severity, f.anchor_text) for f in check_gaps(_ctx(C_DRAFT))}
    assert "C0" not in found and "C20" not in found
    assert found["C14"] == ("error", "手数料")
    # C16's neighbours (法第44条の14, 第44条の16) are absent too: the chapter heading
    assert found["C16"] == ("error", "第2章の2　非識別加工情報の提供")
    # verify cap: never an error; shown before the 手数料 article (法第44条の13), which follows 法第44条の12
    assert found["C13"] == ("warning", "（手数料）")
    assert found["C1"][0] == "error"
    assert found["C19"][0] == "info"


def test_a7_and_a8_escalate_to_error_with_c() -> None:
    text = C_DRAFT.replace("「保有個人情報」とは", "「保有情報」とは")
    found = {f.requirement: f.severity for f in check_gaps(_ctx(text))}
    assert found["A7"] == "error"
    assert {f.requirement: f.severity for f in check_gaps(_ctx(MINI.replace("「保有個人情報」とは", "「保有情報」とは")))}["A7"] == "warning"


def test_dangling_reference_without_mechanism() -> None:
    text = MINI.replace("（委任）", "（非識別に関する注記）\n第6条　非識別加工情報の取扱いに関し必要な事項は、規則で定める。\n（委任）")
    found = [f for f in _found(check_gaps, text) if f[0] == "C20"]
    assert found == [("C20", "info", "check.gap.c_dangling", "非識別")]
    # a sentence recording that the mechanism is not introduced is the decision C0 asks for, no leftover
    text = MINI.replace("（委任）", "（非識別に関する注記）\n第6条　非識別加工情報は作成しない。\n（委任）")
    found = [f for f in _found(check_gaps, text) if f[0] in ("C0", "C20")]
    assert found == [("C0", "info", "check.gap.c_declined", "非識別加工情報は作成しない。")]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("生存する個人に関する情報であって、", "生存する個人に関する情報（事業を営む個人の当該事業に関する情報を除く。）であって、",
         [("A6", "info", "check.attention", "事業を営む個人の当該事業に関する情報")]),
        ("規則で定める記述等", "規則で定める記述等その他実施機関が別に定める記述等", [("B5", "info", "check.attention", "その他実施機関が別に定める")]),
        ("", "", []),
    ],
)
def test_attention_items(old: str, new: str, expected: list) -> None:
    text = MINI.replace(old, new) if old else MINI
    assert _found(check_attention, text) == expected


def test_regime_warning_and_silence_of_the_other_rules() -> None:
    text = MINI.replace("第5条　この条例の施行", "第5条　条例要配慮個人情報の取扱い及び法施行条例の施行")
    assert _found(check_regime, text) == [("O15", "warning", "check.regime", "条例要配慮個人情報")]
    assert _found(check_gaps, text) == []
    assert _found(check_regime, MINI) == []


def test_gaps_that_build_on_a_missing_requirement_are_not_repeated() -> None:
    from tests.core.test_review_drafts import YOHAIRYO

    text = MINI.replace(f"3　{YOHAIRYO}\n", "")
    found = [(f[0], f[1], f[2]) for f in _found(check_gaps, text) if f[0] != "C0"]
    assert found == [("B1", "error", "check.gap.missing")]  # not B2/B6, which build on B1
    assert load_profile().requirement("B6").requires == ("B1",)


@pytest.mark.parametrize(
    "reference",
    [
        "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第3項に規定する個人識別符号",
        "個人情報の保護に関する法律（平成15年法律第57号）第2条第2項に規定する個人識別符号",
    ],
)
def test_identification_code_defined_by_reference_is_no_gap(reference: str) -> None:
    text = MINI.replace(CODE, f"この条例において「個人識別符号」とは、{reference}をいう。")
    assert [f for f in _found(check_gaps, text) if f[0] in ("A1", "A2")] == []

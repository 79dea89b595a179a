"""Post-2023 法施行条例 told by their real titles and 附則, and 規則 told from 条例."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.instrument import detect_rule, repeal_signal, title_is_rule
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

INTAKE = FIXTURES / "intake"


def _review(text: str):
    return review_ordinance(parse_text(text), load_profile())


def test_a_slim_implementing_ordinance_gets_the_o15_notice_and_no_gap_errors() -> None:
    # no 条例要配慮個人情報, no 法第60条: the title, 用語の例による, 法第89条第2項 and the repeal tell it
    review = _review((INTAKE / "sazanka-sekou.txt").read_text(encoding="utf-8"))
    rules = [f.rule for f in review.findings]
    assert rules.count("regime") == 1
    assert "gap" not in rules
    assert not [f for f in review.findings if f.severity == "error"]
    regime = next(f for f in review.findings if f.rule == "regime")
    assert "保護に関する法律施行条例" in regime.message_ja


def test_the_shikou_tou_title_is_recognised() -> None:
    review = _review((INTAKE / "hiiragi-sekoutou.txt").read_text(encoding="utf-8"))
    assert [f.requirement for f in review.findings if f.rule == "regime"] == ["O15"]
    assert "gap" not in [f.rule for f in review.findings]


def test_a_reiwa_repeal_of_the_former_ordinance_is_a_post_2023_sign() -> None:
    text = (
        "ゆり市個人情報保護条例の廃止等に関する条例\n令和5年3月1日条例第2号\n"
        "第1条　この条例は、個人情報の保護に関する法律の施行に関し必要な事項を定めるものとする。\n"
        "附　則\n1　この条例は、令和5年4月1日から施行する。\n"
        "2　ゆり市個人情報保護条例（平成12年ゆり市条例第5号）は、廃止する。\n"
    )
    o = parse_text(text)
    weight, spans = repeal_signal(o)
    assert weight == 1.0 and spans[0].slice(text).startswith("個人情報保護条例（平成12年")
    assert align(o, load_profile()).regime_mismatch


def test_a_heisei_repeal_in_a_2016_style_ordinance_is_not_the_new_regime() -> None:
    base = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    text = base + "\n3　みなと市個人情報保護条例（平成元年みなと市条例第1号）は、廃止する。\n"
    o = parse_text(text)
    assert repeal_signal(o)[0] == 0.5
    assert not align(o, load_profile()).regime_mismatch


def test_a_rule_is_told_by_title_and_gets_one_notice_instead_of_gaps() -> None:
    text = (INTAKE / "sazanka-kisoku.txt").read_text(encoding="utf-8")
    o = parse_text(text)
    signs = detect_rule(o)
    assert signs.is_rule and signs.title is not None and signs.number is not None
    assert signs.self_reference is not None
    review = review_ordinance(o, load_profile())
    assert [f.rule for f in review.findings if f.severity != "info"] == ["instrument.rule"]
    note = review.findings[0]
    assert note.rule == "instrument.rule" and note.location.span == o.title_span
    assert "A 個人情報の定義の明確化" in note.message_ja and "36項目" in note.message_ja
    al = align(o, load_profile())
    assert al.coverage["A1"].status == "not_applicable" and al.coverage["A1"].reason == "rule"
    assert al.coverage["O2"].reason != "rule"


def test_references_to_the_parent_ordinance_are_external_in_a_rule() -> None:
    o = parse_text((INTAKE / "sazanka-kisoku.txt").read_text(encoding="utf-8"))
    cited = [r for r in o.references if r.text.startswith("第15条")]
    assert cited and all(r.kind == "external" for r in cited)
    assert not [r for r in o.references if r.text == "第1号"]  # 様式第1号 is a form


def test_a_rule_without_its_title_is_told_by_its_number_and_self_reference() -> None:
    text = "（趣旨）\n規則第3号\n第1条　この規則は、条例の施行に関し必要な事項を定めるものとする。\n"
    o = parse_text("はなみずき町個人情報保護条例の施行について\n" + text)
    assert detect_rule(o).is_rule


def test_an_ordinance_is_not_a_rule() -> None:
    for name in ("model-complete.txt", "post-2023.txt", "old-style.txt"):
        o = parse_text((FIXTURES / name).read_text(encoding="utf-8"))
        assert not detect_rule(o).is_rule, name
    assert title_is_rule("みなと市個人情報保護条例施行規則")
    assert title_is_rule("みなと市個人情報保護条例施行規則（案）")
    assert not title_is_rule("みなと市個人情報保護条例")


def test_the_regime_notice_names_the_whole_title() -> None:
    text = (INTAKE / "sazanka-sekou.txt").read_text(encoding="utf-8")
    review = _review(text)
    regime = next(f for f in review.findings if f.rule == "regime")
    assert "（さざんか町個人情報の保護に関する法律施行条例、" in regime.message_ja


def test_a_whole_revision_enacted_in_reiwa_is_a_post_2023_sign() -> None:
    text = (
        "あやめ広域連合個人情報保護条例\n令和5年2月2日条例第1号\n"
        "あやめ広域連合個人情報保護条例（平成15年あやめ広域連合条例第2号）の全部を改正する。\n"
        "（趣旨）\n第1条　この条例は、個人情報の保護に関する法律の施行に関し必要な事項を定めるものとする。\n"
        "（手数料）\n第2条　法第89条第2項の手数料の額は、無料とする。\n"
    )
    o = parse_text(text)
    weight, spans = repeal_signal(o)
    assert weight == 1.0 and "全部を改正する" in spans[0].slice(text)
    assert align(o, load_profile()).regime_mismatch

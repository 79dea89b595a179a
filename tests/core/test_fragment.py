"""Fragments: one notice where the text stops, nothing reported past the cut."""

from __future__ import annotations

from ordreview.core.fragment import detect_truncation
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

MODEL = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
NATIONAL = (FIXTURES / "model-national-style.txt").read_text(encoding="utf-8")


def _cut(text: str, marker: str, extra: int) -> str:
    return text[: text.index(marker) + extra]


def test_the_opening_cut_mid_article_gets_one_notice_and_no_toc_or_gap_errors() -> None:
    text = _cut(MODEL, "8　この条例において「非識別加工情報」", 40)
    o = parse_text(text)
    notes = [n for n in o.notices if n.code == "parse.truncated"]
    assert len(notes) == 1 and "第2条の途中で終わって" in notes[0].message_ja
    review = review_ordinance(o, load_profile())
    rules = [f.rule for f in review.findings]
    assert rules.count("fragment") == 1
    for silenced in ("toc.mismatch", "gap", "term.unused", "suppl.entry_into_force", "ref.unresolved"):
        assert silenced not in rules, silenced
    assert not [f for f in review.findings if f.severity == "error"]
    assert all(c.status != "missing" for c in review.coverage)
    assert any(c.reason == "fragment" for c in review.coverage)


def test_a_quoted_extract_ending_with_a_full_stop_is_told_by_its_references_past_the_end() -> None:
    start = NATIONAL.index("（定義）")
    end = NATIONAL.index("（実施機関の責務）")
    text = "さくら町個人情報保護条例（抄）\n" + NATIONAL[start:end].rstrip() + "\n"
    o = parse_text(text)
    cut = detect_truncation(o)
    assert cut is not None and cut.last.num == "2" and not cut.mid_sentence
    assert "references" in cut.signs
    review = review_ordinance(o, load_profile())
    assert [f.rule for f in review.findings].count("fragment") == 1
    assert "ref.unresolved" not in [f.rule for f in review.findings]


def test_a_whole_draft_that_only_lacks_its_suppl_provisions_is_no_fragment() -> None:
    text = MODEL[: MODEL.index("附　則")].rstrip() + "\n"
    o = parse_text(text)
    assert detect_truncation(o) is None
    review = review_ordinance(o, load_profile())
    assert "fragment" not in [f.rule for f in review.findings]


def test_a_whole_ordinance_is_no_fragment() -> None:
    for name in ("model-complete.txt", "post-2023.txt", "defects.txt", "old-style.txt"):
        assert detect_truncation(parse_text((FIXTURES / name).read_text(encoding="utf-8"))) is None, name


def test_a_reference_inside_the_kept_part_is_still_checked() -> None:
    text = _cut(MODEL, "（実施機関の責務）", 0) + "（責務）\n第3条　実施機関は、第2条第20項の規定に留意しなければならない。\n"
    text += "（事業者の責務）\n第4条　事業者は、第9条及び第12条に定める事項を遵守しなければ"
    o = parse_text(text)
    assert detect_truncation(o) is not None
    review = review_ordinance(o, load_profile())
    unresolved = [f for f in review.findings if f.rule == "ref.unresolved"]
    assert [f.anchor_text for f in unresolved] == ["第2条第20項"]


def test_an_extract_titled_sho_is_a_fragment() -> None:
    text = "みなと市個人情報保護条例（抄）\n（目的）\n第1条　この条例は、個人の権利利益を保護することを目的とする。\n"
    cut = detect_truncation(parse_text(text))
    assert cut is not None and cut.signs == ("extract",)

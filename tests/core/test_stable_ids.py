"""Finding ids survive renumbering: inserting an article or a 号, or deleting an article."""

from __future__ import annotations

import pytest

from ordreview.core.checks.stable_ids import mask_numbers
from ordreview.core.model import Finding
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.core import renumbering


def _findings(text: str) -> list[Finding]:
    return list(review_ordinance(parse_text(text), load_profile()).findings)


def _by_id(text: str) -> dict[str, Finding]:
    found = _findings(text)
    ids = [f.id for f in found]
    assert len(ids) == len(set(ids))
    return {f.id: f for f in found}


# the findings the original draft must have, whatever their number: the ids must follow them
EXPECTED = {
    ("term.statute_undefined", "特定個人情報"),
    ("ref.unresolved", "第99条"),
    ("ref.unresolved", "第97条"),  # in the last 号 of the definitions
    ("caption.missing", "第6条"),
    ("penalty.limit", "3年以下の懲役"),
    ("suppl.date", "令和2年2月1日"),
    ("delegation", "規則で定める"),
}


def test_the_original_draft_has_the_findings_the_revisions_move() -> None:
    found = {(f.rule, f.anchor_text) for f in _findings(renumbering.original())}
    assert EXPECTED <= found


@pytest.mark.parametrize(
    "revise",
    [renumbering.with_inserted_article, renumbering.with_inserted_item, renumbering.with_deleted_article],
    ids=["insert an article", "insert a 号", "delete an article"],
)
def test_every_finding_keeps_its_id(revise) -> None:
    before = _by_id(renumbering.original())
    after = _by_id(revise())
    assert before.keys() == after.keys()
    for fid, finding in before.items():
        moved = after[fid]
        assert (moved.rule, moved.requirement, moved.code) == (finding.rule, finding.requirement, finding.code)


def test_labels_in_messages_follow_the_new_numbers() -> None:
    before = {f.rule: f for f in _findings(renumbering.original())}
    after = {f.rule: f for f in _findings(renumbering.with_inserted_article())}
    assert before["caption.missing"].id == after["caption.missing"].id
    assert before["caption.missing"].location.article == "6"
    assert after["caption.missing"].location.article == "7"


def test_two_equal_anchors_in_one_provision_get_distinct_ids() -> None:
    text = renumbering.original().replace("第99条に定める場合", "第99条又は第98条に定める場合")
    found = [f for f in _findings(text) if f.rule == "ref.unresolved" and f.location.article == "5"]
    assert [f.anchor_text for f in found] == ["第99条", "第98条"]
    assert len({f.id for f in found}) == 2


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("第14条の2第1項", "第#条の#第#項"),
        ("第十四条の二第一項第三号", "第#条の#第#項第#号"),
        ("第２条第３項", "第#条第#項"),
        ("(3)", "(#)"),
        ("14_2", "#"),
        ("第3条第2項", "第#条第#項"),
        ("3年以下の懲役", "3年以下の懲役"),
        ("平成15年法律第58号", "平成15年法律第#号"),
    ],
)
def test_mask_numbers(text: str, masked: str) -> None:
    assert mask_numbers(text) == masked

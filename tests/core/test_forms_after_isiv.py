"""After the held-out sets is–iv (2026-12-08): each fix on the sets' drafts (and earlier sets' drafts of the same
class), and its mutation that must still be found."""

from __future__ import annotations

from pathlib import Path

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

SETS = Path(__file__).resolve().parent.parent


def _draft(name: str) -> str:
    return next(SETS.glob(f"heldout-*/{name}.txt")).read_text(encoding="utf-8")


def _findings(text: str):
    return review_ordinance(parse_text(text), load_profile()).findings


def _counted(text: str, requirement: str) -> list[tuple[str, str, str | None]]:
    """(rule, severity, article) of the error and warning findings of ``requirement``."""
    return [(f.rule, f.severity, f.location.article) for f in _findings(text)
            if f.severity != "info" and f.requirement == requirement]


def test_the_cabinet_order_named_by_the_short_name_the_draft_gave_it() -> None:
    # ishizumi-shi (clean): 「…法律施行令（平成15年政令第548号。以下「政令」という。）」 in the 個人識別符号 item, then
    # 要配慮個人情報 「…として政令第4条で定める記述等が含まれる個人情報」: the order's categories, delegated to it by name
    text = _draft("ishizumi-shi")
    assert "政令第4条で定める記述等" in text
    assert _counted(text, "B2") == []
    assert _counted(text, "B1") == []
    assert [f for f in _findings(text) if f.rule == "def.diff" and f.requirement in ("B1", "B2")] == []
    # the delegation cut to a bare 記述等: a closed list, the order's categories missing (B2, at B1's severity)
    cut = text.replace("として政令第4条で定める記述等", "記述等")
    assert ("def.yohairyo", "error", "2") in _counted(cut, "B2")
    # a 略称 the draft never gave: 「規程第4条で定める記述等」 names no Cabinet Order
    other = text.replace("として政令第4条で定める記述等", "として規程第4条で定める記述等")
    assert ("def.yohairyo", "warning", "2") in _counted(other, "B2")

"""The track for already-created 非識別加工情報, written or left out as a whole.

The national Act provides two steps for information an agency has already created: the entry
of its outline in the 個人情報ファイル簿 (行政機関個人情報保護法第44条の11) and proposals to use
it (同法第44条の12, applying the proposal, examination and contract provisions). The Basic
Policy asks a local government to take the Act as a reference, not to copy it; a 非識別 chapter
that invites proposals for new processing only, with neither step, is a consistent (narrower)
design, and an examiner does not mark it. Half of the track is a defect: proposals on created
information with no register entry to announce it, or the entry with no way to propose.

So, when the draft invites proposals (the register shows the files open to them and the unit
receiving them) and neither step is found, the proposal requirement does not apply (reason
``"conditional"``) and the register requirement is judged without its after-creation entry.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

REGISTER = "C5"  # ファイル簿への記載 (第44条の3 and 第44条の11)
AFTER_CREATION = "register entry after creation"  # the label_en of C5's 第44条の11 element
CREATED_PROPOSAL = "C13"  # 作成された非識別加工情報の利用に関する提案 (第44条の12)


def settle_created_track(ones: dict[str, Any]) -> dict[str, Any]:
    """``ones`` (requirement id → its alignment) with the created-information track settled."""
    reg, prop = ones.get(REGISTER), ones.get(CREATED_PROPOSAL)
    if reg is None or prop is None:
        return ones
    if prop.coverage.status != "missing" or any(h.span is not None for h in prop.must):
        return ones
    entry = [h for h in reg.must if h.group.label_en == AFTER_CREATION]
    if not entry or any(h.span is not None for h in entry):
        return ones
    rest = tuple(h for h in reg.must if h.group.label_en != AFTER_CREATION)
    if not rest or any(h.span is None for h in rest):
        return ones  # (a chapter that does not invite proposals at all is no narrower design)
    out = dict(ones)
    out[CREATED_PROPOSAL] = replace(prop, coverage=replace(prop.coverage, status="not_applicable",
                                                           reason="conditional"))
    if reg.coverage.status == "partial" and not reg.forbidden:
        out[REGISTER] = replace(reg, must=rest, coverage=replace(reg.coverage, status="covered"))
    return out

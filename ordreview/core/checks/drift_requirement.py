"""The requirement a drifted statute citation is reported under.

A definition by reference (「法第2条第3項に規定する個人識別符号をいう。」) that cites the wrong
paragraph leaves the defined term without its content: the defect is the definition's, so the
finding goes under the requirement for that term's definition (the profile's requirement whose
scope is the term's definition and whose principal element is the term itself). This holds for a
number the cited paragraph never had for the term; the pre-2017 number (a citation not followed
up after the 2016 amendment) and any citation outside a definition stay under the citation
requirement (O1).
"""

from __future__ import annotations

from ordreview.core.model import Span
from ordreview.core.profile import Profile

CITATION_REQUIREMENT = "O1"


def definition_requirement(profile: Profile, term: str) -> str | None:
    """The id of the requirement for the definition of ``term``, if the profile has one."""
    for req in profile.requirements:
        if (req.scope == f"definition:{term}" and req.must
                and req.must[0].any and req.must[0].any[0] == f"term:{term}"):
            return req.id
    return None


def drift_requirement(profile: Profile, term: str, span: Span, definition: Span | None) -> str:
    """O1, or the defined term's requirement when ``span`` lies in the draft's definition of it."""
    if definition is not None and definition.contains(span):
        return definition_requirement(profile, term) or CITATION_REQUIREMENT
    return CITATION_REQUIREMENT

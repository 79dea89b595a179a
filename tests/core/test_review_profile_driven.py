"""A profile that drops or renames a requirement gets no findings for it."""

from __future__ import annotations

import copy
import json

from ordreview import paths
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile, parse_profile
from ordreview.core.review import review_ordinance

DRAFT = (
    "ふじみ台町情報条例\n令和2年3月10日条例第3号\n"
    "（目的）\n第1条　この条例は、目的を定める。\n"
    "（罰則）\n第2条　前条の規定に違反した者は、3年以下の懲役に処する。\n"
    "（委任）\n第3条　この条例の施行に関し必要な事項は、第9条に定める。\n"
)


def _profile(edit) -> object:
    data = json.loads(paths.resource("profiles", "basic-policy-2016.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    edit(data)
    return parse_profile(data, path="edited.json")


def _requirements(profile) -> set[str | None]:
    return {f.requirement for f in review_ordinance(parse_text(DRAFT), profile).findings}


def test_the_bundled_profile_reports_o9_and_o2() -> None:
    assert {"O9", "O2"} <= _requirements(load_profile())


def test_a_dropped_requirement_gets_no_findings() -> None:
    profile = _profile(lambda d: d.__setitem__("requirements", [r for r in d["requirements"] if r["id"] != "O9"]))
    found = _requirements(profile)
    assert "O9" not in found and "O2" in found


def test_a_renamed_requirement_gets_no_findings_under_its_old_id() -> None:
    def rename(d: dict) -> None:
        for r in d["requirements"]:
            if r["id"] == "O2":
                r["id"] = "X2"
    found = _requirements(_profile(rename))
    assert "O2" not in found and "O9" in found

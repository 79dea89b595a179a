"""The literal every match of a pattern contains: the skipped scans could never have matched."""

from __future__ import annotations

import re

import pytest

from ordreview.core.profile import load_profile
from ordreview.core.regex_literal import required_literal


@pytest.mark.parametrize(("source", "expected"), [
    ("(?<![要的])配慮を要する個人情報", "配慮を要する個人情報"),
    ("(?<!「)(?:思想|社会的差別)に関する(?:個人)?情報(?!」)を収集してはならない", "を収集してはならない"),
    ("第[0-9]+条第[0-9]+項", "条第"),
    ("(?:行政文書|公文書)", ""),
    ("[0-9]+", ""),
    ("個人情報?", "個人情"),
    ("(?i)abc", ""),
    ("(?:abc){2}", ""),
])
def test_the_longest_top_level_run(source: str, expected: str) -> None:
    assert required_literal(re.compile(source)) == expected


def test_every_match_of_the_profiles_regexes_contains_it() -> None:
    text = ("第1条　この条例は、思想に関する情報を収集してはならない。個人の思想、信条及び信教に関する個人情報、"
            "社会的差別の原因となるおそれのある事項に関する情報を収集してはならない。要配慮個人情報、配慮を要する個人情報"
            "行政文書、公文書、第2条第3項、法第4条第1項。")
    profile = load_profile()
    sources = {s.text for r in profile.requirements for s in r.signals if s.kind == "regex"}
    sources |= {a for r in profile.requirements for g in r.must + r.forbid for a in g.any if ":" not in a}
    matched = 0
    for source in sources:
        rx = profile.pattern(source, literal=False)
        lit = required_literal(rx)
        for m in rx.finditer(text):
            assert lit in m.group(0), (rx.pattern, lit)
            matched += bool(lit)
    assert matched

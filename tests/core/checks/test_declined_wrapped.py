"""C0: the sentence recording that the mechanism is not introduced is read across a hard wrap
(「…当分の間、非識別\\n加工情報の提供の制度を設けない。」), as on one line."""

from __future__ import annotations

import pytest

from tests.core.checks.test_gaps import MINI, _found, check_gaps


@pytest.mark.parametrize("sentence", [
    "組合は、当分の間、非識別加工情報の提供の制度を設けない。",
    "組合は、当分の間、非識別\n加工情報の提供の制度を設けない。",
])
def test_declined_sentence_over_a_line_break(sentence: str) -> None:
    text = MINI.replace("（委任）", f"（非識別加工情報）\n第6条　{sentence}\n（委任）")
    found = [f for f in _found(check_gaps, text) if f[0] in ("C0", "C20")]
    assert [(r, s, c) for r, s, c, _ in found] == [("C0", "info", "check.gap.c_declined")]
    assert found[0][3].replace("\n", "") == "非識別加工情報の提供の制度を設けない。"

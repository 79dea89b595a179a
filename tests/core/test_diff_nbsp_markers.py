"""Item markers indented or followed by no-break spaces (a 例規集 web copy) are markers, not wording.

The definition comparison leaves the draft's item markers out; a copy whose indentation and
marker spaces are U+00A0 must compare as the clean text does.
"""

from __future__ import annotations

import pytest

from ordreview.core.diff import normalise_mapped

CLEAN = "　ア　当該情報に含まれる氏名\n　イ　個人識別符号が含まれるもの\n（１）　甲\n一　乙"


@pytest.mark.parametrize("space", ["\u00a0", "\u2002", " "])
def test_markers_with_any_space_are_left_out(space: str) -> None:
    copy = CLEAN.replace("　", space)
    assert normalise_mapped(copy).text == normalise_mapped(CLEAN).text == "当該情報に含まれる氏名個人識別符号が含まれるもの甲乙"


def test_a_letter_glued_to_its_text_is_still_wording() -> None:
    assert normalise_mapped("アクセス記録").text == "アクセス記録"

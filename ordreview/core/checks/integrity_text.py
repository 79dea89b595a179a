"""Characters that make the text read differently from what is reviewed.

Bidirectional control characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
isolates, Unicode Standard Annex #9) are invisible and reorder the characters around them on
screen and on paper: a provision can be displayed in an order other than the one the checks
and the officer's search see (the "Trojan Source" technique, CVE-2021-42574). A Japanese
ordinance never needs them, so every run of them is reported where it stands.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import MAX_FINDINGS_PER_RULE, CheckContext
from ordreview.core.checks.registry import register
from ordreview.core.messages import define
from ordreview.core.model import Finding, Span

BIDI_CONTROL = define(
    "text.bidi_control",
    ja="文字の表示順を変える制御文字（{chars}）が含まれている。画面や印刷での見え方と実際の文字の並びが異なるおそれがあるので、削除されたい。",
    en="Bidirectional control characters ({chars}) are in the text: what is displayed or printed may read"
    " differently from the actual characters. Remove them.",
)
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]+")
_BIDI_CHARS = tuple(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))


@register("text.bidi_control", title_ja="表示順を変える制御文字", title_en="Bidirectional control characters")
def check_bidi_controls(ctx: CheckContext) -> list[Finding]:
    """Every run of bidi control characters, anchored on the run (and the character after it)."""
    text = ctx.ordinance.text
    out: list[Finding] = []
    if not any(c in text for c in _BIDI_CHARS):  # (a substring test is far quicker than the scan)
        return out
    for m in _BIDI.finditer(text):
        if len(out) > MAX_FINDINGS_PER_RULE:
            break
        chars = " ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(m.group(0)))
        # the controls are invisible: the anchor takes in the next character so a comment shows
        end = min(len(text), m.end() + 1) if text[m.end() : m.end() + 1] not in ("", "\n") else m.end()
        out.append(ctx.finding(
            rule="text.bidi_control", requirement=None, span=Span(m.start(), end), code=BIDI_CONTROL,
            severity="warning", params={"chars": chars}, id_extra=(m.start(),),
        ))
    return out

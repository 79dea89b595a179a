"""Partial-amendment bills (一部改正条例案): recognise them so that gaps are not judged.

A 一部改正条例案 shows only what it changes: either 改め文 (「第2条第8号を同条第11号とし、…」
「…を…に改める。」「…を削る。」) or the amended articles alone, often with a 新旧対照表. Reviewed
as a whole ordinance, every requirement it does not touch would be a false "missing" gap, every
reference into the ordinance it amends unresolved and every article it skips a numbering gap.

A draft is an amendment bill when its title reads 「…の一部を改正する条例」 (or 規則), or when
改め文 sentences make up at least half of the lines of its main provision (two at least).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.model import Ordinance, Span
from ordreview.core.text import fold

TITLE = re.compile(r"の一部を改正する(?:条例|規則)|一部改正(?:条例|規則)")
"""A 一部改正 title (on folded text)."""

ARATAME = re.compile(
    r"(?:に改める|と改める|を削る|を加える|を付する|繰り下げる|繰り上げる|"
    r"を第[0-9]+(?:章|節|条|項|号)(?:の[0-9]+)*とする|の一部を次のように改正する)。$"
)
"""The ending of a 改め文 sentence (on a folded, stripped line)."""
_ARATAME_ENDINGS = ("に改める。", "と改める。", "を削る。", "を加える。", "を付する。", "繰り下げる。", "繰り上げる。",
                    "の一部を次のように改正する。")
"""The fixed endings of ``ARATAME``: a stripped line ending otherwise than in one of them or in
とする。 is no 改め文, and is not searched."""

CAPTION = re.compile(r"^[（(][^）)]*[）)]$")
MIN_SENTENCES = 2
MIN_SHARE = 0.5


@dataclass(frozen=True)
class AmendmentSigns:
    """What marks a draft as a partial-amendment bill.

    Attributes:
        title: the title reads 「…の一部を改正する条例」.
        sentences: the 改め文 lines of the main provision (whole lines, stripped).
        lines: the non-blank, non-caption lines of the main provision.
    """

    title: bool
    sentences: tuple[Span, ...]
    lines: int

    @property
    def share(self) -> float:
        """Share of the main provision's lines that are 改め文."""
        return len(self.sentences) / self.lines if self.lines else 0.0

    @property
    def is_amendment(self) -> bool:
        """True when the draft is a partial-amendment bill."""
        return self.title or (len(self.sentences) >= MIN_SENTENCES and self.share >= MIN_SHARE)


def detect_amendment(ordinance: Ordinance, *, folded: str | None = None) -> AmendmentSigns:
    """The amendment-bill signs of ``ordinance`` (see the module docstring); ``folded`` is
    ``fold(ordinance.text)`` when the caller has it already."""
    if folded is None:
        folded = fold(ordinance.text)
    title = bool(ordinance.title and TITLE.search(fold(ordinance.title)))
    skip = [(s.span.start, s.span.end) for s in ordinance.suppl_provisions]
    if ordinance.title_span is not None:
        skip.append((ordinance.title_span.start, ordinance.title_span.end))
    sentences: list[Span] = []
    lines = 0
    pos = 0
    for raw in folded.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        line = raw.strip()
        if not line or (line[0] in "（(" and CAPTION.match(line)):  # (a caption opens with its bracket)
            continue
        lead = start + len(raw) - len(raw.lstrip())
        for a, b in skip:  # (a plain loop: a generator per line costs more than the test)
            if a <= lead < b:
                break
        else:
            lines += 1
            if line.endswith(_ARATAME_ENDINGS) or (line.endswith("とする。") and ARATAME.search(line)):
                sentences.append(Span(lead, lead + len(line)))
    return AmendmentSigns(title, tuple(sentences), lines)

"""A unit's text glued from its pieces, with the way back to document offsets.

Hard-wrapped lines split sentences (and even ``第3\\n条``); the term and reference passes
match on the pieces joined without separators, then map a match back to a span of the
document (which may then contain the line breaks).
"""

from __future__ import annotations

from dataclasses import dataclass

from ordreview.core.model import Span


@dataclass(frozen=True, slots=True)
class Joined:
    """Folded text of some pieces and, for each of its characters, the document offset."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, folded: str, pieces: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> Joined:
        """Join ``pieces`` of ``folded`` (the whole document text, folded once)."""
        if len(pieces) == 1:
            start, end = pieces[0]
            return cls(folded[start:end], tuple(range(start, end)))
        parts: list[str] = []
        offsets: list[int] = []
        for start, end in pieces:
            parts.append(folded[start:end])
            offsets.extend(range(start, end))
        return cls("".join(parts), tuple(offsets))

    def span(self, start: int, end: int) -> Span:
        """The document span of joined characters ``[start, end)`` (empty → empty span)."""
        if start >= end:
            at = self.offsets[start] if start < len(self.offsets) else (
                self.offsets[-1] + 1 if self.offsets else 0)
            return Span(at, at)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    def original(self, doc_text: str, start: int, end: int) -> str:
        """The original (unfolded) characters of joined ``[start, end)``, without line breaks."""
        return "".join(doc_text[self.offsets[i]] for i in range(start, end))

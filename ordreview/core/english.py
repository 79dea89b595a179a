"""English counts for user-facing messages: ``1 finding``, ``2 findings``.

The Japanese templates take the bare number (「指摘 1 件」); the English templates take the
phrase this module builds, so that a count of one is never followed by a plural noun.
"""

from __future__ import annotations

_IRREGULAR = {"entry": "entries", "reference": "references", "paragraph": "paragraphs"}


def plural(noun: str) -> str:
    """The plural of ``noun``: ``finding`` → ``findings``, ``entry`` → ``entries``; a phrase
    (``defined term``) takes the plural on its last word."""
    head, _, last = noun.rpartition(" ")
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def count(n: int, noun: str, plural_form: str | None = None) -> str:
    """``n`` with ``noun`` in the number it needs: ``count(1, "finding")`` → ``1 finding``."""
    return f"{n} {noun if n == 1 else plural_form or plural(noun)}"

"""The literal text every match of a regular expression contains, to skip a scan that cannot match.

Python's regex engine skips ahead quickly only when a pattern opens with a literal; one that opens
with a lookbehind (``(?<!「)社会的差別の原因となる…を収集してはならない``) or an alternation is tried at
every position of the text, and over a whole draft that costs ten times a substring search. When
the longest run of literal characters such a pattern always matches (here 「を収集してはならない」) is not
in the text, the pattern matches nowhere, and the scan is skipped: :func:`required_literal` gives
that run. The answer depends on the pattern alone, never on a document.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser the re module itself uses (private; without it, nothing is skipped)
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover
    _sre_parser = None  # type: ignore[assignment]


@lru_cache(maxsize=4096)
def required_literal(pattern: re.Pattern[str]) -> str:
    """The longest run of literal characters that every match of ``pattern`` contains; ``""``
    when none is known (then the text has to be scanned).

    Only the pattern's top-level sequence is read: consecutive literal characters there are
    matched one after the other in every match; anything else (a class, a group the parser did not
    inline, a repeat, a lookaround) ends a run. A pattern matching without regard to case has no
    such run.
    """
    if _sre_parser is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return ""
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # (a parser that differs from the one this was written for)
        return ""
    best = ""
    run: list[str] = []
    for op, arg in parsed:
        if op == _sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    if len(run) > len(best):
        best = "".join(run)
    return best

"""Regular expressions compiled the first time they are used.

A module-level ``re.compile`` runs when the module is imported, in every process, whether or
not the pattern is ever needed: the web-copy repairs of ``core/read/cleanup.py`` when the draft
is a clean text file, the post-2023 profile's rules when the draft follows the 2016 Basic
Policy. Compiling a pattern with a class over the CJK block costs about a millisecond, so a
module of such patterns adds tens of milliseconds to every ``ordreview check``. Such a module
writes ``lazy_compile(...)`` instead of ``re.compile(...)``; the object answers ``search``,
``match``, ``finditer``, ``sub`` … like the compiled pattern it stands for.

The only thing kept is the compiled pattern (and its bound methods), which depends on the
pattern text alone, never on a document: a review gives the same findings whatever was
reviewed before in the process.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)``, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not yet in the instance: take it from the compiled
        # pattern and keep it here, so that later uses are plain lookups.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled on the first call."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
        return compiled

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, deferred to the first use of the result."""
    return LazyPattern(pattern, flags)

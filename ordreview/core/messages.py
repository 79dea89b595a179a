"""The message catalogue: every user-facing sentence of the engine, in Japanese and English.

Core code never builds finished sentences inline. Each module *defines* its messages once
at import time with :func:`define` (Japanese first) and *renders* them with :func:`render`
from a code and parameters. The CLI prints the rendered pair; the GUI shows the language the
user chose. Codes are dotted and owned by one module (``read.*`` by readers, ``parse.*`` by
the parser, ``check.*`` by checks, ``store.*``, ``export.*``, ``cli.*``).

Example::

    define("read.empty", ja="ファイルが空です: {path}", en="The file is empty: {path}")
    ja, en = render("read.empty", path="a.txt")
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple


class Message(NamedTuple):
    """A catalogue entry: ``str.format`` templates in both languages."""

    ja: str
    en: str


_CATALOGUE: dict[str, Message] = {}


def define(code: str, *, ja: str, en: str) -> str:
    """Register a message and return its code (so modules can keep it as a constant).

    Redefining a code with different text is a programming error and raises ``ValueError``.
    """
    new = Message(ja, en)
    old = _CATALOGUE.setdefault(code, new)
    if old != new:
        raise ValueError(f"message {code!r} defined twice with different text")
    return code


def render(code: str, **params: Any) -> Message:
    """Render a registered message with ``params``; unknown codes render as the code itself.

    A missing parameter leaves its placeholder visible instead of raising, so a message can
    never crash the program that wanted to report an error.
    """
    entry = _CATALOGUE.get(code)
    if entry is None:
        return Message(code, code)
    return Message(_safe_format(entry.ja, params), agree_in_number(_safe_format(entry.en, params)))


_COUNTED = re.compile(r"\b(\d[\d,]*)((?: [A-Za-z-]+)*) ([A-Za-z-]+)\(e?s\)")


def agree_in_number(text: str) -> str:
    """English nouns marked ``(s)`` after a count take the number it needs: ``1 paragraph(s)``
    → ``1 paragraph``, ``3 substantive difference(s)`` → ``3 substantive differences``. A
    template writes ``{count} paragraph(s)``; the reader never sees the ``(s)``."""
    if "s)" not in text:  # (every marked noun ends so: most messages have none, and need no scan)
        return text
    from ordreview.core.english import plural

    def agree(m: re.Match[str]) -> str:
        n = int(m.group(1).replace(",", ""))
        return f"{m.group(1)}{m.group(2)} {m.group(3) if n == 1 else plural(m.group(3))}"

    return _COUNTED.sub(agree, text)


def codes() -> list[str]:
    """Every registered code, sorted (for the translation catalogue and tests)."""
    return sorted(_CATALOGUE)


def lookup(code: str) -> Message | None:
    """The raw templates of ``code``, or ``None``."""
    return _CATALOGUE.get(code)


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _safe_format(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format_map(_Default(params))
    except (ValueError, IndexError, AttributeError):
        return template

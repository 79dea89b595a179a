"""English counts in command-line output take the noun in the number it needs."""

from __future__ import annotations

import pytest

from ordreview.core.english import count, plural


@pytest.mark.parametrize(("n", "noun", "wanted"), [
    (0, "finding", "0 findings"),
    (1, "finding", "1 finding"),
    (2, "finding", "2 findings"),
    (1, "supplementary provision", "1 supplementary provision"),
    (3, "defined term", "3 defined terms"),
    (2, "entry", "2 entries"),
    (2, "box", "2 boxes"),
    (2, "day", "2 days"),
])
def test_count_agrees_with_its_number(n: int, noun: str, wanted: str) -> None:
    assert count(n, noun) == wanted


def test_an_irregular_plural_can_be_given() -> None:
    assert count(2, "person", "people") == "2 people"
    assert plural("reference") == "references"


def test_the_parse_summary_of_a_draft_with_one_supplementary_provision(capsys: pytest.CaptureFixture[str]) -> None:
    from ordreview.cli import main
    from tests.conftest import FIXTURES

    assert main(["--lang", "en", "parse", str(FIXTURES / "old-style.txt")]) == 0
    out = capsys.readouterr().out
    assert "(1 supplementary provision)" in out
    assert "1 para. 0 items" in out
    assert "1 supplementary provisions" not in out and "1 items" not in out


@pytest.mark.parametrize("n", [1, 2])
def test_no_english_message_shows_a_plural_mark(n: int) -> None:
    """Every catalogue message whose English marks a counted noun ``(s)`` reads as proper
    English once rendered: ``1 paragraph``, ``2 paragraphs``, never ``paragraph(s)``."""
    import re
    import string

    import ordreview.core.review  # noqa: F401  (imports every rule module, which define their messages)
    from ordreview.core.messages import codes, lookup, render

    marked = [c for c in codes() if "(s)" in lookup(c).en]  # type: ignore[union-attr]
    assert marked  # the mechanism is in use
    for code in marked:
        template = lookup(code).en  # type: ignore[union-attr]
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        text = render(code, **{name: n for name in names}).en
        assert "(s)" not in text, (code, text)
        for m in re.finditer(r"\{\w+\}((?: [A-Za-z-]+)*) ([A-Za-z-]+)\(s\)", template):
            assert f"{n}{m.group(1)} {m.group(2) if n == 1 else plural(m.group(2))}" in text, (code, text)

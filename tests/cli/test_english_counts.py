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

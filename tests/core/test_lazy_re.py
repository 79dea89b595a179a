"""Patterns compiled on first use answer exactly as the compiled pattern does."""

from __future__ import annotations

import re

import pytest

from ordreview.core.lazy_re import LazyPattern, lazy_compile

TEXT = "第1条　この条例は、個人情報の保護に関し必要な事項を定める。\n第２条　削除"


def test_nothing_is_compiled_before_the_first_use() -> None:
    rx = lazy_compile(r"第([0-9０-９]+)条")
    assert "_compiled" not in vars(rx)
    assert rx.pattern == r"第([0-9０-９]+)条"
    rx.search(TEXT)
    assert isinstance(vars(rx)["_compiled"], re.Pattern)


def test_every_method_matches_re_compile() -> None:
    source, flags = r"(?P<n>[0-9０-９]+)条[\u3000 ]?(\S{0,3})", re.M
    lazy, eager = lazy_compile(source, flags), re.compile(source, flags)
    assert lazy.search(TEXT).span() == eager.search(TEXT).span()
    assert lazy.match(TEXT, 1).groupdict() == eager.match(TEXT, 1).groupdict()
    assert lazy.fullmatch("2条") is not None and eager.fullmatch("2条") is not None
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in eager.finditer(TEXT)]
    assert lazy.findall(TEXT) == eager.findall(TEXT)
    assert lazy.sub(r"<\g<n>>", TEXT) == eager.sub(r"<\g<n>>", TEXT)
    assert lazy.split(TEXT) == eager.split(TEXT)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (eager.flags, eager.groups, eager.groupindex)
    assert lazy.compiled is lazy.compiled


def test_a_bad_pattern_fails_at_its_first_use() -> None:
    rx = LazyPattern("[")
    with pytest.raises(re.error):
        rx.search("x")

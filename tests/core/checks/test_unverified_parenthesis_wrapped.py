"""The parenthesis after 「識別することができない」 in a 非識別加工情報 definition is never compared
with the statute. A web copy wrapped softly inside those words (「…識別する」 / 「　　ことができない（…」)
or with a stray space in them must leave the same parenthesis out as the clean draft, or the
copy reports it as a substantive difference the clean draft does not have."""

from __future__ import annotations

from ordreview.core.checks.definitions import _unverified_parenthesis

CLEAN = (
    "次に掲げる措置を講じて特定の個人を識別することができない（当該個人に関する情報が他の情報と"
    "照合することができる場合にあっては、他の情報（町が保有する情報に限る。）と照合することにより、"
    "特定の個人を識別することができないことをいう。）ように個人情報を加工して得られる個人に関する情報"
)


def _left_out(body: str) -> str:
    spans = _unverified_parenthesis(body)
    assert len(spans) == 1
    s, e = spans[0]
    return "".join(body[s:e].split())


def test_clean_body() -> None:
    assert _left_out(CLEAN).startswith("（当該個人") and _left_out(CLEAN).endswith("をいう。）")


def test_wrapped_inside_the_words() -> None:
    wrapped = CLEAN.replace("識別する", "識別する\n　　", 1)
    assert _left_out(wrapped) == _left_out(CLEAN)


def test_stray_space_inside_the_words() -> None:
    spaced = CLEAN.replace("ことができない（", "ことが でき ない （", 1)
    assert _left_out(spaced) == _left_out(CLEAN)


def test_no_parenthesis() -> None:
    assert _unverified_parenthesis("特定の個人を識別することができないように加工した情報") == []

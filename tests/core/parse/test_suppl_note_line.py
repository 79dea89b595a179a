"""An amendment note on the line under a 附則 heading belongs to that 附則.

「附　則」, then 「（平29条例5・一部改正）」 on its own line, then the 附則's text: the note is kept
with the 附則 (notice ``parse.amendment_note``), never left as unplaced text inside the 附則's span.
"""

from __future__ import annotations

from ordreview.core.parse import parse_text
from tests.core.parse.helpers import coverage_problems

TEXT = (
    "第1条　この条例は、公布の日から施行する。\n"
    "　　　附　則\n"
    "（令2条例3・一部改正）\n"
    "この条例は、令和2年4月1日から施行する。\n"
)


def test_a_note_under_a_suppl_heading_stays_with_the_suppl() -> None:
    o = parse_text(TEXT)
    assert coverage_problems(o) == []
    assert o.unplaced == ()
    (suppl,) = o.suppl_provisions
    note = TEXT.index("（令2条例3")
    assert suppl.span.start < note < suppl.span.end
    assert [n.code for n in o.notices if n.code == "parse.amendment_note"] == ["parse.amendment_note"]
    assert len(suppl.paragraphs) == 1
    assert suppl.paragraphs[0].span.slice(o.text).startswith("この条例は、令和2年")


def test_a_note_before_a_suppl_article_stays_with_the_article() -> None:
    text = TEXT.replace("この条例は、令和2年", "第1条　この条例は、令和2年")
    o = parse_text(text)
    assert coverage_problems(o) == []
    assert o.unplaced == ()
    (suppl,) = o.suppl_provisions
    (art,) = suppl.articles
    assert art.span.start <= text.index("（令2条例3")


def test_a_note_under_the_last_heading_alone_is_kept_too() -> None:
    text = "第1条　甲とする。\n附　則\n（令2条例3・一部改正）\n"
    o = parse_text(text)
    assert coverage_problems(o) == []
    assert o.unplaced == ()

"""The bill's 附則 names only 改正規定 the bill has (``core/amend/supplcheck.py``), on bills written
for the みどり村 text of ``test_apply``."""

from __future__ import annotations

import pytest

from ordreview.core.amend.apply import consolidate_texts
from ordreview.core.amend.supplcheck import missing_provisions
from tests.core.amend.test_apply import CURRENT, bill

SENTENCES = (
    "第3条第3項中「思想」を「思想、信条」に改める。",
    "第4条の次に次の1条を加える。",
    "（提供の制限）",
    "第4条の2　実施機関は、目的以外に個人情報を提供してはならない。",
    "附則第2項中「収集」を「個人情報の収集」に改める。",
)


def missing(suppl: str, sentences: tuple[str, ...] = SENTENCES) -> list[tuple[str, tuple[str, ...]]]:
    text = bill(*sentences) + "\n\n　　　附　則\n" + suppl + "\n"
    result = consolidate_texts(CURRENT, text)
    assert result.failures == ()
    return [(text[n.span[0]:n.span[1]], n.missing) for n in missing_provisions(result.bill, CURRENT)]


@pytest.mark.parametrize("suppl", [
    "この条例は、公布の日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、第3条の改正規定は、公布の日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、第4条の次に1条を加える改正規定は、同年10月1日から施行する。",
    "この条例は、令和9年4月1日から施行する。ただし、第3条第3項の改正規定及び附則第2項の改正規定は、公布の日から施行する。",
    "この条例は、令和九年四月一日から施行する。ただし、第三条の改正規定は、公布の日から施行する。",
    # a 改正規定 named by what another provision says is not read
    "1　この条例は、令和9年4月1日から施行する。ただし、第3条の改正規定は、公布の日から施行する。\n"
    "2　前項ただし書に規定する改正規定の施行前にした収集については、なお従前の例による。",
    # items, each naming its 改正規定
    "この条例は、次の各号に掲げる規定の区分に応じ、当該各号に定める日から施行する。\n"
    "(1)　この条例中第3条の改正規定　公布の日\n(2)　第4条の次に1条を加える改正規定　令和9年10月1日",
])
def test_named_provisions_the_bill_amends_are_not_reported(suppl: str) -> None:
    assert missing(suppl) == []


@pytest.mark.parametrize(("suppl", "expected"), [
    ("この条例は、令和9年4月1日から施行する。ただし、第5条の改正規定は、公布の日から施行する。",
     [("第5条の改正規定", ("第5条",))]),
    # an addition after an article no sentence adds after
    ("この条例は、令和9年4月1日から施行する。ただし、第3条の次に1条を加える改正規定は、同年10月1日から施行する。",
     [("第3条の次に1条を加える改正規定", ("第3条",))]),
    # several provisions and two 改正規定: only the one missing
    ("この条例は、令和9年4月1日から施行する。ただし、第3条、第5条及び附則第2項の改正規定並びに第4条の次に1条を"
     "加える改正規定は、公布の日から施行する。", [("第3条、第5条及び附則第2項の改正規定", ("第5条",))]),
    ("この条例は、令和9年4月1日から施行する。ただし、附則第1項の改正規定は、公布の日から施行する。",
     [("附則第1項の改正規定", ("附則第1項",))]),
    ("この条例は、令和九年四月一日から施行する。ただし、第六条の改正規定は、公布の日から施行する。",
     [("第六条の改正規定", ("第6条",))]),
])
def test_named_provisions_no_sentence_amends_are_reported(suppl: str, expected) -> None:
    assert missing(suppl) == expected


@pytest.mark.parametrize("marker", ["(1)", "⑴", "一", "1"])
def test_items_naming_provisions_are_read_whatever_their_marker(marker: str) -> None:
    suppl = ("この条例は、次の各号に掲げる規定の区分に応じ、当該各号に定める日から施行する。\n"
             f"{marker}　第5条の改正規定　公布の日\n")
    assert missing(suppl) == [("第5条の改正規定", ("第5条",))]


def test_a_sentence_dropped_in_a_redraft_leaves_its_suppl_reference_reported() -> None:
    suppl = "この条例は、令和9年4月1日から施行する。ただし、第4条の次に1条を加える改正規定は、同年10月1日から施行する。"
    assert missing(suppl) == []
    assert missing(suppl, (SENTENCES[0], SENTENCES[4])) == [("第4条の次に1条を加える改正規定", ("第4条",))]

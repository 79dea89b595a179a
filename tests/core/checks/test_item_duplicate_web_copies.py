"""num.item [O5]: a 号 number printed twice is reported in the web copies of a draft too.

The parser folds a repeated 号 number (「(2)」 after 「(2)」) into the item before it; the check
finds it again among the lines that open with a marker. Web copies of a 例規集 page set a
no-break space after the number, or the number on a line of its own with its text on the next:
the duplicate must be found there as in the clean draft (fictional draft written here).
"""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, rows

HEAD = "第1条　実施機関は、次の各号のいずれかに該当するときは、保有個人情報を提供することができる。"
ITEMS = (
    ("(1)", "本人の同意があるとき。"),
    ("(2)", "法令等に定めがあるとき。"),
    ("(2)", "出版、報道等により公にされているとき。"),
    ("(3)", "緊急かつやむを得ないと認められるとき。"),
)
FORMS = {
    "full-width space": lambda m, t: [f"{m}\u3000{t}"],
    "no-break space": lambda m, t: [f"{m}\u00a0{t}"],
    "number on its own line": lambda m, t: [m, t],
}


def _text(form: str, items=ITEMS) -> str:
    lines = [HEAD]
    for marker, body in items:
        lines += FORMS[form](marker, body)
    return draft(*lines, "")


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_duplicated_item_number_is_found(form: str) -> None:
    found = rows("num.item", _text(form))
    assert [(r[0], r[1], r[2]) for r in found] == [("num.item", "O5", "error")]
    assert found[0][3] == "(2)"


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_list_without_a_duplicate_gives_nothing(form: str) -> None:
    items = (ITEMS[0], ITEMS[1], ("(3)", ITEMS[2][1]), ("(4)", ITEMS[3][1]))
    assert rows("num.item", _text(form, items)) == []

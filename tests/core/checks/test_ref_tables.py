"""[O2] ref.table: a 別表 cited that the draft does not have."""

from __future__ import annotations

from tests.core.checks.integrity_support import draft, rows

FEE = draft(
    "（手数料）",
    "第1条　契約を締結する者は、{ref}に定める額の手数料を納めなければならない。",
    "（委任）",
    "第2条　この条例の施行に関し必要な事項は、規則で定める。",
    "附　則",
    "この条例は、令和2年4月1日から施行する。",
    "{tables}",
)
ONE = "別表（第1条関係）\n1　契約を締結する者　21,000円"
TWO = "別表第1（第1条関係）\n1　契約を締結する者　21,000円\n別表第3（第1条関係）\n1　変更する者　12,600円"


def test_a_second_table_cited_when_there_is_one() -> None:
    assert rows("ref.table", FEE.format(ref="別表第2", tables=ONE)) == [("ref.table", "O2", "error", "別表第2")]


def test_a_number_missing_among_numbered_tables() -> None:
    assert rows("ref.table", FEE.format(ref="別表第2", tables=TWO)) == [("ref.table", "O2", "error", "別表第2")]
    assert rows("ref.table", FEE.format(ref="別表第3", tables=TWO)) == []


def test_tables_that_exist_or_belong_elsewhere_are_not_reported() -> None:
    assert rows("ref.table", FEE.format(ref="別表", tables=ONE)) == []
    assert rows("ref.table", FEE.format(ref="別表第1", tables=ONE)) == []  # the single table, numbered
    assert rows("ref.table", FEE.format(ref="ひばり市手数料条例別表第2", tables=ONE)) == []
    assert rows("ref.table", FEE.format(ref="別表第2", tables="")) == []  # no tables given at all


def test_the_message_names_the_tables_the_draft_has() -> None:
    from tests.core.checks.integrity_support import findings

    (one,) = findings("ref.table", FEE.format(ref="別表第2", tables=ONE))
    assert "「別表」一つのみ" in one.message_ja
    (two,) = findings("ref.table", FEE.format(ref="別表第2", tables=TWO))
    assert "「別表第1」及び「別表第3」" in two.message_ja


def test_a_table_whose_heading_serves_another_article() -> None:
    # each heading says which article its table serves: 第1条 citing 別表第2 (第2条関係) while 別表第1 is
    # 第1条's has taken the wrong table
    text = draft(
        "（登録簿）",
        "第1条　実施機関は、{ref}に掲げる事項を記載した登録簿を作成しなければならない。",
        "（提案）",
        "第2条　提案は、別表第2に掲げる事項を記載した書面によりしなければならない。",
        "附　則",
        "この条例は、令和2年4月1日から施行する。",
        "別表第1（第1条関係）\n1　事務の名称\n別表第2（第2条関係）\n1　提案をする者の氏名",
    )
    from tests.core.checks.integrity_support import findings

    assert rows("ref.table", text.format(ref="別表第1")) == []
    (wrong,) = findings("ref.table", text.format(ref="別表第2"))
    assert wrong.anchor_text == "別表第2" and wrong.location.article == "1"
    assert "第2条関係の表である" in wrong.message_ja and "別表第1である" in wrong.message_ja
    # a heading that names no article, or no other table for the citing one: nothing to judge
    assert rows("ref.table", text.format(ref="別表第2").replace("別表第1（第1条関係）", "別表第1")) == []


def test_a_range_of_a_tables_items_is_the_tables() -> None:
    # 「別表第2第8号から第10号までに掲げる事項」: 第10号 is the table's item, not one of the citing article's
    text = draft(
        "（登録簿）",
        "第1条　実施機関は、別表第2第1号から第3号までに掲げる事項を記載した登録簿を作成しなければならない。",
        "附　則",
        "この条例は、令和2年4月1日から施行する。",
        "別表第1（第2条関係）\n1　甲\n別表第2（第1条関係）\n1　事務の名称\n2　目的\n3　範囲",
    )
    assert rows("ref.unresolved", text) == []

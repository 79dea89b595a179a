"""附則 checks: dates [O10], references [O2], 旧条例 [O4], 全部改正 and 廃止 [O10]."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import findings, rows

E, W = "error", "warning"

MAIN = (
    "ひので村個人情報保護条例\n{number}\n{formula}"
    "（目的）\n第1条　この条例は、個人の権利利益を保護することを目的とする。\n"
    "（請求）\n第2条　何人も、実施機関に対し、保有する情報の開示を請求することができる。\n"
    "2　前項の請求は、附則第{cite}項に定める日以後にすることができる。\n"
    "（委任）\n第3条　この条例の施行に関し必要な事項は、規則で定める。\n"
    "　　　附　則\n{suppl}"
)
SUPPL3 = (
    "（施行期日）\n1　この条例は、{main}から施行する。{proviso}\n"
    "（ひので村個人情報保護条例の廃止）\n2　ひので村個人情報保護条例（平成9年ひので村条例第8号。以下「旧条例」という。）は、{repeal}。\n"
    "（経過措置）\n3　この条例の施行の際現に旧条例第6条の規定によりされている請求は、第2条第1項の規定による請求とみなす。{tail}\n"
)


def draft(*, number: str = "令和2年3月10日条例第3号", formula: str = "", cite: str = "1", main: str = "令和2年4月1日",
          proviso: str = "", repeal: str = "廃止する", tail: str = "") -> str:
    suppl = SUPPL3.format(main=main, proviso=proviso, repeal=repeal, tail=tail)
    return MAIN.format(number=number, formula=formula, cite=cite, suppl=suppl)


def test_the_clean_draft_has_no_suppl_finding() -> None:
    text = draft()
    for rule in ("suppl.date", "suppl.reference", "suppl.old_undefined", "suppl.repeal"):
        assert rows(rule, text) == [], rule


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"main": "令和2年3月1日"}, [("suppl.date", "O10", E, "令和2年3月1日")]),
        ({"main": "令和二年三月一日"}, [("suppl.date", "O10", E, "令和二年三月一日")]),
        ({"main": "令和2年3月10日"}, []),  # the day of promulgation itself
        ({"main": "令和2年4月1日", "proviso": "ただし、第2条の規定は、令和2年2月1日から施行する。"},
         [("suppl.date", "O10", E, "令和2年2月1日")]),
        ({"main": "令和2年10月1日", "proviso": "ただし、第2条の規定は、令和2年4月1日から施行する。"},
         [("suppl.date", "O10", W, "令和2年4月1日")]),
        ({"main": "令和2年4月1日", "proviso": "ただし、第2条の規定は、令和2年10月1日から施行する。"}, []),
        ({"main": "令和2年4月1日", "proviso": "ただし、次項の規定は、公布の日から施行する。"}, []),
        # a retroactive effect written as 適用 is the right way
        ({"main": "公布の日", "proviso": "ただし、第2条の規定は、令和2年1月1日から適用する。"}, []),
        # dates that do not exist
        # (a 平成 date past the era in a text made before 令和 began is no such date: see below)
        ({"number": "令和元年5月10日条例第3号", "main": "平成31年6月1日"}, [("suppl.date", "O10", E, "平成31年6月1日")]),
        ({"main": "令和2年2月30日"}, [("suppl.date", "O10", E, "令和2年2月30日")]),
        ({"main": "令和2年13月1日"}, [("suppl.date", "O10", E, "令和2年13月1日")]),
        ({"main": "令和99999999999999999999年4月1日"}, [("suppl.date", "O10", E, "令和99999999999999999999年4月1日")]),
        # no enactment date known (a draft before promulgation): no retroactivity judged
        ({"number": "令和2年条例第3号", "main": "令和2年3月1日"}, []),
        ({"number": "令和○年○月○日条例第○号", "main": "令和2年3月1日"}, []),
    ],
)
def test_dates(kwargs: dict, expected: list) -> None:
    assert rows("suppl.date", draft(**kwargs)) == expected


def test_date_messages() -> None:
    (retro,) = findings("suppl.date", draft(main="令和2年3月1日"))
    assert retro.message_ja.startswith("施行期日「令和2年3月1日」が、公布の日付（令和2年3月10日）より前の日となっている。")
    assert retro.message_ja.endswith("と規定されたい。）。")
    assert retro.statute == "地方自治法 第16条（条例の公布と施行）"
    (era,) = findings("suppl.date", draft(number="令和元年5月10日条例第3号", main="平成31年6月1日"))
    assert era.message_ja == "「平成31年6月1日」は存在しない日付である（平成の期間外である）。「令和元年6月1日」に改められたい。"
    assert era.message_en == "「平成31年6月1日」 is not a date (outside the 平成 era). It should read 「令和元年6月1日」."
    assert era.suggestion == "令和元年6月1日"
    (proviso,) = findings("suppl.date", draft(main="令和2年10月1日", proviso="ただし、第2条の規定は、令和2年4月1日から施行する。"))
    assert "本文の施行期日（令和2年10月1日）" in proviso.message_ja and proviso.message_ja.endswith("確認されたい。")


def test_an_amending_suppl_is_compared_with_its_own_date() -> None:
    later = "　　　附　則（令和4年6月20日条例第9号）\nこの条例は、{d}から施行する。\n"
    assert rows("suppl.date", draft() + later.format(d="令和4年7月1日")) == []
    assert rows("suppl.date", draft() + later.format(d="令和4年4月1日")) == [("suppl.date", "O10", E, "令和4年4月1日")]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"cite": "3"}, []),
        ({"cite": "4"}, [("suppl.reference", "O2", E, "附則第4項")]),
        ({"cite": "４"}, [("suppl.reference", "O2", E, "附則第４項")]),
        ({"tail": "附則第2項の規定にかかわらず、なお従前の例による。"}, []),
        ({"tail": "附則第5項の規定にかかわらず、なお従前の例による。"}, [("suppl.reference", "O2", E, "附則第5項")]),
        ({"tail": "附則第2条の規定にかかわらず、なお従前の例による。"}, [("suppl.reference", "O2", E, "附則第2条")]),
        # the old ordinance's own 附則: another instrument
        ({"tail": "旧条例附則第5項の規定は、なおその効力を有する。"}, []),
        ({"tail": "前項の規定にかかわらず、なお従前の例による。"}, []),
    ],
)
def test_references_to_the_suppl(kwargs: dict, expected: list) -> None:
    assert rows("suppl.reference", draft(**kwargs)) == expected


def test_quoted_words_of_a_yomikae_are_not_references() -> None:
    text = draft(main="令和2年4月1日", proviso="ただし、第2条第2項中「前項」とあるのは、「第1項」とする。")
    assert rows("suppl.reference", text) == []
    text = draft(tail="この場合において、同項中「附則第9項」とあるのは、「附則第2項」とする。")
    assert rows("suppl.reference", text) == []


def test_relative_references_at_the_edges_of_the_suppl() -> None:
    text = draft(main="令和2年4月1日", proviso="ただし、前項の規定は、公布の日から施行する。")
    assert rows("suppl.reference", text) == [("suppl.reference", "O2", E, "前項")]
    text = draft(tail="次項の規定の適用については、この限りでない。")
    assert rows("suppl.reference", text) == [("suppl.reference", "O2", E, "次項")]
    (finding,) = findings("suppl.reference", draft(cite="4"))
    assert finding.message_ja == "第2条第2項中「附則第4項」の引用先はない（附則は3項）。引用先を確認の上、改められたい。"


def test_old_ordinance_used_without_definition() -> None:
    text = draft().replace("。以下「旧条例」という。", "")
    assert rows("suppl.old_undefined", text) == [("suppl.old_undefined", "O4", W, "旧条例")]
    (finding,) = findings("suppl.old_undefined", text)
    assert finding.message_ja.startswith("「旧条例」（最初は附則第3項）がどの条例を指すか定められていない。")
    assert finding.suggestion == "○○条例（平成○年○○条例第○号。以下「旧条例」という。）"
    # defined: nothing; 旧条例等 as a compound, or part of a longer name: nothing
    assert rows("suppl.old_undefined", draft()) == []
    assert rows("suppl.old_undefined", draft().replace("。以下「旧条例」という。", "").replace("旧条例第6条", "同条例第6条")) == []


def test_unused_old_ordinance_definition_is_reported_by_term_unused() -> None:
    text = draft().replace("旧条例第6条", "同条例第6条")
    assert rows("term.unused", text) == [("term.unused", "O4", W, "旧条例")]


FORMULA = "ひので村個人情報保護条例（平成9年ひので村条例第8号）の全部を改正する。\n"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"repeal": "廃止する"}, []),
        ({"repeal": "廃止とする"},
         [("suppl.repeal", "O10", W, "ひので村個人情報保護条例（平成9年ひので村条例第8号。以下「旧条例」という。）は、廃止とする")]),
        # 全部改正 and 廃止 of the same ordinance exclude each other: the text is wrong (error)
        ({"formula": FORMULA, "repeal": "廃止する"},
         [("suppl.repeal", "O10", E, "ひので村個人情報保護条例（平成9年ひので村条例第8号。以下「旧条例」という。）は、廃止する")]),
        ({"formula": "ひので村個人情報保護条例（平成9年ひので村条例第8号）を全部改正する。\n", "repeal": "廃止する"},
         [("suppl.repeal", "O10", W, "ひので村個人情報保護条例（平成9年ひので村条例第8号）を全部改正する。")]),
    ],
)
def test_revision_and_repeal(kwargs: dict, expected: list) -> None:
    found = rows("suppl.repeal", draft(**kwargs))
    assert found[: len(expected)] == expected


def test_wholesale_revision_with_repeal_message() -> None:
    (finding,) = findings("suppl.repeal", draft(formula=FORMULA))
    assert finding.message_ja.startswith(
        "この条例は「ひので村個人情報保護条例」の全部を改正するものであるが、附則第2項で同条例を廃止するとしている。")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # a 公布 line in the preamble
        ("令和2年3月10日公布", [("suppl.date", "O10", E, "令和2年3月1日")]),
        # a date that is not the promulgation (an 施行 note of a 例規集 header): not compared
        ("令和2年3月10日条例第3号\n令和2年2月1日施行", [("suppl.date", "O10", E, "令和2年3月1日")]),
        ("令和2年2月1日施行", []),
        # the number on a line of its own after the date, with the body's long name before 条例
        ("令和2年3月10日\nひので地区後期高齢者医療広域連合条例第3号", [("suppl.date", "O10", E, "令和2年3月1日")]),
        # a line of the amendment history dates another ordinance, not this one
        ("令和2年2月10日\nひので地区後期高齢者医療広域連合条例第3号\n改正　令和3年9月30日条例第2号", []),
    ],
)
def test_which_preamble_date_is_the_promulgation(number: str, expected: list) -> None:
    assert rows("suppl.date", draft(number=number, main="令和2年3月1日")) == expected


def test_an_amending_suppl_may_cite_the_original_suppl() -> None:
    later = "　　　附　則（令和4年6月20日条例第9号）\nこの条例は、令和4年7月1日から施行する。附則第{n}項の規定は、なおその効力を有する。\n"
    assert rows("suppl.reference", draft() + later.format(n=3)) == []
    assert rows("suppl.reference", draft() + later.format(n=4)) == [("suppl.reference", "O2", E, "附則第4項")]


@pytest.mark.parametrize(
    ("number", "proviso", "expected"),
    [
        # made before 令和 began (2019-05-01): a later day is written in 平成 and keeps its effect
        ("平成30年12月21日条例第52号", "ただし、第2条の規定は、平成31年10月1日から施行する。", []),
        ("平成31年3月20日条例第5号", "ただし、第2条の規定は、平成32年4月1日から施行する。", []),
        # made after it: the same words name a day outside 平成 (令和元年 was to be written)
        ("令和元年6月20日条例第5号", "ただし、第2条の規定は、平成31年10月1日から施行する。",
         [("suppl.date", "O10", E, "平成31年10月1日")]),
    ],
)
def test_heisei_dates_past_the_era_in_a_text_made_before_reiwa(number: str, proviso: str, expected: list) -> None:
    main = "平成31年4月1日" if number.startswith("平成") else "令和元年7月1日"
    assert rows("suppl.date", draft(number=number, main=main, proviso=proviso)) == expected

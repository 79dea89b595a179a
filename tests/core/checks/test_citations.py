"""Law numbers (法令番号) of cited statutes against the statute table [O6], and the O6 example."""

from __future__ import annotations

import json

import pytest

from ordreview import paths
from ordreview.core.checks.citations import format_number, parse_table, statute_table
from ordreview.core.text import int_to_kanji
from tests.core.checks.integrity_support import findings, rows

E, W = "error", "warning"
DRAFT = "さくら台町情報管理条例\n（趣旨）\n第1条　{body}\n（委任）\n第2条　この条例の施行に関し必要な事項は、規則で定める。"


def wrong(body: str) -> list:
    return rows("cite.law_number_wrong", DRAFT.format(body=body))


def shared(body: str) -> list:
    return rows("cite.law_number_shared", DRAFT.format(body=body))


# the eleven statutes every personal-information ordinance may cite, with their numbers
ELEVEN = [
    ("個人情報の保護に関する法律", "平成15年法律第57号"),
    ("行政機関の保有する個人情報の保護に関する法律", "平成15年法律第58号"),
    ("独立行政法人等の保有する個人情報の保護に関する法律", "平成15年法律第59号"),
    ("行政手続における特定の個人を識別するための番号の利用等に関する法律", "平成25年法律第27号"),
    ("地方自治法", "昭和22年法律第67号"),
    ("地方公務員法", "昭和25年法律第261号"),
    ("行政不服審査法", "平成26年法律第68号"),
    ("行政手続法", "平成5年法律第88号"),
    ("地方独立行政法人法", "平成15年法律第118号"),
    ("行政機関の保有する情報の公開に関する法律", "平成11年法律第42号"),
    ("統計法", "平成19年法律第53号"),
]


# statutes of the 消防・警察 bodies an ordinance names among its 実施機関 or cites in their provisions
SAFETY = [
    ("消防組織法", "昭和22年法律第226号"),
    ("消防法", "昭和23年法律第186号"),
    ("警察法", "昭和29年法律第162号"),
]


@pytest.mark.parametrize(("name", "number"), SAFETY)
def test_the_safety_statutes_with_their_own_number_and_one_off(name: str, number: str) -> None:
    body = f"{name}（{number}）第9条に規定する機関が収集した個人情報は、この条例の規定により取り扱う。"
    assert wrong(body) == []
    num = int(number.split("第")[1].rstrip("号"))
    bad = number.replace(f"第{num}号", f"第{num + 1}号")
    assert wrong(body.replace(number, bad)) == [("cite.law_number_wrong", "O6", E, bad)]


@pytest.mark.parametrize(("name", "number"), ELEVEN)
def test_each_statute_with_its_own_number_is_clean(name: str, number: str) -> None:
    body = f"この条例は、{name}（{number}）の規定によるもののほか、必要な事項を定める。"
    assert wrong(body) == []
    assert shared(body) == []


@pytest.mark.parametrize(("name", "number"), ELEVEN)
def test_each_statute_with_a_number_one_off_is_an_error(name: str, number: str) -> None:
    num = int(number.split("第")[1].rstrip("号"))
    bad = number.replace(f"第{num}号", f"第{num + 1}号")
    body = f"この条例は、{name}（{bad}）の規定によるもののほか、必要な事項を定める。"
    assert wrong(body) == [("cite.law_number_wrong", "O6", E, bad)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # kanji numbers, as a 町 drafting in vertical style writes them
        ("地方自治法（昭和二十二年法律第六十七号）第十四条による。", []),
        ("地方公務員法（昭和二十五年法律第二百六十一号）第三十四条による。", []),
        ("地方公務員法（昭和二十五年法律第二百六十二号）第三十四条による。",
         [("cite.law_number_wrong", "O6", E, "昭和二十五年法律第二百六十二号")]),
        # full-width digits
        ("統計法（平成１９年法律第５３号）第２条による。", []),
        ("統計法（平成１９年法律第５４号）第２条による。", [("cite.law_number_wrong", "O6", E, "平成１９年法律第５４号")]),
        # the wrong era, the right number
        ("地方自治法（平成22年法律第67号）第14条による。", [("cite.law_number_wrong", "O6", E, "平成22年法律第67号")]),
        # a number followed by a 略称 inside the same parenthesis
        ("行政機関の保有する個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）による。",
         [("cite.law_number_wrong", "O6", E, "平成15年法律第57号")]),
        # a short name of the table
        ("番号法（平成25年法律第27号）第19条による。", []),
        # 地方独立行政法人法 is not 独立行政法人法, and 独立行政法人等の保有する… is not 個人情報の保護に関する法律
        ("地方独立行政法人法（平成15年法律第118号）第2条第1項による。", []),
        ("独立行政法人等の保有する個人情報の保護に関する法律（平成15年法律第59号）による。", []),
        # one serial number in two years: the year tells the statutes apart
        ("国家公務員法（昭和22年法律第120号）及び国家行政組織法（昭和23年法律第120号）による。", []),
        ("国家公務員法（昭和23年法律第120号）による。", [("cite.law_number_wrong", "O6", E, "昭和23年法律第120号")]),
        # 行個法 with the number of the 1988 Act it wholly revised
        ("行政機関の保有する個人情報の保護に関する法律（昭和63年法律第95号）による。",
         [("cite.law_number_wrong", "O6", W, "昭和63年法律第95号")]),
        # a statute outside the table is not judged here
        ("水道法（昭和32年法律第177号）第2条による。", []),
        # no number at all is the O6 rule's business
        ("地方自治法第14条による。", []),
    ],
)
def test_numbers_in_every_script(body: str, expected: list) -> None:
    assert wrong(body) == expected


def test_the_number_of_another_statute_says_so_and_suggests_the_own_number() -> None:
    body = ("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）及び"
            "独立行政法人等の保有する個人情報の保護に関する法律（平成15年法律第58号）による。")
    (finding,) = findings("cite.law_number_wrong", DRAFT.format(body=body))
    assert (finding.severity, finding.anchor_text, finding.suggestion) == (E, "平成15年法律第58号", "平成15年法律第59号")
    assert finding.code == "check.integrity.citation_number_of_other"
    assert finding.message_ja == (
        "「独立行政法人等の保有する個人情報の保護に関する法律」の法令番号とされている「平成15年法律第58号」は、"
        "行政機関の保有する個人情報の保護に関する法律の法令番号である（同じ番号が二つの法律に付されている。）。"
        "同法の法令番号「平成15年法律第59号」に改められたい。"
    )
    assert finding.location.article == "1"


def test_kanji_citation_gets_a_kanji_suggestion() -> None:
    (finding,) = findings("cite.law_number_wrong", DRAFT.format(body="地方公務員法（昭和二十五年法律第二百六十号）による。"))
    assert finding.suggestion == "昭和二十五年法律第二百六十一号"
    assert finding.message_en.startswith("「地方公務員法」 is cited with the number")


def test_the_number_of_a_wholly_revised_act_is_a_warning() -> None:
    body = "行政不服審査法（昭和37年法律第160号）の規定による不服申立て"
    assert wrong(body) == [("cite.law_number_wrong", "O6", W, "昭和37年法律第160号")]


@pytest.mark.parametrize("words", ["平成26年法律第68号による改正前の", "廃止前の"])
def test_the_former_act_said_so_is_clean(words: str) -> None:
    assert wrong(f"{words}行政不服審査法（昭和37年法律第160号）の規定による不服申立て") == []


def test_one_wrong_number_repeated_is_reported_once() -> None:
    body = "地方自治法（昭和22年法律第76号）第14条及び地方自治法（昭和22年法律第76号）第228条による。"
    assert len(wrong(body)) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an unknown name with a known statute's number
        ("水道法（昭和22年法律第67号）第2条による。", [("cite.law_number_shared", "O6", W, "昭和22年法律第67号")]),
        # two unknown names with one number
        ("水道法（昭和32年法律第177号）及び下水道法（昭和32年法律第177号）による。",
         [("cite.law_number_shared", "O6", W, "昭和32年法律第177号")]),
        # two unknown names with their own numbers; the same unknown name twice
        ("水道法（昭和32年法律第177号）及び下水道法（昭和33年法律第79号）による。", []),
        ("水道法（昭和32年法律第177号）及び水道法（昭和32年法律第177号）による。", []),
        # a name with kana in it cannot be delimited reliably: not judged
        ("災害対策に関する法律（昭和22年法律第67号）による。", []),
    ],
)
def test_one_number_for_two_laws(body: str, expected: list) -> None:
    assert shared(body) == expected


def test_table_holds_the_eleven_statutes_with_their_numbers() -> None:
    table = statute_table()
    for name, number in ELEVEN:
        assert format_number(table.by_name[name].number) == number
    numbers = [s.number for s in table.statutes]
    assert len(numbers) == len(set(numbers)), "two statutes of the table share a number"


def test_table_rows_are_complete() -> None:
    data = json.loads(paths.resource("data", "laws.json").read_text(encoding="utf-8"))
    for row in data["laws"]:
        era = {"明治": "1", "大正": "2", "昭和": "3", "平成": "4", "令和": "5"}[row["era"]]
        kind = {"法律": "AC", "政令": "CO"}[row["kind"]]
        assert row["egov_id"] == f"{era}{row['year']:02d}{kind}{row['number']:010d}"
    assert parse_table(data).by_name.keys() == statute_table().by_name.keys()


@pytest.mark.parametrize(("n", "kanji"), [(1, "一"), (10, "十"), (15, "十五"), (58, "五十八"), (261, "二百六十一"), (118, "百十八")])
def test_int_to_kanji_writes_statute_numbers(n: int, kanji: str) -> None:
    # format_number writes a kanji law number with core.text.int_to_kanji
    assert int_to_kanji(n) == kanji


@pytest.mark.parametrize(
    ("body", "example"),
    [
        ("地方自治法第14条による。", "昭和22年法律第67号"),
        ("地方公務員法第34条による。", "昭和25年法律第261号"),
        ("水道法第2条による。", "平成○年法律第○号"),
    ],
)
def test_o6_example_is_the_cited_laws_own_number(body: str, example: str) -> None:
    (finding,) = findings("cite.law_number", DRAFT.format(body=body))
    assert f"（例：{example}）" in finding.message_ja
    assert f"(e.g. {example})" in finding.message_en


GLUED_TERM = """さくら台町個人情報保護条例
（定義）
第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
(2)　特定個人情報行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第{n}号）第2条第8項に規定する特定個人情報をいう。
（委任）
第2条　この条例の施行に関し必要な事項は、規則で定める。
"""


def test_a_term_glued_to_its_definition_does_not_hide_the_cited_statute() -> None:
    # extraction lost the space after the 号's term: the statute is still the one cited
    assert rows("cite.law_number_wrong", GLUED_TERM.format(n=28)) == [
        ("cite.law_number_wrong", "O6", E, "平成25年法律第28号")]
    assert rows("cite.law_number_wrong", GLUED_TERM.format(n=27)) == []

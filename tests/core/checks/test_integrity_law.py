"""Integrity rules on citations of other instruments: drift [O1], law numbers [O6]."""

from __future__ import annotations

import pytest

from ordreview.core.checks.integrity_law import DEFAULT_DRIFT
from ordreview.core.profile import load_profile
from tests.core.checks.integrity_support import findings, rows

E = "error"
W = "warning"

GYOKOHO = "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）"
KOJOHOHO = "個人情報の保護に関する法律（平成15年法律第57号）"
CITE = "（定義）\n第1条　この条例において、{first}、{second}をいう。"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (f"{GYOKOHO}第2条第6項に規定する個人情報ファイル", "本人", []),
        (f"{GYOKOHO}第2条第4項に規定する個人情報ファイル", "本人", [("cite.drift", "O1", E, "第2条第4項")]),
        (f"{GYOKOHO}第2条第3項に規定する個人識別符号", "法第2条第4項に規定する要配慮個人情報", []),
        (f"{GYOKOHO}第2条第3項に規定する個人識別符号", "法第2条第3項に規定する保有個人情報",
         [("cite.drift", "O1", E, "法第2条第3項")]),
        (f"{GYOKOHO}第2条第3項に規定する個人識別符号", "同条第5項に規定する本人", [("cite.drift", "O1", E, "同条第5項")]),
        (f"{GYOKOHO}第2条第2項に規定する個人情報", "法第2条第8項に規定する個人識別符号",
         [("cite.drift", "O1", E, "法第2条第8項")]),
        ("行政機関個人情報保護法第2条第4項に規定する個人情報ファイル", "本人",
         [("cite.drift", "O1", E, "行政機関個人情報保護法第2条第4項")]),
        (f"{KOJOHOHO}第2条第2項に規定する個人識別符号", "同法第2条第3項に規定する要配慮個人情報", []),
        (f"{KOJOHOHO}第2条第4項に規定する個人データ", "本人", [("cite.drift", "O1", E, "第2条第4項")]),
        ("番号法第2条第5項に規定する個人番号", "本人", []),
        (f"{GYOKOHO}第10条第1項第5号の2に掲げる事項", "法第10条第1項第6号に掲げる事項", []),
        (f"{GYOKOHO}第2条第4項の規定", "本人", []),
        ("独立行政法人等の保有する個人情報の保護に関する法律（平成15年法律第59号）第2条第4項に規定する個人情報ファイル",
         "本人", []),
    ],
)
def test_drifted_article_numbers(first: str, second: str, expected: list) -> None:
    assert rows("cite.drift", CITE.format(first=first, second=second)) == expected


def test_drift_message_names_the_old_numbering_and_the_right_paragraph() -> None:
    (finding,) = findings("cite.drift", CITE.format(first=f"{GYOKOHO}第2条第4項に規定する個人情報ファイル", second="本人"))
    assert finding.message_ja == (
        "「第2条第4項」は、現行（平成29年5月30日施行後）の行政機関個人情報保護法では要配慮個人情報の規定であるが、"
        "文脈上は「個人情報ファイル」を指しており、改正前の項番号のままと思われる。"
        "「行政機関個人情報保護法第2条第6項」に改められたい。"
    )
    assert (finding.statute, finding.suggestion) == ("行政機関個人情報保護法 第2条第6項", "第2条第6項")


def test_drift_message_for_a_number_that_never_meant_the_term() -> None:
    text = CITE.format(first=f"{GYOKOHO}第2条第2項に規定する個人情報", second="法第2条第8項に規定する個人識別符号")
    (finding,) = findings("cite.drift", text)
    assert finding.code == "check.integrity.cite_drift_wrong"


def test_fallback_drift_table_matches_the_profile() -> None:
    profile_rows = [
        {"law": d.law, "names": list(d.names), "article": d.article, "paragraph": d.paragraph,
         "means": d.means, "before_2017": d.before_2017}
        for d in load_profile().statute_drift
    ]
    assert profile_rows == list(DEFAULT_DRIFT)


NUMBERS = "（定義）\n第1条　{body}\n（雑則）\n第2条　この条例の規定による方法に従う。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("地方自治法（昭和22年法律第67号）第2条及び地方自治法第14条による。", []),
        ("地方自治法第14条及び地方自治法（昭和22年法律第67号）第2条による。", [("cite.law_number", "O6", W, "地方自治法")]),
        ("行政不服審査法（平成26年法律第68号）第9条による。", []),
        (f"{KOJOHOHO}の規定による。", []),
        ("個人情報の保護に関する法律の規定による。", [("cite.law_number", "O6", W, "個人情報の保護に関する法律")]),
        ("東西市情報公開条例（平成12年東西市条例第3号）第2条による。", []),
        ("東西市情報公開条例第2条による。", [("cite.law_number", "O6", W, "東西市情報公開条例")]),
        (f"{GYOKOHO}第2条及び法第3条による。", []),
        ("適正な方法による。", []),
    ],
)
def test_first_citation_carries_the_number(body: str, expected: list) -> None:
    assert rows("cite.law_number", NUMBERS.format(body=body)) == expected


def test_law_number_message() -> None:
    (finding,) = findings("cite.law_number", NUMBERS.format(body="東西市情報公開条例第2条による。"))
    assert finding.message_ja == "「東西市情報公開条例」の最初の引用（第1条）に条例番号（例：平成○年東西市条例第○号）が付されていない。条例番号を付されたい。"


def test_municipality_written_in_kana_is_part_of_the_ordinance_name() -> None:
    text = "みなと市個人情報保護条例\n（定義）\n第1条　みなと市情報公開条例第2条による。"
    assert rows("cite.law_number", text) == [("cite.law_number", "O6", W, "みなと市情報公開条例")]


@pytest.mark.parametrize(
    ("town", "title"),
    [
        ("みなと市", "さくら町個人情報保護条例"),
        ("さくら町", "みなと市個人情報保護条例"),
        ("かわせ村", "みなと市個人情報保護条例"),
        ("高岡市", "みなと市個人情報保護条例"),
        ("あおば市", "あおば市個人情報保護条例"),
        ("ひばりが丘町", "みなと市個人情報保護条例"),
    ],
)
def test_kana_municipal_names_of_other_towns_are_whole(town: str, title: str) -> None:
    text = f"{title}\n（定義）\n第1条　この条例は、{town}情報公開条例第2条による。"
    assert rows("cite.law_number", text) == [("cite.law_number", "O6", W, f"{town}情報公開条例")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("（みなと市文書条例の廃止）\n2　みなと市文書条例（平成14年みなと市条例第10号）は、廃止する。", []),
        ("(みなと市文書条例の廃止)第2条　みなと市文書条例（平成14年みなと市条例第10号）は、廃止する。", []),
        ("（みなと市文書条例の廃止）\n2　みなと市文書条例は、廃止する。", [("cite.law_number", "O6", W, "みなと市文書条例")]),
    ],
)
def test_a_caption_is_not_the_first_citation(lines: str, expected: list) -> None:
    text = f"みなと市個人情報保護条例\n（趣旨）\n第1条　この条例は、趣旨を定める。\n{lines}"
    found = findings("cite.law_number", text)
    assert [(f.rule, f.requirement, f.severity, f.anchor_text) for f in found] == expected
    assert all(not f.location.span or text[f.location.span.start - 1] != "（" for f in found)


def test_citation_wrapped_over_two_lines() -> None:
    text = f"（定義）\n第1条　この条例において、{GYOKOHO}第2条第\n4項に規定する個人情報ファイルをいう。"
    assert rows("cite.drift", text) == [("cite.drift", "O1", E, "第2条第\n4項")]

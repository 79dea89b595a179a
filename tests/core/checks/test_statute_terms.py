"""Terms of art of other statutes used without a definition or citation [O4]."""

from __future__ import annotations

import pytest

from ordreview.core.checks.citations import statute_table
from ordreview.core.checks.statute_terms import statute_terms
from tests.core.checks.integrity_support import findings, rows

W = "warning"
BANGO = "行政手続における特定の個人を識別するための番号の利用等に関する法律"
DRAFT = (
    "みずほ町個人情報保護条例\n"
    "（定義）\n第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n{define}"
    "（利用の制限）\n第2条　実施機関は、{use}を利用目的以外の目的のために利用してはならない。\n"
    "（委任）\n第3条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


def run(define: str = "", use: str = "特定個人情報") -> list:
    return rows("term.statute_undefined", DRAFT.format(define=define, use=use))


@pytest.mark.parametrize(
    ("define", "use", "expected"),
    [
        # used, never defined, no statute cited
        ("", "特定個人情報", [("term.statute_undefined", "O4", W, "特定個人情報")]),
        ("", "個人番号", [("term.statute_undefined", "O4", W, "個人番号")]),
        ("", "行政機関非識別加工情報", [("term.statute_undefined", "O4", W, "行政機関非識別加工情報")]),
        # 特定個人情報ファイル is the longer term: reported as itself, not as 特定個人情報
        ("", "特定個人情報ファイル", [("term.statute_undefined", "O4", W, "特定個人情報ファイル")]),
        # a definition of its own
        ("2　この条例において「特定個人情報」とは、個人番号をその内容に含む個人情報をいう。\n", "特定個人情報",
         [("term.statute_undefined", "O4", W, "個人番号")]),
        # the defining provision cited next to the use, in several ways
        ("", f"{BANGO}（平成25年法律第27号）第2条第8項に規定する特定個人情報", []),
        ("", "番号法第2条第8項に規定する特定個人情報", []),
        ("", f"{BANGO}に規定する特定個人情報", []),
        (f"2　{BANGO}（平成25年法律第27号。以下「番号利用法」という。）の趣旨に従う。\n", "番号利用法第2条第8項に規定する特定個人情報", []),
        (f"2　{BANGO}（平成25年法律第27号。以下「法」という。）の趣旨に従う。\n", "法第2条第8項に規定する特定個人情報", []),
        # defined inline at the first use
        ("", "特定個人情報（番号法第2条第8項に規定する特定個人情報をいう。以下同じ。）", []),
        # wholesale import of the defining statute's vocabulary
        ("2　この条例において使用する用語は、番号法において使用する用語の例による。\n", "特定個人情報", []),
        # wholesale import of another statute's vocabulary does not define it
        ("2　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）の例による。\n"
         "3　この条例において使用する用語は、法において使用する用語の例による。\n", "特定個人情報",
         [("term.statute_undefined", "O4", W, "特定個人情報")]),
        # a provision of the defining statute cited for another purpose does not give the
        # term's meaning (番号法第19条 says when 特定個人情報 may be provided, not what it is)
        (f"2　{BANGO}（平成25年法律第27号）第19条各号のいずれかに該当する場合に限り提供する。\n", "特定個人情報",
         [("term.statute_undefined", "O4", W, "特定個人情報")]),
        # nor does the statute named without any provision
        (f"2　{BANGO}（平成25年法律第27号）の趣旨に従う。\n", "特定個人情報",
         [("term.statute_undefined", "O4", W, "特定個人情報")]),
        ("2　番号法の趣旨に従う。\n", "特定個人情報", [("term.statute_undefined", "O4", W, "特定個人情報")]),
        # a 略称 「法」 of another statute does not cite 番号法
        ("2　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条の例による。\n",
         "特定個人情報", [("term.statute_undefined", "O4", W, "特定個人情報")]),
        # a citation of another statute before the term does not define it
        ("", "地方自治法第2条の特定個人情報", [("term.statute_undefined", "O4", W, "特定個人情報")]),
        # ordinary words and terms outside the list are never findings
        ("", "個人に関する情報", []),
        ("", "住民票に記載された番号", []),
    ],
)
def test_statute_terms(define: str, use: str, expected: list) -> None:
    assert run(define, use) == expected


def test_a_term_only_in_a_caption_is_not_a_use() -> None:
    text = DRAFT.format(define="", use="保有個人情報").replace("（利用の制限）", "（特定個人情報の利用の制限）")
    assert rows("term.statute_undefined", text) == []


def test_message() -> None:
    (finding,) = findings("term.statute_undefined", DRAFT.format(define="", use="特定個人情報"))
    assert finding.message_ja == (
        "「特定個人情報」（最初は第2条）が用いられているが、この条例に定義がなく、番号法の規定の引用もない。"
        "「番号法第2条第8項に規定する特定個人情報」のように、その意義を明らかにされたい。"
    )
    assert finding.statute == f"{BANGO} 第2条第8項"
    assert finding.suggestion == "番号法第2条第8項に規定する特定個人情報"


def test_every_listed_term_names_a_statute_of_the_table() -> None:
    table = statute_table()
    assert all(entry.law in table.by_name for entry in statute_terms())
    assert len({e.term for e in statute_terms()}) == len(statute_terms())


LATER = (
    "さくらだ村個人情報保護条例\n"
    "（利用及び提供の制限）\n"
    "第七条　実施機関は、特定個人情報を利用目的以外の目的のために利用してはならない。\n"
    "２　{second}\n"
    "（提供の制限）\n"
    "第八条　実施機関は、" + BANGO + "（平成二十五年法律第二十七号）第十九条各号のいずれかに該当する場合を除き、特定個人情報を提供してはならない。\n"
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the statute is named only in a later article: at its first use the term means nothing yet
        ("前項の規定は、保有個人情報について準用する。", [("term.statute_undefined", "O4", W, "特定個人情報")]),
        # a short name of the statute in the next paragraph is still after the first use
        ("番号法第十九条の規定に留意する。", [("term.statute_undefined", "O4", W, "特定個人情報")]),
    ],
)
def test_a_statute_cited_only_after_the_first_use_does_not_define_the_term(second: str, expected: list) -> None:
    assert rows("term.statute_undefined", LATER.format(second=second)) == expected


def test_a_statute_cited_in_the_paragraph_of_the_first_use_for_another_purpose_does_not_define_it() -> None:
    text = LATER.format(second="前項の規定は、保有個人情報について準用する。").replace(
        "目的以外の目的のために利用してはならない。", "目的以外の目的のために利用してはならない。ただし、番号法第三十条の規定により読み替えて適用する場合は、この限りでない。", 1)
    (finding,) = findings("term.statute_undefined", text)
    assert finding.anchor_text == "特定個人情報"
    assert finding.message_ja.startswith(
        "「特定個人情報」が第7条第1項で用いられているが、この条例に定義がない。第7条第1項で番号法が引用されているが、"
        "その引用は「特定個人情報」の意義を定めるものではない。")


def test_the_same_sentence_citing_the_statute_after_the_term_does_not_define_it() -> None:
    text = ("さくらだ村個人情報保護条例\n（提供の制限）\n第八条　実施機関は、特定個人情報については、" + BANGO
            + "（平成二十五年法律第二十七号）第十九条各号のいずれかに該当する場合を除き、提供してはならない。\n")
    assert rows("term.statute_undefined", text) == [("term.statute_undefined", "O4", W, "特定個人情報")]
    # the defining words next to the use are enough
    defined = text.replace("特定個人情報については、", "特定個人情報（" + BANGO + "第二条第八項に規定する特定個人情報をいう。）については、")
    assert rows("term.statute_undefined", defined) == []


def test_message_when_the_statute_is_cited_later() -> None:
    (finding,) = findings("term.statute_undefined", LATER.format(second="前項の規定は、保有個人情報について準用する。"))
    assert finding.message_ja.startswith(
        "「特定個人情報」が第7条第1項で用いられているが、この条例に定義がなく、番号法はその後の第8条で初めて引用されている。")


OTHERS = (
    "こがね町個人情報保護条例\n"
    "（定義）\n"
    "第二条　この条例において「事業者」とは、法人その他の団体（国、{dokuho}、地方公共団体及び{chihou}を除く。）"
    "及び事業を営む個人をいう。\n"
)
DOKUHO_FULL = ("独立行政法人等（独立行政法人等の保有する個人情報の保護に関する法律（平成十五年法律第五十九号）"
               "第二条第一項に規定する独立行政法人等をいう。以下同じ。）")
CHIHOU_FULL = "地方独立行政法人（地方独立行政法人法（平成十五年法律第百十八号）第二条第一項に規定する地方独立行政法人をいう。）"


@pytest.mark.parametrize(
    ("dokuho", "chihou", "expected"),
    [
        (DOKUHO_FULL, CHIHOU_FULL, []),
        # the collective 独立行政法人等 and the 地方独立行政法人 are the two Acts' defined terms; in the
        # fixed enumeration of public bodies with 国 and 地方公共団体 they are noted only (info)
        ("独立行政法人等", CHIHOU_FULL, [("term.statute_undefined", "O4", "info", "独立行政法人等")]),
        (DOKUHO_FULL, "地方独立行政法人", [("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
    ],
)
def test_public_corporations_are_terms_of_their_acts(dokuho: str, chihou: str, expected: list) -> None:
    assert rows("term.statute_undefined", OTHERS.format(dokuho=dokuho, chihou=chihou)) == expected


def test_a_provision_cited_earlier_in_the_sentence_reads_the_term_in_its_words() -> None:
    body = ("さくらだ村個人情報保護条例\n（提供）\n第八条　実施機関は、" + BANGO
            + "（平成二十五年法律第二十七号）第十九条第八号の規定により{use}を使用して保有個人情報を提供することができる。\n")
    assert rows("term.statute_undefined", body.format(use="情報提供ネットワークシステム")) == []
    # the same citation in an earlier sentence does not reach the term
    split = body.replace("の規定により{use}", "の規定による。実施機関は、{use}").format(use="情報提供ネットワークシステム")
    assert rows("term.statute_undefined", split) == [("term.statute_undefined", "O4", W, "情報提供ネットワークシステム")]


PUBLIC = (
    "あおば市個人情報保護条例\n"
    "（提供の制限）\n"
    "第八条　実施機関は、次に掲げる場合を除き、保有個人情報を提供してはならない。\n"
    "{item}\n"
    "（意見書）\n"
    "第九条　開示請求に係る保有個人情報に国、独立行政法人等、地方公共団体、地方独立行政法人及び開示請求者以外の者"
    "（以下「第三者」という。）に関する情報が含まれているときは、第三者に意見書を提出する機会を与えることができる。\n"
)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # every use in the enumeration of public bodies: info only
        ("一　国、独立行政法人等、他の地方公共団体又は地方独立行政法人に提供するとき。",
         [("term.statute_undefined", "O4", "info", "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
        ("一　他の地方公共団体、国又は独立行政法人等から収集するとき。",
         [("term.statute_undefined", "O4", "info", "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
        # led by 国の機関 or the statute's own 他の行政機関 (行政機関個人情報保護法第4条第3号, 第8条第2項第3号)
        ("一　国の機関、独立行政法人等、地方公共団体又は地方独立行政法人が行う事務に支障を及ぼすとき。",
         [("term.statute_undefined", "O4", "info", "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
        ("一　他の行政機関、独立行政法人等、地方公共団体又は地方独立行政法人に提供するとき。",
         [("term.statute_undefined", "O4", "info", "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
        # a body of the 国 (国の出先機関) is no head of the enumeration
        ("一　外国の機関、独立行政法人等に提供するとき。",
         [("term.statute_undefined", "O4", W, "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
        # one use outside such an enumeration keeps the warning (the term carries a meaning there)
        ("一　地方独立行政法人に提供するとき。",
         [("term.statute_undefined", "O4", "info", "独立行政法人等"),
          ("term.statute_undefined", "O4", W, "地方独立行政法人")]),
        # but the body the municipality set up is read as the Act's, as the enumeration is (four gold lists of
        # the held-out sets accept it undefined, none marks it)
        ("一　市が設立した地方独立行政法人に提供するとき。",
         [("term.statute_undefined", "O4", "info", "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
        # 全国 is no 国 leading the enumeration
        ("一　全国、独立行政法人等に提供するとき。",
         [("term.statute_undefined", "O4", W, "独立行政法人等"),
          ("term.statute_undefined", "O4", "info", "地方独立行政法人")]),
    ],
)
def test_public_bodies_in_the_statutory_enumeration_are_noted_only(item: str, expected: list) -> None:
    assert sorted(rows("term.statute_undefined", PUBLIC.format(item=item))) == sorted(expected)


@pytest.mark.parametrize(
    "lead",
    ["国、独立行政法人、地方公共団体、", "町、国、独立行政法人、他の地方公共団体、"],
)
def test_the_third_party_phrase_written_with_independent_agencies_without_to_is_the_enumeration(lead: str) -> None:
    # a 第三者 phrase copied from the statute's disclosure article but with 独立行政法人 (no 等):
    # 地方独立行政法人 still stands in the enumeration of public bodies, noted only
    text = (
        "みずほ町個人情報保護条例\n"
        "（定義）\n第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n"
        "（意見書）\n第2条　提案に係る保有個人情報に"
        f"{lead}地方独立行政法人及び提案をした者以外の者（以下この項において「第三者」という。）"
        "に関する情報が含まれているときは、第三者に意見書を提出する機会を与えることができる。\n"
    )
    assert rows("term.statute_undefined", text) == [("term.statute_undefined", "O4", "info", "地方独立行政法人")]
    # the same name outside the enumeration keeps the warning
    alone = text.replace(f"{lead}地方独立行政法人及び", "地方独立行政法人及び")
    assert rows("term.statute_undefined", alone) == [("term.statute_undefined", "O4", W, "地方独立行政法人")]


def test_a_term_of_art_in_an_enumeration_keeps_the_warning() -> None:
    text = PUBLIC.format(item="一　国、独立行政法人等、特定個人情報又は地方独立行政法人に提供するとき。")
    assert ("term.statute_undefined", "O4", W, "特定個人情報") in rows("term.statute_undefined", text)



def _rows_punctuation_lost(text: str) -> list:
    """Rows of the rule on ``text`` read as PDF text whose reader said 、。 were lost."""
    import dataclasses

    from ordreview.core.checks.context import CheckContext
    from ordreview.core.checks.registry import all_rules
    from ordreview.core.profile import load_profile
    from ordreview.core.model import Notice
    from ordreview.core.parse import parse_document, text_document
    from ordreview.core.read.codes import PUNCTUATION_LOST

    doc = text_document(text, path="extracted.txt")
    doc = dataclasses.replace(doc, notices=(*doc.notices, Notice(PUNCTUATION_LOST, "、。が失われている", "lost")))
    ctx = CheckContext(ordinance=parse_document(doc), profile=load_profile(), coverage={})
    rule = next(r for r in all_rules() if r.id == "term.statute_undefined")
    return [(f.rule, f.requirement, f.severity, f.anchor_text) for f in rule.run(ctx)]


@pytest.mark.parametrize(
    "item",
    [
        "一　国、独立行政法人等、他の地方公共団体又は地方独立行政法人に提供するとき。",
        "一　市が設立した地方独立行政法人に提供するとき。",
    ],
)
def test_an_enumeration_whose_commas_an_extractor_lost_is_still_the_enumeration(item: str) -> None:
    # PDF text where every 、 came out as a space: 「国 独立行政法人等 地方公共団体…」 is the same
    # enumeration of public bodies, so the severities stay those of the clean draft
    clean = PUBLIC.format(item=item)
    lost = clean.replace("、", " ")
    assert sorted(_rows_punctuation_lost(lost)) == sorted(rows("term.statute_undefined", clean))
    # a space does not make an enumeration of a word that is no public body
    assert ("term.statute_undefined", "O4", W, "独立行政法人等") in _rows_punctuation_lost(
        PUBLIC.format(item="一　全国 独立行政法人等に提供するとき。").replace("、", " "))

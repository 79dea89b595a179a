"""A register's or body's name clipped to its tail with no 略称 defined (登録簿 for 個人情報取扱事務
登録簿), and a clipped 略称 used in the 定義 article before the article that defines it. Small drafts
written here in the style of an old 村 ordinance: kanji article numbers, 一・二 items."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, findings, rows

W = "warning"

REGISTER = draft(
    "みずほ村個人情報保護条例",
    "（定義）",
    "第一条　この条例において「実施機関」とは、村長及び教育委員会をいう。",
    "（個人情報事務台帳）",
    "第二条　実施機関は、個人情報を取り扱う事務について、次に掲げる事項を記載した{name}を備えなければならない。",
    "一　事務の名称",
    "二　事務の目的",
    "２　村長は、{use}を一般の閲覧に供しなければならない。",
    "（審査会への諮問）",
    "第三条　実施機関は、審査請求があったときは、みずほ村情報公開・個人情報保護審査会に諮問しなければならない。",
    "２　{board}は、諮問に応じ、答申しなければならない。",
)


def run(name: str = "個人情報事務台帳", use: str = "個人情報事務台帳", board: str = "みずほ村情報公開・個人情報保護審査会"):
    return [r for r in rows("term.undefined", REGISTER.format(name=name, use=use, board=board))]


def test_the_full_names_throughout_are_clean() -> None:
    assert run() == []


def test_a_register_clipped_to_its_tail_without_an_abbreviation() -> None:
    assert run(use="台帳") == [("term.undefined", "O3", W, "台帳")]


def test_a_body_clipped_to_its_tail_without_an_abbreviation() -> None:
    assert run(board="審査会") == [("term.undefined", "O3", W, "審査会")]


@pytest.mark.parametrize("use", ["前項の台帳", "同項に規定する台帳"])
def test_a_use_named_through_its_provision_is_clear(use: str) -> None:
    assert run(use=use) == []


def test_an_abbreviation_defined_where_the_name_first_appears() -> None:
    assert run(name="個人情報事務台帳（以下「台帳」という。）", use="台帳") == []


def test_the_body_named_without_the_municipality_is_its_name() -> None:
    assert run(board="情報公開・個人情報保護審査会") == []
    text = REGISTER.format(name="個人情報事務台帳", use="個人情報事務台帳", board="審査会").replace(
        "みずほ村情報公開・個人情報保護審査会", "みずほ村個人情報保護審査会")
    assert rows("term.undefined", text.replace("審査会は", "個人情報保護審査会は")) == []


def test_the_message_names_the_full_name() -> None:
    (finding,) = findings("term.undefined", REGISTER.format(name="個人情報事務台帳", use="台帳",
                                                           board="みずほ村情報公開・個人情報保護審査会"))
    assert "「個人情報事務台帳」" in finding.message_ja and "（以下「台帳」という。）" in finding.message_ja
    assert finding.suggestion == "個人情報事務台帳（以下「台帳」という。）"


EARLY = draft(
    "（定義）",
    "第一条　この条例において「非識別加工情報」とは、{use}に掲載された個人情報ファイルを加工したものをいう。",
    "（個人情報ファイル簿）",
    "第二条　実施機関は、次に掲げる事項を記載した帳簿（以下「{term}」という。）を作成し、公表しなければならない。",
    "一　名称",
    "二　利用目的",
    "２　{term}は、閲覧に供する。",
)


@pytest.mark.parametrize(
    ("term", "use", "severity"),
    [
        ("個人情報ファイル簿", "個人情報ファイル簿", "info"),  # the statute's own name, read in the 定義 article
        ("ファイル簿", "ファイル簿", W),  # a clipped form says nothing before its definition
    ],
)
def test_clipped_abbreviation_in_the_definitions_article_before_its_definition(term: str, use: str, severity: str) -> None:
    found = rows("abbr.before_definition", EARLY.format(term=term, use=use))
    assert [(r[0], r[2], r[3]) for r in found] == [("abbr.before_definition", severity, use)]


CHAPTER_SCOPE = draft(
    "　　　第二章　個人情報の取扱い",
    "（収集の制限）",
    "第三条　実施機関は、{defined}を開始するときは、その目的を明確にしなければならない。",
    "　　　第三章　雑則",
    "（運用状況の公表）",
    "第四条　村長は、毎年度、{word}の状況を公表する。",
)


@pytest.mark.parametrize(
    ("defined", "word", "expected"),
    [
        # a long compound made of its defining phrase is the draft's word: out of its chapter it names nothing
        ("個人情報を取り扱う事務（以下この章において「個人情報取扱事務」という。）", "個人情報取扱事務",
         [("abbr.out_of_scope", "O3", W, "個人情報取扱事務")]),
        ("個人情報を取り扱う事務（以下「個人情報取扱事務」という。）", "個人情報取扱事務", []),
        # a short compound of its phrase (提案をする者 → 提案者) stays a word of plain language
        ("提案をする者（以下この章において「提案者」という。）の受付", "提案者", []),
    ],
)
def test_a_long_compound_scoped_to_a_chapter(defined: str, word: str, expected: list) -> None:
    assert rows("abbr.out_of_scope", CHAPTER_SCOPE.format(defined=defined, word=word)) == expected


def test_a_plain_noun_at_the_end_of_a_name_is_not_clipped() -> None:
    text = REGISTER.format(name="個人情報事務台帳", use="個人情報事務台帳", board="みずほ村情報公開・個人情報保護審査会")
    text = text.replace("一　事務の名称", "一　事務の名称（選挙人名簿に係るものを含む。）") + "\n３　村長は、名簿を閲覧に供する。"
    assert rows("term.undefined", text) == []


@pytest.mark.parametrize("board", ["審査会その他の合議制の機関", "審査会等"])
def test_the_kind_of_body_is_not_a_clipped_name(board: str) -> None:
    assert run(board=board) == []


PERSON = draft(
    "（提案の審査）",
    "第十条　実施機関は、提案があったときは、{defined}が欠格事由に該当しないことを審査しなければならない。",
    "２　実施機関は、審査の結果を{word}に通知する。",
    "（契約の締結）",
    "第十一条　前条第二項の通知を受けた{word}は、実施機関と契約を締結することができる。",
)


@pytest.mark.parametrize(
    ("defined", "expected"),
    [
        # who made that proposal: outside the article the label points at nobody
        ("当該提案をした者（以下この条において「提案者」という。）", [("abbr.out_of_scope", "O3", W, "提案者")]),
        # anyone who proposes: a general class keeps its plain sense
        ("提案をする者（以下この条において「提案者」という。）", []),
        # the same person named for the whole ordinance
        ("当該提案をした者（以下「提案者」という。）", []),
    ],
)
def test_a_scoped_label_for_who_did_one_act(defined: str, expected: list) -> None:
    text = PERSON.format(defined=defined, word="提案者")
    assert rows("abbr.out_of_scope", text) == expected
    assert rows("term.unused", text) == []  # used out of scope: one defect, not also unused


def test_the_full_name_after_sono_ta_is_no_clipped_name() -> None:
    # 「…その他みずほ村個人情報保護審議会（以下「審議会」という。）の意見を聴いて…」: the name is
    # みずほ村個人情報保護審議会 (not 「他みずほ村…」), so writing it in full later clips nothing
    text = draft(
        "みずほ村個人情報保護条例",
        "第一条　村長は、法令に定めがあるとき、その他みずほ村個人情報保護審議会（以下「審議会」という。）の意見を聴いて"
        "必要があると認めるときは、本人以外のものから収集することができる。",
        "第二条　審議会は、委員五人以内で組織する。",
        "　　　附　則",
        "２　この条例の施行の際現にみずほ村個人情報保護審議会の委員である者は、第二条の委員とみなす。",
    )
    assert rows("term.undefined", text) == []
    # the tail alone, with no 略称 for it, is still clipped
    assert rows("term.undefined", text.replace("（以下「審議会」という。）", "").replace("第二条　審議会は", "第二条　保護審議会は")) == [
        ("term.undefined", "O3", W, "保護審議会")]


def test_other_bodies_councils_are_no_clipped_name() -> None:
    # 「構成市町の個人情報保護審議会の委員」: the member towns' own councils, not the 組合's clipped name
    text = draft(
        "みずほ地区衛生組合個人情報保護条例",
        "第一条　管理者の諮問に応じ、みずほ地区衛生組合個人情報保護審議会（以下「審議会」という。）を置く。",
        "２　審議会の委員は、{who}の委員その他学識経験を有する者のうちから、管理者が委嘱する。",
    )
    assert rows("term.undefined", text.format(who="構成市町の個人情報保護審議会")) == []
    assert rows("term.undefined", text.format(who="関係市町村の個人情報保護審議会")) == []
    # without the possessor the clipped name is the 組合's own council written short
    assert rows("term.undefined", text.format(who="個人情報保護審議会")) == [
        ("term.undefined", "O3", W, "個人情報保護審議会")]

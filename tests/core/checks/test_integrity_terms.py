"""Integrity rules on defined terms [O4] and 略称 [O3] (core/checks/integrity_terms.py)."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import context, draft, findings, rows

W = "warning"
E = "error"

DEFS = draft(
    "（目的）",
    "第1条　{use}",
    "（定義）",
    "第2条　この条例において「実施機関」とは、市長をいう。",
    "{defs}",
)


@pytest.mark.parametrize(
    ("use", "defs", "expected"),
    [
        ("実施機関は、保有個人情報を取り扱う。", "", [("term.undefined", "O4", W, "保有個人情報")]),
        ("実施機関は、保有個人情報を取り扱う。", "2　この条例において「保有個人情報」とは、職員が作成したものをいう。", []),
        ("個人識別符号を取り扱う。", "2　個人識別符号（法律第2条第3項に規定する個人識別符号をいう。）", []),
        ("要配慮個人情報及び削除情報を取り扱う。", "",
         [("term.undefined", "O4", W, "要配慮個人情報"), ("term.undefined", "O4", W, "削除情報")]),
        ("個人情報を取り扱う。", "", []),
        ("保有個人情報を取り扱う。", "2　この条例において使用する用語は、法において使用する用語の例による。", []),
        ("保有個人情報を取り扱う。", "2　この条例における用語の意義は、法の定めるところによる。", []),
        ("保有個人情報を取り扱う。", "2　この条例において使用する用語の意義は、法において使用する用語の例による。", []),
        ("法第2条第3項に規定する要配慮個人情報を取り扱う。", "", []),
        ("法第60条第2項に定める個人情報ファイルを取り扱う。", "", []),
        ("要配慮個人情報及び法第2条第3項に規定する要配慮個人情報を取り扱う。", "", []),
        ("保有個人情報を取り扱う。", "2　この条例において使用する用語は、地方自治法において使用する用語の例による。", []),
        ("保有個人情報を取り扱う。", "2　前項の用語の例による。", [("term.undefined", "O4", W, "保有個人情報")]),
        ("市の機関は、削除情報を取り扱う。", "2　この条例において使用する用語は、法において使用する用語の例による。", []),
    ],
)
def test_terms_of_art_used_but_not_defined(use: str, defs: str, expected: list) -> None:
    assert rows("term.undefined", DEFS.format(use=use, defs=defs)) == expected


def test_an_import_from_the_act_does_not_define_the_municipal_jisshi_kikan() -> None:
    text = draft(
        "（趣旨）",
        "第1条　実施機関は、保有個人情報を取り扱う。",
        "2　この条例において使用する用語は、法において使用する用語の例による。",
    )
    assert rows("term.undefined", text) == [("term.undefined", "O4", W, "実施機関")]


def test_undefined_message_names_the_first_use() -> None:
    (finding,) = findings("term.undefined", DEFS.format(use="保有個人情報を取り扱う。", defs=""))
    assert finding.message_ja == "「保有個人情報」が用いられている（最初は第1条）が、この条例に定義がない。定義を置くか、他の用語に改められたい。"


UNUSED = draft(
    "（定義）",
    "第1条　この条例において「電子計算機処理」とは、電子計算機を用いて行う処理をいう。",
    "2　この条例において「本人」とは、特定の個人をいう。",
    "（収集）",
    "第2条　{body}",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("実施機関は、本人から電子計算機処理をする。", []),
        ("実施機関は、本人から収集する。", [("term.unused", "O4", W, "電子計算機処理")]),
        ("実施機関は、収集する。", [("term.unused", "O4", W, "電子計算機処理"), ("term.unused", "O4", W, "本人")]),
        ("当該事務（以下「登録事務」という。）を行う。本人に通知し、電子計算機処理をする。",
         [("term.unused", "O4", W, "登録事務")]),
        ("当該事務（以下「登録事務」という。）を行う。登録事務は本人に通知し、電子計算機処理をする。", []),
        ("本人は、電子計算機処理記録を閲覧する。", [("term.unused", "O4", W, "電子計算機処理")]),
    ],
)
def test_defined_terms_never_used(body: str, expected: list) -> None:
    assert rows("term.unused", UNUSED.format(body=body)) == expected


DUPLICATE = draft(
    "（設置）",
    "第1条　市に東西市個人情報保護審議会（以下「審議会」という。）を置く。審議会は答申する。",
    "（組織）",
    "第2条　{body}",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("審議会は、委員5人で組織する。", []),
        # the same body named twice: a redundant definition
        ("東西市個人情報保護審議会（以下「審議会」という。）の委員は、5人とする。", [("abbr.duplicate", "O3", W, "審議会")]),
        # another body under the same 略称: every later 「審議会」 names two bodies
        ("東西市情報公開審議会（以下「審議会」という。）の委員を兼ねる。", [("abbr.duplicate", "O3", E, "審議会")]),
        ("提案者（以下この条において「申請者」という。）は申請者名を記す。", []),
    ],
)
def test_abbreviation_defined_twice(body: str, expected: list) -> None:
    assert rows("abbr.duplicate", DUPLICATE.format(body=body)) == expected


def test_scoped_abbreviations_in_separate_articles_do_not_clash() -> None:
    text = draft(
        "（a）",
        "第1条　提案者（以下この条において「申請者」という。）は、申請者の名を記す。",
        "（b）",
        "第2条　提案者（以下この条において「申請者」という。）は、申請者の名を記す。",
    )
    assert rows("abbr.duplicate", text) == []


def test_duplicate_message_names_both_places() -> None:
    (finding,) = findings("abbr.duplicate", DUPLICATE.format(body="東西市個人情報保護審議会（以下「審議会」という。）を置く。"))
    assert finding.message_ja == "「審議会」が第1条と第2条の二か所で定義されている（適用範囲が重なっている。）。いずれか一か所で定められたい。"
    assert [e.span for e in finding.evidence] == [context(DUPLICATE.format(body="")).ordinance.terms[0].term_span]


def test_clash_message_names_both_things() -> None:
    text = draft(
        "（定義）",
        "第1条　この条例において、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）"
        "の例による。",
        "（開示）",
        "第2条　行政機関の保有する情報の公開に関する法律（平成11年法律第42号。以下「法」という。）の例により開示する。",
    )
    (finding,) = findings("abbr.duplicate", text)
    assert finding.severity == "error"
    assert finding.message_ja == (
        "「法」が第1条では「行政機関の保有する個人情報の保護に関する法律」の、第2条では「行政機関の保有する情報の公開に関する"
        "法律」の略称として定義されている。一つの略称が二つのものを指すことになるため、いずれかの略称を改められたい。")


BEFORE = draft(
    "（手続）",
    "第1条　{early}",
    "（設置）",
    "第2条　東西市情報公開審査会（以下「審査会」という。）を置く。審査会は答申する。",
)


@pytest.mark.parametrize(
    ("early", "expected"),
    [
        ("審査会の調査審議の手続は、別に定める。", [("abbr.before_definition", "O3", W, "審査会")]),
        ("当該審査会の手続は、別に定める。", [("abbr.before_definition", "O3", W, "審査会")]),
        ("個人情報保護審査会の手続は、別に定める。", []),
        ("審査会長の手続は、別に定める。", []),
        ("手続は、別に定める。", []),
    ],
)
def test_abbreviation_used_before_definition(early: str, expected: list) -> None:
    assert rows("abbr.before_definition", BEFORE.format(early=early)) == expected


LATE = draft(
    "東西市個人情報保護条例",
    "（収集）",
    "第1条　{early}",
    "（答申）",
    "第2条　{defining}{verb}。審査会は答申する。",
)


@pytest.mark.parametrize(
    ("early", "defining", "expected"),
    [
        ("情報公開審査会の意見を聴く。", "東西市情報公開審査会（以下「審査会」という。）", [("abbr.before_definition", "O3", W, "情報公開審査会")]),
        ("東西市情報公開審査会の意見を聴く。", "東西市情報公開審査会（以下「審査会」という。）", [("abbr.before_definition", "O3", W, "東西市情報公開審査会")]),
        ("個人情報保護審査会の意見を聴く。", "東西市情報公開審査会（以下「審査会」という。）", []),
        ("意見を聴く。", "東西市情報公開審査会（以下「審査会」という。）", []),
        ("情報公開審査会の意見を聴く。", "東西市情報公開審査会（以下この条において「審査会」という。）", []),
        ("公開審査会の意見を聴く。", "公開審査会（以下「審査会」という。）", [("abbr.before_definition", "O3", W, "公開審査会")]),
        ("審議する機関の意見を聴く。", "審議する機関（以下「審査会」という。）", []),
    ],
)
def test_full_name_written_before_its_abbreviation_is_introduced(early: str, defining: str, expected: list) -> None:
    text = LATE.format(early=early, defining=defining, verb="は、市長の諮問に応じて調査審議する")
    assert rows("abbr.before_definition", text) == expected


@pytest.mark.parametrize("verb", ["を置く", "を設置する", "を置き、委員5人で組織する", "を設ける"])
def test_full_name_before_the_provision_that_sets_the_body_up_is_correct(verb: str) -> None:
    """The 略称 of a body is defined where the body is set up; naming it in full before is right."""
    defining = "東西市情報公開審査会（以下「審査会」という。）"
    assert rows("abbr.before_definition", LATE.format(early="東西市情報公開審査会の意見を聴く。", defining=defining,
                                                      verb=verb)) == []
    # the 略称 itself used before that provision is still a defect
    assert rows("abbr.before_definition", LATE.format(early="審査会の意見を聴く。", defining=defining,
                                                      verb=verb)) == [("abbr.before_definition", "O3", W, "審査会")]


def test_late_abbreviation_message() -> None:
    text = LATE.format(early="情報公開審査会の意見を聴く。", defining="東西市情報公開審査会（以下「審査会」という。）",
                       verb="は、市長の諮問に応じて調査審議する")
    (finding,) = findings("abbr.before_definition", text)
    assert finding.message_ja == (
        "「情報公開審査会」は第1条で既に用いられているが、略称「審査会」はその後の第2条で定められている。"
        "略称は最初に用いる箇所で定められたい。"
    )
    assert finding.code == "check.integrity.abbr_late"


OPENING = draft(
    "（{caption}）",
    "第1条　{body}",
    "（個人情報ファイル簿の作成及び公表）",
    "第2条　実施機関は、帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。",
    "（利用停止請求権）",
    "第3条　何人も、保有個人情報の利用の停止又は消去（以下「利用停止」という。）を請求することができる。",
    "2　利用停止の請求は、書面による。",
)


@pytest.mark.parametrize(
    ("caption", "body", "expected"),
    [
        # the 目的 and 定義 articles use the vocabulary later articles define, as the statute does
        ("目的", "この条例は、開示、訂正及び利用停止を請求する権利を定める。", []),
        ("定義", "この条例において「非識別加工情報」とは、個人情報ファイル簿に掲載されたものをいう。", []),
        ("趣旨", "この条例は、個人情報ファイル簿の作成について定める。", []),
        # any other article before the definition is still a warning
        ("手続", "実施機関は、個人情報ファイル簿を備える。", [("abbr.before_definition", "O3", W, "個人情報ファイル簿")]),
    ],
)
def test_purpose_and_definition_articles_may_use_later_abbreviations(caption: str, body: str, expected: list) -> None:
    text = OPENING.format(caption=caption, body=body)
    assert [r for r in rows("abbr.before_definition", text) if r[2] != "info"] == expected


def test_law_abbreviation_before_its_definition_in_purpose_article_stays_a_warning() -> None:
    text = draft(
        "（目的）",
        "第1条　この条例は、法の趣旨にのっとり、個人情報の取扱いを定める。",
        "（定義）",
        "第2条　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）の例による。",
    )
    assert rows("abbr.before_definition", text) == [("abbr.before_definition", "O3", W, "法")]


def test_early_use_in_definitions_article_is_an_info_note() -> None:
    text = OPENING.format(caption="定義", body="この条例において「非識別加工情報」とは、個人情報ファイル簿に掲載されたものをいう。")
    (finding,) = findings("abbr.before_definition", text)
    assert (finding.severity, finding.anchor_text) == ("info", "個人情報ファイル簿")
    assert finding.code == "check.integrity.abbr_before_definition_opening"


def test_caption_may_use_the_abbreviation_its_article_defines() -> None:
    text = draft(
        "（個人情報取扱事務の登録）",
        "第1条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）を登録する。",
        "（廃止）",
        "第2条　個人情報取扱事務を廃止する。",
    )
    assert rows("abbr.before_definition", text) == []


def test_reference_to_the_defining_provision_is_not_an_early_use() -> None:
    text = draft(
        "（定義）",
        "第1条　第2条第1項に規定する個人情報ファイル簿に掲載するものをいう。",
        "（作成）",
        "第2条　帳簿（以下「個人情報ファイル簿」という。）を作成する。個人情報ファイル簿を公表する。",
    )
    assert rows("abbr.before_definition", text) == []


def test_widened_ordinary_word_is_not_an_abbreviation() -> None:
    text = draft(
        "（目的）",
        "第1条　開示、訂正及び利用停止を定める。",
        "（訂正請求権）",
        "第2条　何人も、保有個人情報の訂正（追加又は削除を含む。以下同じ。）を請求することができる。訂正を行う。",
    )
    assert rows("abbr.before_definition", text) == []


def test_before_definition_message() -> None:
    (finding,) = findings("abbr.before_definition", BEFORE.format(early="審査会の手続"))
    assert finding.message_ja == "略称「審査会」が、その定義（第2条）より前の第1条で用いられている。略称は最初に用いる箇所で定められたい。"


SCOPE = draft(
    "（提案）",
    "第1条　提案をする者及びその代理人（以下{scope}において「提案者等」という。）は、書面を出す。提案者等は署名する。",
    "（審査）",
    "第2条　実施機関は、提案者等に通知する。",
    "（通知）",
    "第3条　実施機関は、提案者等に通知する。",
)


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("この条", [("abbr.out_of_scope", "O3", W, "提案者等")]),
        ("この条及び次条", [("abbr.out_of_scope", "O3", W, "提案者等")]),
    ],
)
def test_scoped_abbreviation_used_outside_scope(scope: str, expected: list) -> None:
    assert rows("abbr.out_of_scope", SCOPE.format(scope=scope)) == expected


@pytest.mark.parametrize(
    ("scope", "where"),
    [
        ("この条", "第2条"),
        ("この条及び次条", "第3条"),
    ],
)
def test_out_of_scope_anchor_is_the_first_stray_use(scope: str, where: str) -> None:
    (finding,) = findings("abbr.out_of_scope", SCOPE.format(scope=scope))
    assert finding.location.article == where.removeprefix("第").removesuffix("条")
    assert finding.message_ja == (
        f"略称「提案者等」は第1条で「{scope}」と範囲を限って定義されているが、範囲外の{where}で用いられている。正式な名称に改めるか、略称の範囲を改められたい。"
    )


def test_ordinance_wide_abbreviation_has_no_scope_to_leave() -> None:
    text = SCOPE.replace("以下{scope}において", "以下")
    assert rows("abbr.out_of_scope", text) == []


def test_term_wrapped_over_two_lines_is_used() -> None:
    text = UNUSED.format(body="実施機関は、本人から電子計算機\n処理をする。")
    assert rows("term.unused", text) == []


# Ordinary words are not coined 略称: expected behaviour written before the fix.
ORDINARY = draft(
    "（目的）",
    "第1条　この条例は、保有個人情報の開示、訂正及び利用停止を求める個人の権利を定める。",
    "（市民の責務）",
    "第2条　市民は、他人の個人情報をみだりに第三者に知らせてはならない。",
    "（意見書）",
    "第3条　実施機関は、開示請求者以外の者（以下この条において「第三者」という。）に意見書を提出する機会を与えることができる。第三者は、意見書を提出する。",
    "（提供）",
    "第4条　実施機関は、保有個人情報を第三者に提供するときは、必要な措置を講ずる。",
    "（利用停止請求権）",
    "第5条　何人も、保有個人情報の利用の停止又は消去（以下「利用停止」という。）を請求することができる。",
    "（利用停止義務）",
    "第6条　実施機関は、利用停止をしなければならない。",
    "（審査会）",
    "第7条　東西市情報公開・個人情報保護審査会（以下この条において「審査会」という。）に諮問する。審査会は答申する。",
    "（報告）",
    "第8条　実施機関は、{coined}第三者に通知する。",
)


def test_ordinary_words_used_in_their_plain_sense_are_no_findings() -> None:
    # 利用停止 in 第1条 (the statute's own 第1条 does this), 第三者 before and after a scoped definition.
    text = ORDINARY.format(coined="")
    assert rows("abbr.before_definition", text) == []
    assert rows("abbr.out_of_scope", text) == []


def test_coined_label_outside_its_scope_is_still_reported() -> None:
    text = ORDINARY.format(coined="審査会の意見を聴いて")
    assert rows("abbr.out_of_scope", text) == [("abbr.out_of_scope", "O3", W, "審査会")]


@pytest.mark.parametrize(
    ("defining", "early", "expected"),
    [
        ("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）", "法の趣旨", [("abbr.before_definition", "O3", W, "法")]),
        ("次に掲げる事項を記載した帳簿（以下「個人情報ファイル簿」という。）", "個人情報ファイル簿を閲覧", [("abbr.before_definition", "O3", W, "個人情報ファイル簿")]),
        ("決定及び通知（以下「開示決定等」という。）", "開示決定等の期限", [("abbr.before_definition", "O3", W, "開示決定等")]),
        ("保有個人情報の訂正の請求（以下「訂正請求」という。）", "訂正請求の手続", []),
    ],
)
def test_before_definition_coined_or_plain(defining: str, early: str, expected: list) -> None:
    text = draft("（手続）", f"第1条　{early}を定める。", "（規定）", f"第2条　{defining}を定める。")
    assert rows("abbr.before_definition", text) == expected


def test_scoped_widening_is_not_a_second_definition() -> None:
    # 「個人情報（死者に関する情報を含む。以下この条において同じ。）」 adjusts the word in one article.
    text = draft(
        "（定義）",
        "第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。",
        "（結合の制限）",
        "第2条　実施機関は、個人情報（死者に関する情報を含む。以下この条において同じ。）を結合してはならない。個人情報を提供しない。",
    )
    assert rows("abbr.duplicate", text) == []
    quoted = text.replace("第2条　実施機関は、個人情報（死者に関する情報を含む。以下この条において同じ。）",
                          "第2条　実施機関は、死者に関する情報（以下この条において「個人情報」という。）")
    assert rows("abbr.duplicate", quoted) == [("abbr.duplicate", "O3", W, "個人情報")]


def test_widened_word_is_used_where_it_is_widened() -> None:
    # 「訂正（追加又は削除を含む。以下この条において同じ。）」 is a use of 訂正 with a wider meaning;
    # an unquoted definition (電磁的記録（…をいう。以下同じ。）) still needs a later use.
    text = draft(
        "（訂正）",
        "第1条　保有個人情報の訂正（追加又は削除を含む。以下この条において同じ。）を請求できる。",
        "（結合）",
        "第2条　個人情報（死者に関する情報を含む。以下同じ。）を結合してはならない。",
        "（記録）",
        "第3条　電磁的記録（電子的方式で作られる記録をいう。以下同じ。）を保存する。",
    )
    assert rows("term.unused", text) == [("term.unused", "O4", W, "電磁的記録")]


COINED = draft(
    "さくら市個人情報保護条例",
    "（定義）",
    "第1条　この条例において「市非識別加工情報」とは、市が作成する非識別加工情報をいう。",
    "（開示決定等の期限）",
    "第2条　{coin}",
    "第2章　市非識別加工情報の提供",  # (a chapter for the mechanism: the draft introduces it)
    "（手続）",
    "第3条　{use}",
)


@pytest.mark.parametrize(
    ("coin", "use", "expected"),
    [
        # a label the Act coins, used with no 以下「X」という anywhere
        ("実施機関は、開示請求に対する決定をする。", "開示決定等は、30日以内にしなければならない。",
         [("term.undefined", "O4", W, "開示決定等")]),
        ("開示請求に対する決定（以下「開示決定等」という。）は、書面でする。", "開示決定等は、30日以内にしなければならない。", []),
        # the body's own name for 実施機関
        ("実施機関は、安全管理措置を講ずる。", "市非識別加工情報等の漏えいを防止する。",
         [("term.undefined", "O4", W, "市非識別加工情報等")]),
        ("市非識別加工情報、削除情報及び加工方法等情報（以下「市非識別加工情報等」という。）を管理する。",
         "市非識別加工情報等の漏えいを防止する。", []),
        # a caption is no use; ordinary words ending in 等 are never looked at
        ("実施機関は、決定をする。", "法人等の情報は、開示する。", []),
    ],
)
def test_coined_labels_used_without_definition(coin: str, use: str, expected: list) -> None:
    got = rows("term.undefined", COINED.format(coin=coin, use=use))
    assert [r for r in got if r[3] not in ("実施機関", "削除情報")] == expected  # (terms of art these drafts leave undefined)


def test_a_coined_label_of_a_mechanism_the_draft_does_not_introduce_is_a_leftover() -> None:
    # the same use where no provision sets the mechanism up: the word is left over (C20), not a 略称 to add
    text = COINED.format(coin="実施機関は、安全管理措置を講ずる。", use="市非識別加工情報等の漏えいを防止する。").replace(
        "第2章　市非識別加工情報の提供\n", "")
    got = [r for r in rows("term.undefined", text) if r[3] not in ("実施機関", "削除情報")]
    assert got == [("term.undefined", "C20", W, "市非識別加工情報等")]


@pytest.mark.parametrize(
    ("early", "expected"),
    [
        ("次条の個人情報ファイル簿に掲載する。", []),
        ("次条第1項の規定による個人情報ファイル簿に掲載する。", []),
        ("個人情報ファイル簿に掲載する。", [("abbr.before_definition", "O3", W, "個人情報ファイル簿")]),
    ],
)
def test_use_named_through_the_defining_provision(early: str, expected: list) -> None:
    text = draft(
        "（手続）",
        f"第1条　実施機関は、個人情報ファイルを{early}",
        "（個人情報ファイル簿の作成及び公表）",
        "第2条　実施機関は、帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。",
    )
    assert rows("abbr.before_definition", text) == expected


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        # the applicant of the procedure the article speaks of: outside its scope it names nobody
        ("当該提案をする者", [("abbr.out_of_scope", "O3", W, "提案者")]),
        ("事業に関する提案をしようとする者", [("abbr.out_of_scope", "O3", W, "提案者")]),
        ("当該提案をした者", [("abbr.out_of_scope", "O3", W, "提案者")]),
        # anyone who proposes: a plain word, keeps its sense
        ("提案をする者", []),
    ],
)
def test_a_scoped_label_for_the_person_of_the_procedure(person: str, expected: list) -> None:
    text = draft(
        "（提案）",
        f"第1条　{person}（以下この条において「提案者」という。）は、書面を提出する。提案者は、署名する。",
        "（審査）",
        "第2条　実施機関は、提案者に結果を通知する。",
    )
    assert rows("abbr.out_of_scope", text) == expected


@pytest.mark.parametrize(("caption", "severity"), [("定義", "info"), ("言葉の意味", "info"), ("用語の意義", "info"), ("事務", W)])
def test_a_glossary_captioned_in_plain_words_is_an_opening_provision(caption: str, severity: str) -> None:
    # a 定義 article may use a word a later article defines (行政機関個人情報保護法 第2条第9項 does):
    # a note, whether the caption says 定義 or 言葉の意味
    text = draft(
        f"（{caption}）",
        "第1条　この条例において「保有個人情報」とは、個人情報ファイル簿に記載された個人情報をいう。",
        "（個人情報ファイル簿）",
        "第2条　実施機関は、次に掲げる事項を記載した帳簿（以下「個人情報ファイル簿」という。）を作成する。",
    )
    assert [(r[0], r[2]) for r in rows("abbr.before_definition", text)] == [("abbr.before_definition", severity)]

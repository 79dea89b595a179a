"""「前項」 in a first paragraph and references to 削除 articles [O2] (core/checks/ref_targets.py)."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, findings, rows

E = "error"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("第2条　実施機関は、前項の規定により通知する。", [("ref.no_previous", "O2", E, "前項")]),
        ("第2条　実施機関は、前項各号に掲げる事項を通知する。", [("ref.no_previous", "O2", E, "前項")]),
        ("第2条　実施機関は、通知する。\n2　前項の通知は、書面でする。", []),
        ("第2条　第6条の規定中「前項」とあるのは「第1項」と読み替える。", []),
        ("第2条　実施機関は、前条の規定により通知する。", []),
    ],
)
def test_previous_paragraph_in_a_first_paragraph(body: str, expected: list) -> None:
    text = draft("（目的）", "第1条　この条例は、目的を定める。", "（手続）", body)
    got = rows("ref.no_previous", text)
    assert [(r, q, s, a.split("\n")[0]) for r, q, s, a in got] == expected


DELETED = draft(
    "（目的）",
    "第1条　この条例は、目的を定める。",
    "第2条　削除",
    "第3条から第4条まで　削除",
    "（手続）",
    "第5条　{body}",
    "附則",
    "この条例の施行前に改正前の第2条の規定によりされた通知は、なお従前の例による。第2条の規定の適用は別に定める。",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("実施機関は、第2条の規定により通知する。", [("ref.deleted", "O2", E, "第2条")]),
        ("実施機関は、第4条第2項の規定により通知する。", [("ref.deleted", "O2", E, "第4条第2項")]),
        ("実施機関は、前条の規定により通知する。", [("ref.deleted", "O2", E, "前条")]),
        ("実施機関は、第1条の目的に従い通知する。", []),
        ("実施機関は、改正前の第2条の規定により通知した者に通知する。", []),
    ],
)
def test_reference_to_a_deleted_article(body: str, expected: list) -> None:
    assert rows("ref.deleted", DELETED.format(body=body)) == expected


def test_deleted_message_names_the_article() -> None:
    (f,) = findings("ref.deleted", DELETED.format(body="実施機関は、第2条の規定により通知する。"))
    assert f.message_ja.startswith("第5条中「第2条」の引用先は削除されている。")



KIND = draft(
    "（作成）",
    "第1条　実施機関は、{cite}に従い、非識別加工情報を作成する。",
    "（加工の基準）",
    "第2条　実施機関は、規則で定める基準に従い、保有個人情報を加工しなければならない。",
    "（手数料）",
    "第3条　提案をする者は、規則で定める額の手数料を納めなければならない。",
    "（通知）",
    "第4条　実施機関は、提案者に対し、その旨を書面により通知する。",
    "2　{notice}の通知には、理由を付する。",
)


@pytest.mark.parametrize(
    ("cite", "notice", "expected"),
    [
        ("第2条の基準", "前項", []),
        ("第3条の基準", "前項", [("ref.wrong_kind", "O2", E, "第3条")]),
        ("第3条の規定による基準", "前項", [("ref.wrong_kind", "O2", E, "第3条")]),
        ("第3条の規定", "前項", []),  # 規定 names nothing in particular
        ("法第3条の基準", "前項", []),  # another instrument
        ("第2条の基準", "第3条", [("ref.wrong_kind", "O2", E, "第3条")]),
    ],
)
def test_reference_naming_what_the_cited_provision_lacks(cite: str, notice: str, expected: list) -> None:
    assert rows("ref.wrong_kind", KIND.format(cite=cite, notice=notice)) == expected


def test_wrong_kind_message() -> None:
    (f,) = findings("ref.wrong_kind", KIND.format(cite="第2条の基準", notice="第3条"))
    assert f.message_ja.startswith("第4条第2項中「第3条の通知」の引用する第3条には「通知」の定めがない。")


ACT = "\n".join((
    "（欠格事由）",
    "第十条　次の各号のいずれかに該当する者は、提案をすることができない。",
    "一　未成年者",
    "二　{cite}の規定により非識別加工情報の利用に関する契約を{act}、その{act2}の日から起算して二年を経過しない者",
    "（契約の解除）",
    "第十一条　実施機関は、契約の相手方が偽りその他不正の手段により契約を締結したときは、当該契約を解除することができる。",
    "（識別行為の禁止）",
    "第十二条　実施機関は、非識別加工情報を他の情報と照合してはならない。",
))


@pytest.mark.parametrize(
    ("cite", "act", "act2", "expected"),
    [
        ("第十一条", "解除され", "解除", []),
        # renumbered: the article cited under which the contract was cancelled never speaks of 解除
        ("第十二条", "解除され", "解除", [("ref.wrong_kind", "O2", E, "第十二条")]),
        ("第十二条", "取り消され", "取消し", [("ref.wrong_kind", "O2", E, "第十二条")]),
        ("第十二条", "締結し", "締結", []),  # not an act a provision must provide for
    ],
)
def test_reference_under_which_an_act_was_done(cite: str, act: str, act2: str, expected: list) -> None:
    assert rows("ref.wrong_kind", ACT.format(cite=cite, act=act, act2=act2)) == expected


def test_wrong_act_message() -> None:
    (f,) = findings("ref.wrong_kind", ACT.format(cite="第十二条", act="解除され", act2="解除"))
    assert f.message_ja.startswith("第10条第2号中「第十二条の規定により…解除」の引用する第12条には「解除」の定めがない。")


VIOLATION = draft(
    "（収集の制限）",
    "第三条　実施機関は、個人情報を収集するときは、適法かつ公正な手段により収集しなければならない。",
    "（利用及び提供の制限）",
    "第四条　実施機関は、法令等に基づく場合を除き、目的以外の目的のために保有個人情報を利用し、又は提供してはならない。",
    "（適正管理）",
    "第五条　実施機関は、保有個人情報の漏えい、滅失又は毀損の防止のために必要な措置を講じなければならない。",
    "（取得の制限）",
    "第六条　実施機関は、要配慮個人情報を取得してはならない。",
    "（利用停止請求権）",
    "第七条　何人も、自己を本人とする保有個人情報が{cite}の規定に違反して{acts}いると思料するときは、その利用の停止を請求することができる。",
)


@pytest.mark.parametrize(
    ("cite", "acts", "expected"),
    [
        # each cited article speaks of one of the acts
        ("第三条又は第四条", "収集され、利用され、又は提供されて", []),
        # 第五条 (適正管理) regulates none of them: the number points at another provision
        ("第三条又は第五条", "収集され、利用され、又は提供されて", [("ref.wrong_kind", "O2", E, "第五条")]),
        ("第五条", "利用されて", [("ref.wrong_kind", "O2", E, "第五条")]),
        # 取得 and 収集 are the same act
        ("第六条", "収集されて", []),
        # a general 取り扱われ names no act to compare
        ("第三条又は第五条", "取り扱われて", []),
    ],
)
def test_provisions_cited_as_violated_must_regulate_the_acts(cite: str, acts: str, expected: list) -> None:
    assert rows("ref.wrong_kind", VIOLATION.format(cite=cite, acts=acts)) == expected


def test_violated_provision_message_quotes_the_acts() -> None:
    (f,) = findings("ref.wrong_kind", VIOLATION.format(cite="第三条又は第五条", acts="収集され、利用され、又は提供されて"))
    assert f.message_ja == (
        "第7条中「…の規定に違反して収集され、利用され、又は提供されている」の引用する第5条は、"
        "収集、利用又は提供について定めた規定ではない。引用する条項を確認されたい。")


NOTICE = draft(
    "（事務の登録）",
    "第1条　実施機関は、個人情報を取り扱う事務を開始しようとするときは、あらかじめ、{duty}。",
    "2　町長は、{cite}の規定による届出に係る事項を記載した帳簿を一般の閲覧に供しなければならない。",
    "（委任）",
    "第2条　この条例の施行に関し必要な事項は、町長が定める。",
)


@pytest.mark.parametrize(
    ("duty", "cite", "expected"),
    [
        # the provision requires a 届出 in the verb's spelling with okurigana: the same thing
        ("その名称及び目的を町長に届け出なければならない", "前項", []),
        ("その名称及び目的を町長に届出しなければならない", "前項", []),
        # a provision that requires no notification at all
        ("その名称及び目的を記載した帳簿を作成しなければならない", "前項", [("ref.wrong_kind", "O2", E, "前項")]),
        ("その名称及び目的を町長に届け出なければならない", "第2条", [("ref.wrong_kind", "O2", E, "第2条")]),
    ],
)
def test_a_notification_cited_in_the_verbs_spelling(duty: str, cite: str, expected: list) -> None:
    assert rows("ref.wrong_kind", NOTICE.format(duty=duty, cite=cite)) == expected


CHAPTERS = "\n".join((
    "しらかし町個人情報保護条例",
    "　　　第1章　総則",
    "（個人情報ファイル簿）",
    "第1条　実施機関は、個人情報ファイル簿を作成し、{cite}による提案を募集する個人情報ファイルである場合には、その旨を記載する。",
    "　　　第2章　非識別加工情報の提供",
    "（準用）",
    "第2条　{applied}",
    "（審査等）",
    "第3条　実施機関は、{proposal}",
    "　　　附　則",
    "この条例は、公布の日から施行する。",
))
APPLIED = ("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第44条の2から第44条の16までの規定は、"
           "実施機関による非識別加工情報の作成及び提供について準用する。")
ONLY_FEES = "非識別加工情報の利用に関する契約を締結する者は、規則で定める額の手数料を納めなければならない。"


@pytest.mark.parametrize(
    ("cite", "applied", "proposal", "expected"),
    [
        # a chapter is cited as a whole: its later article lays the 提案 down
        ("第2章の規定", ONLY_FEES, "提案を審査する。", []),
        # a chapter (or an article) that takes in the statute's provisions by 準用: the 提案 is there
        ("第2章の規定", APPLIED, "規則で定める額の手数料を徴収する。", []),
        ("第2条の規定", APPLIED, "規則で定める額の手数料を徴収する。", []),
        # neither the chapter nor a 準用 of the statute speaks of 提案
        ("第2章の規定", ONLY_FEES, "規則で定める額の手数料を徴収する。", [("ref.wrong_kind", "O2", E, "第2章")]),
        # an article taking in other articles of the ordinance by 準用: the thing may be said there
        ("第2条の規定", "規則で定める額の手数料を納める。この場合においては、第3条の規定を準用する。",
         "規則で定める額の手数料を徴収する。", []),
        # the article's own 準用 of its paragraphs takes in nothing new
        ("第2条の規定", "委託を受けた者は、秘密を守る。\n2　前項の規定は、受託者の従業者について準用する。",
         "規則で定める額の手数料を徴収する。", [("ref.wrong_kind", "O2", E, "第2条")]),
    ],
)
def test_a_chapter_or_a_statute_taken_in_is_searched_for_what_the_reference_names(
        cite: str, applied: str, proposal: str, expected: list) -> None:
    text = CHAPTERS.format(cite=cite, applied=applied, proposal=proposal)
    assert rows("ref.wrong_kind", text) == expected


def test_a_notice_said_in_plain_words_is_the_notice_cited() -> None:
    from tests.core.checks.integrity_support import draft, rows

    text = draft(
        "（審査）",
        "第1条　実施機関は、提案を審査しなければならない。",
        "2　実施機関は、審査の結果を、提案をした者に書面で{verb}なければならない。",
        "（意見書）",
        "第2条　実施機関は、前条第2項の通知の前に、第三者に意見書を提出する機会を与えることができる。",
    )
    assert rows("ref.wrong_kind", text.format(verb="知らせ")) == []
    assert rows("ref.wrong_kind", text.format(verb="通知し")) == []
    assert [r[0] for r in rows("ref.wrong_kind", text.format(verb="保存し"))] == ["ref.wrong_kind"]


def test_a_provision_cited_for_the_contract_concluded_under_it_is_not_the_cancellations() -> None:
    # 「第十二条の規定により締結した…契約を解除され」: 第十二条 is cited for the 締結 (another act than the 解除)
    text = ACT.format(cite="第十二条", act="解除され", act2="解除").replace(
        "第十二条の規定により非識別加工情報の利用に関する契約を解除され", "第十二条の規定により締結した非識別加工情報の利用に関する契約を解除され")
    assert "規定により締結した" in text
    assert rows("ref.wrong_kind", text) == []

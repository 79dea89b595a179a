"""C4 (the limit on providing 非識別加工情報) and O12 (the purpose article) on hand-written drafts.

C4: 行政機関個人情報保護法 第44条の2 has three parts: creation and provision only under the
chapter (第1項), no provision except under laws or to a third party the source information may go
to (第2項), and the limit on 削除情報 (第3項). A draft with the first and the last but not the
middle one lets the processed information go anywhere.

O12: its 第1条 (as amended in 2016) names the provision of 非識別加工情報 among the matters the act
sets and the usefulness of personal information; a draft that introduces the mechanism but keeps
the old purpose article gets an ``info`` note on that article.
"""

from __future__ import annotations

import pytest

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

PURPOSE_OLD = (
    "第1条　この条例は、個人情報の取扱いに関する基本的事項を定め、自己の個人情報の開示、訂正及び利用停止を"
    "求める権利を保障することにより、個人の権利利益を守り、もって公正で信頼される町政に資することを目的とする。"
)
PURPOSE_NEW = (
    "第1条　この条例は、個人情報の取扱いに関する基本的事項並びに町非識別加工情報の提供に関する事項を定めることに"
    "より、町政の適正かつ円滑な運営を図り、並びに個人情報の適正かつ効果的な活用が活力ある地域社会の実現に資する"
    "ものであることその他の個人情報の有用性に配慮しつつ、個人の権利利益を保護することを目的とする。"
)
CREATE = "第20条　実施機関は、この章の規定に従い、町非識別加工情報を作成し、及び提供することができる。"
LIMIT = (
    "2　実施機関は、次に掲げる場合を除き、町非識別加工情報を提供してはならない。\n"
    "　(1)　法令に基づく場合（この章の規定に従う場合を含む。）\n"
    "　(2)　保有個人情報を利用目的のために第三者に提供することができる場合において、当該保有個人情報を加工して作成した"
    "町非識別加工情報を当該第三者に提供するとき。"
)
DELETED = (
    "3　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために削除情報（町非識別加工情報の作成に用いた"
    "保有個人情報から削除した記述等及び個人識別符号をいう。）を自ら利用し、又は提供してはならない。"
)


def _draft(purpose: str, chapter_article: str) -> str:
    return (
        "柳沢町個人情報保護条例\n\n"
        "　　　第1章　総則\n\n"
        "（目的）\n" + purpose + "\n\n"
        "（定義）\n"
        "第2条　この条例において「個人情報」とは、生存する個人に関する情報であって、当該情報に含まれる氏名、"
        "生年月日その他の記述等により特定の個人を識別することができるものをいう。\n"
        "2　この条例において「町非識別加工情報」とは、保有個人情報を加工して得られる個人に関する情報であって、"
        "規則で定めるものをいう。\n\n"
        "　　　第2章　非識別加工情報の提供\n\n"
        "（町非識別加工情報の作成及び提供等）\n" + chapter_article + "\n\n"
        "（委任）\n"
        "第21条　この条例の施行に関し必要な事項は、規則で定める。\n"
    )


def _findings(text: str, requirement: str) -> list[tuple[str, str, str | None]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.severity, f.message_ja, f.location.article) for f in review.findings if f.requirement == requirement]


def _c4_missing(text: str) -> list[str]:
    """The C4 element labels reported missing (empty when C4 has no finding)."""
    out = []
    for _sev, message, _art in _findings(text, "C4"):
        out.append(message.split("の規定に", 1)[-1].split("の定めがない", 1)[0])
    return out


def test_all_three_parts_no_c4_finding() -> None:
    assert _c4_missing(_draft(PURPOSE_NEW, "\n".join([CREATE, LIMIT, DELETED]))) == []


def test_limit_missing_is_reported_on_the_article() -> None:
    text = _draft(PURPOSE_NEW, "\n".join([CREATE, DELETED]))
    [(sev, message, art)] = _findings(text, "C4")
    assert sev == "info"  # a note since f1b857f (docs/domain.md, C4): the 削除情報 limit is there
    assert art == "20"
    assert "規定に法令に基づく場合等を除く提供の禁止の定めがない" in message


def test_blanket_disapplication_is_no_limit() -> None:
    # the general use-and-provision article switched off for every provision of the information
    text = _draft(PURPOSE_NEW, "\n".join([CREATE, DELETED.replace("3　", "2　"),
                                          "3　町非識別加工情報の提供については、第9条の規定は、適用しない。"]))
    assert _c4_missing(text) == ["法令に基づく場合等を除く提供の禁止"]


@pytest.mark.parametrize(
    "limit",
    [
        # the two exceptions folded into one sentence
        "2　実施機関は、法令に基づく場合（この章の規定に従う場合を含む。）を除き、町非識別加工情報を提供してはならない。",
        # the information and the deleted information limited together
        "2　実施機関は、法令に基づく場合を除き、利用目的以外の目的のために町非識別加工情報及び削除情報（町非識別加工情報の"
        "作成に用いた保有個人情報から削除した記述等及び個人識別符号をいう。）を自ら利用し、又は提供してはならない。",
        # the noun form
        "2　実施機関は、法令に基づく場合を除き、町非識別加工情報の提供をしてはならない。",
        # the general limit switched off only for what the chapter itself provides
        "2　第9条の規定は、この章の規定に基づく町非識別加工情報の作成及び提供については、適用しない。",
    ],
)
def test_limit_in_other_words(limit: str) -> None:
    assert _c4_missing(_draft(PURPOSE_NEW, "\n".join([CREATE, limit, DELETED]))) == []


def test_purpose_updated_no_o12() -> None:
    assert _findings(_draft(PURPOSE_NEW, "\n".join([CREATE, LIMIT, DELETED])), "O12") == []


def test_old_purpose_is_an_info_note_on_the_purpose_article() -> None:
    [(sev, message, art)] = _findings(_draft(PURPOSE_OLD, "\n".join([CREATE, LIMIT, DELETED])), "O12")
    assert sev == "info"
    assert art == "1"
    assert "非識別加工情報の提供に関する事項を定める旨" in message
    assert "個人情報の有用性への配慮" in message


def test_purpose_naming_the_mechanism_but_not_usefulness() -> None:
    purpose = PURPOSE_OLD.replace("基本的事項を定め、", "基本的事項及び町非識別加工情報の提供に関する事項を定め、")
    [(sev, message, _art)] = _findings(_draft(purpose, "\n".join([CREATE, LIMIT, DELETED])), "O12")
    assert sev == "info"
    assert "非識別加工情報の提供に関する事項を定める旨" not in message
    assert "個人情報の有用性への配慮" in message


def test_purpose_article_without_caption_is_found_by_its_words() -> None:
    text = _draft(PURPOSE_OLD, "\n".join([CREATE, LIMIT, DELETED])).replace("（目的）\n", "")
    assert [(sev, art) for sev, _m, art in _findings(text, "O12")] == [("info", "1")]


def test_no_mechanism_no_o12() -> None:
    text = _draft(PURPOSE_OLD, "第20条　実施機関は、個人情報の適正な管理に努めなければならない。")
    text = text.replace("2　この条例において「町非識別加工情報」とは、保有個人情報を加工して得られる個人に関する情報であって、"
                        "規則で定めるものをいう。\n", "").replace("　　　第2章　非識別加工情報の提供\n\n", "")
    text = text.replace("（町非識別加工情報の作成及び提供等）", "（適正管理）")
    assert _findings(text, "O12") == []


def test_limit_as_the_only_cases_provision_is_allowed() -> None:
    limit = ("2　実施機関は、法令に基づく場合（この章の規定に従う場合を含む。）に限り、町非識別加工情報を提供することが"
             "できる。")
    assert _c4_missing(_draft(PURPOSE_NEW, "\n".join([CREATE, limit, DELETED]))) == []


@pytest.mark.parametrize("caption", ["（目的）", "（この条例の目的）", "（趣旨）"])
def test_purpose_article_by_its_caption(caption: str) -> None:
    text = _draft(PURPOSE_OLD, "\n".join([CREATE, LIMIT, DELETED])).replace("（目的）", caption)
    assert [(sev, art) for sev, _m, art in _findings(text, "O12")] == [("info", "1")]


def test_purpose_with_utilisation_wording() -> None:
    purpose = PURPOSE_OLD.replace("基本的事項を定め、", "基本的事項及び町非識別加工情報の提供に関する事項を定め、個人情報の適正な利活用に"
                                  "配慮しつつ、")
    assert _findings(_draft(purpose, "\n".join([CREATE, LIMIT, DELETED])), "O12") == []


def test_limit_with_the_information_as_subject() -> None:
    limit = "2　町非識別加工情報は、法令に基づく場合（この章の規定に従う場合を含む。）を除き、提供してはならない。"
    assert _c4_missing(_draft(PURPOSE_NEW, "\n".join([CREATE, limit, DELETED]))) == []

"""Elements said in other words (ordreview.core.other_words): an info note to confirm, never an error.

Each test rewrites one provision of the team's model draft (``fixtures/model-complete.txt``) in
words no profile alternative knows but that state the same rule, or takes the provision away, and
checks what the review reports. The rewrites are the team's own; the content words are the
statute's (行政機関個人情報保護法 第44条の2, 第44条の15, 第44条の16).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.draft_index import DraftIndex
from ordreview.core.errors import ProfileError
from ordreview.core.other_words import quote, said_in_other_words
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

ROOT = Path(__file__).resolve().parents[2]
MODEL = (ROOT / "fixtures" / "model-complete.txt").read_text(encoding="utf-8")
DUTY = "その業務に関して知り得た実施機関非識別加工情報等に関する秘密をみだりに他人に知らせ、又は不当な目的に利用してはならない。"
OWN_DUTY = "その業務に関して知り得た実施機関非識別加工情報等に関する秘密を、みだりに第三者に明かし、又は不当な目的に用いてはならない。"
IDENTIFY = "当該実施機関非識別加工情報の作成に用いた保有個人情報に係る本人を識別するために、当該実施機関非識別加工情報を他の情報と照合してはならない。"
OWN_IDENTIFY = "当該実施機関非識別加工情報の作成に用いた保有個人情報に係る本人を識別する目的で、当該実施機関非識別加工情報を他の情報と突き合わせることをしてはならない。"


def _findings(text: str, requirement: str) -> list[tuple[str, str, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.severity, f.code, f.message_ja) for f in review.findings
            if f.requirement == requirement and f.rule == "gap"]


def test_the_model_states_both_duties_in_the_usual_words() -> None:
    assert DUTY in MODEL and IDENTIFY in MODEL
    assert _findings(MODEL, "C17") == [] and _findings(MODEL, "C16") == []


def test_a_staff_duty_in_the_drafters_own_words_is_a_note_to_confirm_naming_the_article() -> None:
    found = _findings(MODEL.replace(DUTY, OWN_DUTY), "C17")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")]
    assert "第47条の16" in found[0][2] and "みだりに第三者に明かし" in found[0][2]


def test_the_duty_taken_away_stays_a_gap_although_the_penalty_restates_it() -> None:
    start = MODEL.index("（従事者の義務）\n第47条の16")
    end = MODEL.index("\n", MODEL.index("第47条の16", start)) + 1
    penalty = ("第57条の2　実施機関非識別加工情報等の取扱いに従事していた者が、正当な理由がないのに、"
               "その業務に関して知り得た秘密をみだりに他人に知らせたときは、50万円以下の罰金に処する。\n")
    text = MODEL[:start] + MODEL[end:]
    text = text.replace("\n附　則", "\n" + penalty + "\n附　則", 1) if "\n附　則" in text else text + penalty
    found = _findings(text, "C17")
    assert found and all(s in ("error", "warning") for s, _, _ in found)
    assert not any(c.endswith("other_words") for _, c, _ in found)


def test_identification_ban_in_other_words_is_a_note_and_a_definition_in_brackets_is_not_it() -> None:
    found = _findings(MODEL.replace(IDENTIFY, OWN_IDENTIFY), "C16")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")]
    # without the ban, the 個人情報 definition's 「（他の情報と照合することができ…識別…）」 and the
    # staff duty's 「…てはならない」 do not make one: the gap stays
    gone = MODEL.replace(IDENTIFY, "当該実施機関非識別加工情報を適正に取り扱わなければならない。")
    found = _findings(gone, "C16")
    assert found and all(s in ("error", "warning") for s, _, _ in found)


def test_words_inside_a_parenthesis_state_nothing() -> None:
    text = ("（削除情報の利用制限）\n第1条　実施機関は、法令等に基づく場合を除き、削除情報（実施機関非識別加工情報の作成に"
            "用いた保有個人情報から削除した記述等をいう。）を提供してはならない。\n"
            "（提供の制限）\n第2条　実施機関は、法令等に基づく場合を除き、実施機関非識別加工情報を提供してはならない。\n")
    index = DraftIndex(parse_text(text), load_profile())
    keys = (("法令(?:等)?に基づく",), ("非識別加工情報",), ("提供",), ("ならない",))
    said = said_in_other_words(index, keys, None)
    assert said is not None and "実施機関非識別加工情報を提供してはならない" in quote(index, said)
    # read with the brackets (a definition's scope), the first article's sentence is the first found
    said = said_in_other_words(index, keys, None, brackets=True)
    assert said is not None and "削除情報" in quote(index, said, before=60)


def test_a_profile_with_malformed_keys_is_refused_naming_the_field(tmp_path: Path) -> None:
    data = json.loads((ROOT / "resources" / "profiles" / "basic-policy-2016.json").read_text(encoding="utf-8"))
    req = next(r for r in data["requirements"] if r["id"] == "C17")
    req["must"][0]["keys"] = [[]]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert "must[0].keys[0]" in str(err.value)


REGISTER_ITEM = "(1)　第47条の5第1項の提案の募集をする個人情報ファイルである旨"


def test_a_register_item_read_with_its_lead_in() -> None:
    # 「…ファイル簿に次に掲げる事項を記載しなければならない。」 then 「(1) …募集をする個人情報ファイルであること。」:
    # the item alone names no register; its lead-in does
    assert REGISTER_ITEM in MODEL
    found = _findings(MODEL.replace(REGISTER_ITEM, "(1)　第47条の4の募集をする個人情報ファイルであること。"), "C5")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")]
    assert "募集をする個人情報ファイルであること" in found[0][2]


def test_periodic_invitation_with_the_files_own_short_name() -> None:
    # the statute's form with the invited files given a 略称 in the parenthesis: still periodic
    old = "個人情報ファイル簿に前条第1号に掲げる事項の記載があるものに限る。以下この章において同じ。）"
    assert old in MODEL
    text = MODEL.replace(old, "個人情報ファイル簿に前条第1号に掲げる事項の記載があるものに限る。"
                              "以下この章において「提案募集個人情報ファイル」という。）")
    assert _findings(text, "C6") == []


def test_terms_of_a_list_introduced_as_the_meaning_of_words() -> None:
    # 「この条例で使う用語の意味は、次のとおりとする。」: a glossary like 「用語の意義は」, its items define
    draft = ("はなの村個人情報保護条例\n（目的）\n第1条　この条例は、村の機関が個人情報を大切に扱うために必要な事項を定める。\n"
             "（定義）\n第2条　この条例で使う用語の意味は、次のとおりとする。\n"
             "(1)　実施機関　村長、教育委員会及び議会\n"
             "(2)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、組織的に利用するものとして実施機関が保有しているもの\n"
             "（責務）\n第3条　実施機関は、保有個人情報を適正に取り扱わなければならない。\n")
    review = review_ordinance(parse_text(draft), load_profile())
    undefined = [f.message_ja for f in review.findings if f.rule == "term.undefined"]
    assert not any("実施機関" in m or "保有個人情報" in m for m in undefined), undefined


def test_a_register_named_in_a_parenthesis_is_the_sentences_own_word() -> None:
    # 「帳簿（以下「個人情報ファイル簿」という。）を作り、一般の閲覧に供しなければならない。」: the naming
    # parenthesis names what the sentence makes; its word counts (other parentheses' words do not)
    text = ("（帳簿）\n第1条　実施機関は、保有する個人情報ファイルについて、次に掲げる事項を記載した帳簿"
            "（以下「個人情報ファイル簿」という。）を作り、一般の閲覧に供しなければならない。\n"
            "（記録）\n第2条　実施機関は、記録（個人情報ファイル簿の写しを含む。）を作り、公表しなければならない。\n")
    index = DraftIndex(parse_text(text), load_profile())
    keys = (("ファイル簿",), ("作成|作り",), ("公表|閲覧",))
    said = said_in_other_words(index, keys, None)
    assert said is not None and "閲覧" in quote(index, said, before=80)
    # only the second article's parenthesis (no naming) has the word: nothing
    said = said_in_other_words(index, keys, (index.articles[1].span,))
    assert said is None


def test_the_opinion_opportunity_and_the_code_branch_in_plain_words() -> None:
    start = MODEL.index("第47条の8　")
    old = MODEL[start:MODEL.index("この場合において、", start)]
    plain = ("第47条の8　実施機関は、第47条の5第1項の提案に係る保有個人情報に第三者に関する情報が含まれているときは、"
             "あらかじめ、当該第三者に対し、意見書を出す機会を与えなければならない。")
    found = _findings(MODEL.replace(old, plain), "C10")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")]
    # the register entry 「…意見書の提出の機会が与えられる旨」 is not the opportunity itself
    gone = MODEL.replace(old, plain.replace("意見書を出す機会を与えなければならない。", "意見を聴くことができる。"))
    found = _findings(gone, "C10")
    assert found and any(s in ("error", "warning") for s, _, _ in found)
    branch = "　(2)　個人識別符号が含まれるもの\n"
    assert branch in MODEL
    found = _findings(MODEL.replace(branch, "　(2)　個人識別符号を含む情報\n"), "A1")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")]


def test_the_proposal_on_information_already_made_in_plain_words() -> None:
    # 第44条の12 in plain words (「記載がされた…を自らの事業に使おうとする者は、…提案をすることができる。」),
    # caption changed too: a note naming the article
    old = MODEL[MODEL.index("第47条の12　"):MODEL.index("\n", MODEL.index("第47条の12　"))]
    caption = "（作成された実施機関非識別加工情報をその用に供して行う事業に関する提案等）"
    assert caption in MODEL
    plain = ("第47条の12　前条の規定により個人情報ファイル簿に記載がされた実施機関非識別加工情報を自らの事業に使おうとする者は、"
             "実施機関に対し、その事業についての提案をすることができる。")
    text = MODEL.replace(old, plain).replace(caption, "（作成済みの情報についての提案）")
    found = _findings(text, "C13")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")], found
    assert "第47条の12" in found[0][2]
    # without that sentence, the register's 「提案をすることができる期間」 is not it
    gone = text.replace(plain, "第47条の12　実施機関は、前条の規定による記載をしたときは、その旨を公示するものとする。")
    found = _findings(gone, "C13")
    assert found and any(s in ("error", "warning") for s, _, _ in found), found


def test_safe_management_as_a_duty_to_manage_and_a_caption_that_shares_the_words() -> None:
    # 「…の漏えいを防ぐため、…適切に管理しなければならない。」: the safe-management duty in other words
    start = MODEL.index("2　実施機関は、実施機関非識別加工情報、削除情報及び第47条の10第1項")
    old = MODEL[start:MODEL.index("\n", start)]
    said = ("2　実施機関は、実施機関非識別加工情報、削除情報及び第47条の10第1項の規定により行った加工の方法に関する情報"
            "（以下この条及び次条において「実施機関非識別加工情報等」という。）の漏えいを防ぐため、規則で定める基準に従い、"
            "適切に管理しなければならない。")
    found = _findings(MODEL.replace(old, said), "C16")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")], found
    # the proposal on information already made, under a caption whose words start a match
    head = MODEL.index("（作成された実施機関非識別加工情報をその用に供して行う事業に関する提案等）")
    end = MODEL.index("\n", MODEL.index("第47条の12　"))
    plain = ("（作成済みの情報の利用の提案）\n第47条の12　既に作った実施機関非識別加工情報を事業に使おうとする者は、"
             "実施機関に提案をすることができる。")
    found = _findings(MODEL[:head] + plain + MODEL[end:], "C13")
    assert [(s, c) for s, c, _ in found] == [("info", "check.gap.partial_other_words")], found


def test_the_entries_of_the_file_register_go_on_the_file_register_not_the_work_register() -> None:
    from ordreview.core.checks.gaps import anchor_for

    text = ("（個人情報取扱事務の登録）\n第5条　実施機関は、個人情報取扱事務について、次に掲げる事項を個人情報取扱事務登録簿に登録しなければならない。\n"
            "(1)　事務の名称\n(2)　事務の目的\n"
            "（個人情報ファイル簿の作成及び公表）\n第6条　実施機関は、個人情報ファイルについて、次に掲げる事項を記載した帳簿"
            "（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。\n(1)　個人情報ファイルの名称\n(2)　利用目的\n")
    index = DraftIndex(parse_text(text), load_profile())
    file_register = anchor_for(index, "file_register")
    register = anchor_for(index, "register")
    assert file_register is not None and text[file_register.start:file_register.end].startswith("（個人情報ファイル簿")
    assert register is not None and text[register.start:register.end].startswith("（個人情報取扱事務の登録")


def test_the_deleted_information_limit_in_a_list_or_named_in_a_parenthesis() -> None:
    start = MODEL.index("2　実施機関は、次の各号のいずれかに該当する場合を除き、利用目的以外の目的のために実施機関非識別加工情報及び削除情報")
    old = MODEL[start:MODEL.index("\n\n", start)]  # (第2項 with its items, and 第3項 on 削除情報)
    # 「…次に掲げる情報を自ら利用し、又は提供してはならない。(1) 実施機関非識別加工情報 (2) …削除した記述等…（以下「削除情報」という。）」
    listed = ("2　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために次に掲げる情報を自ら利用し、又は提供してはならない。\n"
              "　(1)　実施機関非識別加工情報\n"
              "　(2)　実施機関非識別加工情報の作成に用いた保有個人情報から削除した記述等及び個人識別符号（以下「削除情報」という。）")
    found = _findings(MODEL.replace(old, listed), "C4")
    assert found and all(s == "info" for s, _, _ in found), found
    assert "削除情報" in found[0][2]
    # without the deleted information, the limit on it stays a gap
    gone = MODEL.replace(old, "2　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために実施機関非識別加工情報を自ら利用し、"
                              "又は提供してはならない。")
    found = _findings(gone, "C4")
    assert found and any(s in ("error", "warning") for s, _, _ in found), found


def test_register_condition_by_the_excluded_files_and_work_in_plain_words() -> None:
    # 「イ　第八条第二項に掲げる個人情報ファイルに該当しないこと。」: the ファイル簿 condition by the statute's
    # cross-reference form; 「仕事の上で作成し、又は取得した」 for 「職務上作成し、又は取得した」
    index_text = ("（定義）\n第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
                  "(1)　実施機関非識別加工情報　次のいずれにも該当する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。\n"
                  "ア　第8条第2項に掲げる個人情報ファイルに該当しないこと。\n")
    index = DraftIndex(parse_text(index_text), load_profile())
    profile = load_profile()
    group = next(g for r in profile.requirements if r.id == "C2" for g in r.must if g.label_ja == "要件：個人情報ファイル簿への掲載")
    assert said_in_other_words(index, group.keys, None, brackets=True) is not None
    a7 = next(g for r in profile.requirements if r.id == "A7" for g in r.must if g.label_ja == "職務上作成し、又は取得した")
    plain = DraftIndex(parse_text("（定義）\n第2条　保有個人情報とは、実施機関の職員が仕事の上で作成し、又は取得した個人情報をいう。\n"), profile)
    assert said_in_other_words(plain, a7.keys, None, brackets=True) is not None

"""Forms met in the held-out sets ck–cr (2026-12-07), each on a fictional draft of the earlier tests:
a 準用 of the statute's chapter whose sentence holds a bracket ending in 。, a law's short name set
politely (「以下「法」といいます。」), a lone 読点 in a definition, and an entry into force said politely
(「…から施行します。」) before the day of promulgation."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.core.test_c18_law_reach_forms import APPLIED, _status, draft
from tests.core.test_village_forms_2016 import SHIMOTSUKI, _polite


def _flagged(text: str) -> list[tuple[str, str, str]]:
    return [(f.severity, f.rule, f.requirement or "") for f in review_ordinance(parse_text(text), load_profile()).findings
            if f.severity in ("error", "warning")]


def test_the_statutes_chapter_applied_in_a_sentence_whose_bracket_ends_in_a_full_stop() -> None:
    # 「…の規定は、実施機関による町非識別加工情報（…を構成するものに限る。）の作成及び提供について準用する。」
    said = "実施機関による町非識別加工情報の作成及び提供について準用する。"
    assert said in APPLIED
    bracketed = APPLIED.replace(said, "実施機関による町非識別加工情報（町非識別加工情報ファイルを構成するものに限る。）の作成及び提供について準用する。")
    assert _status(draft(mechanism=bracketed), "C18") == "covered"


def test_a_laws_short_name_set_politely_makes_its_articles_the_laws() -> None:
    # 「…法律（以下「法」といいます。）第2条第3項に規定する個人識別符号」: 第2条第3項 is the law's, not this draft's
    text = _polite(SHIMOTSUKI).replace("（平成15年法律第58号。以下「法」という。）", "（以下「法」といいます。）")
    assert "（以下「法」といいます。）第2条第3項" in text
    assert not [f for f in _flagged(text) if f[1].startswith("ref.")]


def test_a_lone_comma_in_a_definition_is_no_difference_in_meaning() -> None:
    text = SHIMOTSUKI.replace("生じないようにその取扱いに", "生じないように、その取扱いに")
    assert "生じないように、その取扱いに" in text
    assert ("warning", "def.diff", "B1") not in _flagged(text)
    # a word changed is still a finding
    assert [f for f in _flagged(text.replace("不当な差別、偏見", "不当な差別、誤解")) if f[2] == "B1"]


def test_an_entry_into_force_said_politely_before_promulgation_is_retroactive() -> None:
    dated = SHIMOTSUKI.replace("霜月村個人情報保護条例\n", "霜月村個人情報保護条例\n平成30年6月1日\n霜月村条例第5号\n", 1)
    polite = dated.replace("平成30年4月1日から施行する。", "平成30年4月1日から施行します。")
    assert "から施行します。" in polite
    assert [f for f in _flagged(dated) if f[2] == "O10" and f[0] == "error"]
    assert [f for f in _flagged(polite) if f[2] == "O10" and f[0] == "error"]
    # promulgated before the day it comes into force: no finding
    assert not [f for f in _flagged(polite.replace("平成30年6月1日", "平成30年3月1日")) if f[2] == "O10"]


def test_a_local_incorporated_body_named_as_the_one_the_municipality_set_up_is_read_as_the_acts() -> None:
    # 「実施機関の職員（村が設立した地方独立行政法人の役員及び職員を除く。）」 beside the enumeration of public bodies:
    # every reader takes the 地方独立行政法人法 body; a citation would still be better drafting (a note)
    staff = "実施機関の職員が職務上作成し"
    assert staff in SHIMOTSUKI
    text = SHIMOTSUKI.replace(staff, "実施機関の職員（村が設立した地方独立行政法人の役員及び職員を除く。）が職務上作成し", 1)

    def severities(draft: str) -> list[str]:
        return [f.severity for f in review_ordinance(parse_text(draft), load_profile()).findings
                if f.rule == "term.statute_undefined"]

    assert severities(text) == ["info"]
    # the word standing alone in a provision of its own is still a warning
    duty = text.replace("（登録簿）", "（法人の責務）\n第2条の2　地方独立行政法人は、個人情報の保護に努めなければならない。\n\n（登録簿）", 1)
    assert severities(duty) == ["warning"]


def test_the_fee_for_information_already_made_in_a_row_of_the_fee_table() -> None:
    # 「…契約を締結する者は、別表に定める額の手数料を納めなければならない。」 with the table's second row for a contract
    # on information already made (第11条の2's proposal): the fee is provided for, no fee.created finding
    from tests.core.test_c_recognition import KIRIGAOKA

    fee = "前条第1項の契約を締結する者は、21,000円に町非識別加工情報の作成に要する時間1時間までごとに3,950円を加えた額の手数料を納めなければならない。"
    assert fee in KIRIGAOKA
    base = KIRIGAOKA.replace(fee, "第10条第1項の規定により契約を締結する者は、別表に定める額の手数料を納めなければならない。", 1)
    table = ("\n別表（第11条関係）\n区分\t金額\n1　第10条第1項の契約を締結する者（次項に掲げる者を除く。）\t21,000円に作成に要する時間"
             "1時間までごとに3,950円を加えた額\n2　第11条の2の提案に基づき第10条第1項の契約を締結する者\t12,600円\n")
    with_rows = base + table
    without_row = base + table.split("\n2　")[0] + "\n"

    def created(text: str) -> list[str]:
        return [f.rule for f in review_ordinance(parse_text(text), load_profile()).findings if f.rule == "fee.created"]

    assert created(with_rows) == []
    assert created(without_row) == ["fee.created"]


def test_an_item_named_by_its_bracket_then_the_next_item_of_the_same_paragraph() -> None:
    # 「第3条第1項第2号括弧書又は第3号括弧書に規定する情報」: 第3号 is 第3条第1項's, not the citing paragraph's
    text = SHIMOTSUKI.replace("（開示請求）", "（第三者の情報）\n第4条の2　実施機関は、第4条第2項第1号括弧書又は第2号括弧書に規定する場合には、"
                              "規則で定めるところにより、本人に通知するものとする。\n\n（開示請求）", 1)
    assert "第1号括弧書又は第2号括弧書" in text
    assert not [f for f in _flagged(text) if f[1].startswith("ref.")]


def test_a_fee_left_to_the_head_in_a_row_of_the_fee_table() -> None:
    # the fee article sets its amounts in a 別表 whose second row says 「町長が別に定める額」: the amount is left to the
    # head (地方自治法第228条第1項), reported on the fee article that names the table
    from tests.core.test_c_recognition import KIRIGAOKA

    fee = "前条第1項の契約を締結する者は、21,000円に町非識別加工情報の作成に要する時間1時間までごとに3,950円を加えた額の手数料を納めなければならない。"
    assert fee in KIRIGAOKA
    base = KIRIGAOKA.replace(fee, "第10条第1項の規定により町非識別加工情報の利用に関する契約を締結する者は、別表に定める額の手数料を"
                             "納めなければならない。", 1)
    table = ("\n別表（第11条関係）\n区分\t金額\n1　第10条第1項の契約を締結する者（次項に掲げる者を除く。）\t21,000円に作成に要する時間"
             "1時間までごとに3,950円を加えた額\n2　第11条の2の提案に基づき第10条第1項の契約を締結する者\t{amount}\n")

    def delegated(text: str) -> list[tuple[str, str | None]]:
        return [(f.severity, f.location.article) for f in review_ordinance(parse_text(text), load_profile()).findings
                if f.rule == "fee.delegated"]

    assert delegated(base + table.format(amount="町長が別に定める額")) == [("error", "11")]
    assert delegated(base + table.format(amount="12,600円")) == []


def test_identifiable_said_as_known_in_everyday_words() -> None:
    # 「…によって特定の個人が分かるもの（ほかの情報と照らし合わせることができ、それによって特定の個人が分かることになる
    # ものを含む。）」: the statute's identifiable and collation-type information in everyday words (A1, A4)
    said = ("により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することが"
            "できることとなるものを含む。）")
    assert said in SHIMOTSUKI
    text = SHIMOTSUKI.replace(said, "によって特定の個人が分かるもの（ほかの情報と照らし合わせることができ、それによって特定の個人が"
                                    "分かることになるものを含む。）")
    assert not [f for f in _flagged(text) if f[2] in ("A1", "A4")]
    # without the collation clause it is the identifiable type only (A4)
    bare = text.replace("（ほかの情報と照らし合わせることができ、それによって特定の個人が分かることになるものを含む。）", "")
    assert [f for f in _flagged(bare) if f[2] == "A4"]


def test_a_first_item_glued_onto_its_lead_sentence() -> None:
    # 「…提供することができる。(1)　本人の同意があるとき、…」 on one line, (2) on the next: the list starts at (1)
    lead = "利用目的以外の目的のために保有個人情報を自ら利用し、又は提供することができる。\n(1)　本人の同意"
    assert lead in SHIMOTSUKI
    glued = SHIMOTSUKI.replace(lead, lead.replace("\n", ""), 1)
    article = next(a for a in parse_text(glued).articles if a.num == "4")
    assert [str(i.num) for i in article.paragraphs[1].items] == ["1", "2", "3"]
    assert not [f for f in _flagged(glued) if f[1] in ("num.item", "ref.unresolved")]
    # a 。 followed by the word 一 in a sentence is no item
    sentence = SHIMOTSUKI.replace("審議会を置く。", "審議会を置く。一　審議会の委員は、5人以内とする。", 1)
    assert not [f for f in _flagged(sentence) if f[1] == "num.item"]


def test_a_requirement_of_a_definition_goes_on_the_definition_in_its_own_article() -> None:
    # definitions split over two articles: 要配慮個人情報 defined in 第2条の2 as a closed list (no 規則 categories):
    # B2 goes on that definition, not on the definitions article 第2条
    item = ("(3)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、"
            "偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。\n")
    assert item in SHIMOTSUKI
    own = ("（要配慮個人情報）\n第2条の2　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴又は"
           "犯罪により害を被った事実が含まれる個人情報をいう。\n\n（登録簿）")
    text = SHIMOTSUKI.replace(item, "").replace("（登録簿）", own, 1)
    b2 = [(f.location.article, f.severity) for f in review_ordinance(parse_text(text), load_profile()).findings
          if f.requirement == "B2" and f.severity in ("error", "warning")]
    assert b2 and {a for a, _ in b2} == {"2_2"}, b2


def test_the_legacy_sensitive_list_after_the_next_in_everyday_words() -> None:
    # 「実施機関は、次の個人情報を収集してはならない。ただし、…。(1)　思想、信条及び信教に関する個人情報」: the legacy
    # list kept beside 要配慮個人情報, introduced by 「次の」 as 「次に掲げる」 introduces it (B4)
    ban = ("2　実施機関は、次の個人情報を収集してはならない。ただし、法令等に定めがあるときは、この限りでない。\n"
           "(1)　思想、信条及び信教に関する個人情報\n(2)　社会的差別の原因となるおそれのある個人情報\n")
    text = SHIMOTSUKI.replace("（利用及び提供の制限）", "（収集の制限）\n第3条の2　実施機関は、個人情報を集めるときは、その目的を"
                              "明らかにしなければならない。\n" + ban + "\n（利用及び提供の制限）", 1)
    assert [f for f in _flagged(text) if f[2] == "B4"]
    assert not [f for f in _flagged(SHIMOTSUKI) if f[2] == "B4"]


def test_the_same_article_after_a_range_is_the_ranges_last() -> None:
    # 「第2条から前条までの規定（同条第2項を除く。）を準用する。」: 同条 is 前条 (the range's last article, 第4条, which has a
    # 第2項), not 第2条
    text = SHIMOTSUKI.replace("（開示請求）", "（準用）\n第4条の2　村が設立した法人の保有する個人情報については、第2条から前条までの規定"
                              "（同条第2項を除く。）を準用する。\n\n（開示請求）", 1)
    refs = [r for r in parse_text(text).references if r.text.startswith("同条") and r.source.article == "4_2"]
    assert [(r.target.article, r.target.paragraph) for r in refs] == [("4", 2)]
    assert not [f for f in _flagged(text) if f[1].startswith("ref.")]


def test_a_drifted_citation_in_an_item_numbered_with_a_circled_number() -> None:
    # 「⑵　個人識別符号　行政機関の保有する…法律（…）第2条第2項に規定する個人識別符号をいう。」: 第2条第2項 is 個人情報
    # since 2017 (cite.drift), whether the item is numbered (2) or ⑵
    wrong = SHIMOTSUKI.replace("第2条第3項に規定する個人識別符号", "第2条第2項に規定する個人識別符号", 1)
    import re

    # every item of the draft numbered ⑴ ⑵ …, with half-width spaces as a web copy has them
    circled = re.sub(r"(?m)^\(([1-9])\)　(?:(\S+?)　)?", lambda m: "⑴⑵⑶⑷⑸⑹⑺⑻⑼"[int(m[1]) - 1] + " "
                     + (m[2] + " " if m[2] and len(m[2]) <= 8 else (m[2] + "　" if m[2] else "")), wrong)
    assert "⑵ 個人識別符号 行政機関" in circled
    for text in (wrong, circled):
        assert [f for f in _flagged(text) if f[1] == "cite.drift"]


def test_the_statutes_sensitive_information_by_citation_with_local_categories_added() -> None:
    # 「要配慮個人情報　法第2条第4項に規定する要配慮個人情報のほか、…規則で定める記述等が含まれる個人情報をいう。」: the
    # statute's categories all taken in, local ones added — no category missing, the difference only a note
    item = ("(3)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、"
            "偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。")
    assert item in SHIMOTSUKI
    text = SHIMOTSUKI.replace(item, "(3)　要配慮個人情報　法第2条第4項に規定する要配慮個人情報のほか、本人に対する不当な差別、偏見"
                                    "その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。")
    assert not [f for f in _flagged(text) if f[2] in ("B1", "B2")]


def test_the_statutes_chapter_applied_with_junyo_shite() -> None:
    # 「広域連合長は、法第4章の2（第44条の13を除く。）の規定を準用して、…を作成し、及び提供することができる。」: the chapter
    # applied in the て-form of 準用する is applied all the same
    said = APPLIED.split("\n")[1]
    assert said.startswith("第5条　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第44条の3から")
    junyo = APPLIED.replace(said, "第5条　実施機関は、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）"
                                  "第44条の3から第44条の12までの規定を準用して、町非識別加工情報を作成し、及び提供することができる。")
    assert _status(draft(mechanism=junyo), "C18") == "covered"


def test_handling_said_as_atsukai_in_the_sensitive_definition() -> None:
    # 「…不利益が生じないようにその扱いに特に配慮が必要なもの…」: 扱い for the statute's 取扱い is no difference (B1)
    text = SHIMOTSUKI.replace("生じないようにその取扱いに特に配慮を要するもの", "生じないようにその扱いに特に配慮が必要なもの", 1)
    assert "その扱いに特に配慮が必要なもの" in text
    assert not [f for f in _flagged(text) if f[2] == "B1"]


def test_the_fee_fixed_by_another_ordinance_said_as_betsu_ni_jorei_de() -> None:
    # 「…契約を締結する者は、別に条例で定めるところにより、手数料を納めなければならない。」: the amount is fixed by an
    # ordinance (the fee ordinance), as 地方自治法第228条第1項 asks: no C14 amount missing
    from tests.core.test_c_recognition import KIRIGAOKA

    fee = "21,000円に町非識別加工情報の作成に要する時間1時間までごとに3,950円を加えた額の手数料を納めなければならない。"
    assert fee in KIRIGAOKA
    text = KIRIGAOKA.replace(fee, "別に条例で定めるところにより、手数料を納めなければならない。", 1)
    assert not [f for f in _flagged(text) if f[2] == "C14"]
    assert [f for f in _flagged(KIRIGAOKA.replace(fee, "手数料を納めなければならない。", 1)) if f[2] == "C14"]


def test_a_term_of_art_inside_a_longer_defined_term_is_that_terms_use() -> None:
    # 「…削除した記述等…並びに…加工の方法に関する情報（以下この条において「削除情報等」という。）…削除情報等の適切な管理」:
    # 削除情報 is only ever part of the defined 削除情報等, never used undefined on its own
    duty = ("（安全管理）\n第4条の2　実施機関は、保有個人情報から削除した記述等及び加工の方法に関する情報（以下この条において"
            "「削除情報等」という。）の漏えいを防止するため、削除情報等の適切な管理のために必要な措置を講じなければならない。\n\n（開示請求）")
    text = SHIMOTSUKI.replace("（開示請求）", duty, 1)
    assert not [f for f in review_ordinance(parse_text(text), load_profile()).findings
                if f.rule == "term.undefined" and "「削除情報」" in f.message_ja]
    bare = text.replace("削除情報等の適切な管理", "削除情報の適切な管理", 1)
    assert [f for f in review_ordinance(parse_text(bare), load_profile()).findings
            if f.rule == "term.undefined" and "「削除情報」" in f.message_ja]


def test_the_table_a_provision_names() -> None:
    from ordreview.core.attached_tables import named_tables

    tables = "\n別表第1（第11条関係）\n区分\t金額\n1\t21,000円\n別表第2（第11条関係）\n区分\t金額\n1\t12,600円\n別表第12（第12条関係）\nx\ty\n"
    ordinance = parse_text(SHIMOTSUKI + tables)
    titles = lambda number: [t.title.split("（")[0] for t in named_tables(ordinance, number)]  # noqa: E731
    assert titles("第2") == titles("第二") == ["別表第2"]
    assert titles("第1") == titles("") == ["別表第1"]  # (a plain 「別表」 is 別表第1, never 別表第12)
    assert titles("第3") == []


def test_the_personal_information_definition_in_everyday_words_with_its_record_defined_in_one_go() -> None:
    # 「電磁的記録（電子的方式、磁気的方式その他人の知覚では認識できない方式で作られる記録をいう。）に書かれ、…その他の方法で
    # 表された一切の事項…によって特定の個人を識別できるもの（…それによって特定の個人を識別できることとなるものを含む。）」:
    # the statute's definition in everyday words, 電磁的記録 defined without the intermediate 電磁的方式 — no difference
    text = (SHIMOTSUKI
            .replace("電磁的記録に記載され、", "電磁的記録（電子的方式、磁気的方式その他人の知覚では認識できない方式で作られる記録をいう。）に書かれ、", 1)
            .replace("その他の方法を用いて表された", "その他の方法で表された", 1)
            .replace("により特定の個人を識別することができるもの（", "によって特定の個人を識別できるもの（", 1)
            .replace("それにより特定の個人を識別することができることとなる", "それによって特定の個人を識別できることとなる", 1))
    assert "知覚では認識できない" in text and "によって特定の個人を識別できるもの" in text
    a1 = [f for f in review_ordinance(parse_text(text), load_profile()).findings
          if f.rule == "def.diff" and f.requirement == "A1"]
    assert all(f.severity == "info" for f in a1)
    # a word that changes the meaning is still a difference
    other = text.replace("氏名、生年月日その他の記述等", "氏名、住所その他の記述等", 1)
    assert [f for f in review_ordinance(parse_text(other), load_profile()).findings
            if f.rule == "def.diff" and f.requirement == "A1" and f.severity == "warning"]


def test_the_cabinet_orders_categories_with_the_bodys_own_rule_added() -> None:
    # 「…として政令で定める記述等及び区規則で定める記述等が含まれる個人情報」: the statute's definition with local categories
    # added by the body's 規則 — a note, no departure (def.diff B1 not a warning)
    said = "特に配慮を要するものとして規則で定める記述等が含まれる個人情報"
    assert said in SHIMOTSUKI
    text = SHIMOTSUKI.replace(said, "特に配慮を要するものとして政令で定める記述等及び村規則で定める記述等が含まれる個人情報", 1)
    assert not [f for f in _flagged(text) if f[1] == "def.diff" and f[2] == "B1"]

"""Forms of a small body's ordinance read as the drafter meant them (2016 profile).

Fictional 霜月村 draft written for these tests: no 非識別 mechanism, a 事務登録簿, a 審議会 named
in full at its first use, an 情報公開条例 cited, a penal article, a 附則 in 条 with a 経過措置 and a
review clause on the mechanism. ``SHIMOTSUKI`` is the clean text; each test changes one part.
"""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

SHIMOTSUKI = """霜月村個人情報保護条例

（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるとともに、村が保有する個人情報の開示、訂正及び利用停止を求める権利を明らかにすることにより、個人の権利利益を保護することを目的とする。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
ア　当該情報に含まれる氏名、生年月日その他の記述等（文書、図画若しくは電磁的記録に記載され、若しくは記録され、又は音声、動作その他の方法を用いて表された一切の事項（個人識別符号を除く。）をいう。）により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）
イ　個人識別符号が含まれるもの
(2)　個人識別符号　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第3項に規定する個人識別符号をいう。
(3)　要配慮個人情報　本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。
(4)　実施機関　村長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。
(5)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、実施機関の職員が組織的に利用するものとして、実施機関が保有しているもののうち、文書、図画又は電磁的記録に記録されているものをいう。

（登録簿）
第3条　実施機関は、個人情報を取り扱う事務について、事務の名称、目的、個人情報の対象者の範囲、記録項目、要配慮個人情報が含まれるときはその旨その他規則で定める事項を記載した個人情報取扱事務登録簿（以下「登録簿」という。）を備え、一般の閲覧に供しなければならない。
2　実施機関は、登録簿に登録した事項を変更したときは、遅滞なく、当該登録簿を修正しなければならない。

（利用及び提供の制限）
第4条　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供してはならない。
2　前項の規定にかかわらず、実施機関は、次の各号のいずれかに該当するときは、利用目的以外の目的のために保有個人情報を自ら利用し、又は提供することができる。
(1)　本人の同意があるとき、又は本人に提供するとき。
(2)　国、他の地方公共団体又は地方独立行政法人に提供する場合であって、提供を受ける者が法令の定める事務の遂行に必要な限度で利用し、かつ、相当な理由があるとき。
(3)　前2号に掲げる場合のほか、霜月村個人情報保護運営審議会（以下「審議会」という。）の意見を聴いて、公益上の必要があると実施機関が認めるとき。

（開示請求）
第5条　何人も、実施機関に対し、当該実施機関の保有する自己を本人とする保有個人情報の開示を請求することができる。

（開示決定等）
第6条　実施機関は、開示請求があった日から15日以内に、開示をするかどうかの決定（以下「開示決定等」という。）をしなければならない。
2　実施機関は、開示決定等をしたときは、請求者に対し、その旨を書面により通知しなければならない。
3　実施機関は、第1項の期間内に開示決定等をすることができないときは、その期間を延長することができる。

（訂正決定等）
第7条　実施機関は、訂正請求があった日から30日以内に、訂正をするかどうかの決定（以下「訂正決定等」という。）をし、請求者に対し、その旨を書面により通知しなければならない。

（利用停止決定等）
第8条　何人も、自己を本人とする保有個人情報が第4条の規定に違反して利用されているときは、実施機関に対し、その利用の停止を請求することができる。
2　前条の規定は、利用停止請求について準用する。この場合において、同条中「訂正請求」とあるのは「利用停止請求」と、「訂正を」とあるのは「利用停止を」と、「訂正決定等」とあるのは「利用停止決定等」と読み替えるものとする。

（審査請求）
第9条　開示決定等、訂正決定等又は利用停止決定等について審査請求があったときは、実施機関は、審議会に諮問しなければならない。

（審議会）
第10条　この条例の規定によりその権限に属させられた事項を調査審議するため、審議会を置く。
2　審議会は、委員5人以内で組織する。

（罰則）
第11条　実施機関の職員又は職員であった者が、正当な理由がないのに、個人の秘密に属する事項が記録された個人情報ファイル（保有個人情報を含む情報の集合物であって、一定の事務の目的を達成するために特定の保有個人情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。）を提供したときは、2年以下の懲役又は100万円以下の罰金に処する。

附　則
（施行期日）
第1条　この条例は、平成30年4月1日から施行する。
（経過措置）
第2条　この条例の施行の際現に改正前の霜月村個人情報保護条例の規定により置かれている運営審議会の委員である者は、この条例の施行の日に、第10条第2項の規定により委員に委嘱されたものとみなす。
（検討）
第3条　村は、法第2条第8項に規定する非識別加工情報の提供の仕組みについて、国及び他の地方公共団体の動向を勘案しつつ検討を加え、その結果に基づいて必要な措置を講ずるものとする。
"""

REVIEW = "の仕組みについて、国及び他の地方公共団体の動向を勘案しつつ検討を加え、その結果に基づいて必要な措置を講ずるものとする"


def _findings(text: str):
    return review_ordinance(parse_text(text), load_profile()).findings


def _flagged(text: str, rid: str) -> list[tuple[str, str]]:
    """(severity, rule) of the error and warning findings of requirement ``rid``."""
    return [(f.severity, f.rule) for f in _findings(text) if f.requirement == rid and f.severity in ("error", "warning")]


def test_the_clean_village_has_no_error_or_warning() -> None:
    assert [(f.requirement, f.rule, f.message_ja[:40]) for f in _findings(SHIMOTSUKI)
            if f.severity in ("error", "warning")] == []


def test_a_label_coined_by_a_reading_is_defined() -> None:
    # 利用停止決定等 is 第7条's 訂正決定等 as 第8条第2項 reads it: 第9条 may use it
    assert _flagged(SHIMOTSUKI, "O4") == []
    without_reading = SHIMOTSUKI.replace("と、「訂正決定等」とあるのは「利用停止決定等」と読み替える", "と読み替える")
    assert ("warning", "term.undefined") in _flagged(without_reading, "O4")


def test_the_old_ordinances_body_in_its_own_name_is_no_clipped_name() -> None:
    assert _flagged(SHIMOTSUKI, "O3") == []
    clipped = SHIMOTSUKI.replace("改正前の霜月村個人情報保護条例の規定により置かれている運営審議会の委員である者は",
                                 "運営審議会の委員である者は")
    assert ("warning", "term.undefined") in _flagged(clipped, "O3")


def test_a_file_defined_in_the_penal_article_of_a_village_without_the_mechanism_is_a_note() -> None:
    found = [f for f in _findings(SHIMOTSUKI) if f.requirement == "A8"]
    assert [(f.severity, f.code) for f in found] == [("info", "check.gap.term_defined_in_place")]
    assert "第11条のかっこ書" in found[0].message_ja
    # used in a second provision as well: the definition belongs among the definitions
    used_again = SHIMOTSUKI.replace("（罰則）", "（安全確保）\n第10条の2　実施機関は、個人情報ファイルの漏えいを防止しなければならない。\n\n（罰則）")
    assert ("warning", "gap") in _flagged(used_again, "A8")


def test_a_review_clause_in_the_supplementary_provisions_records_the_decision() -> None:
    assert _flagged(SHIMOTSUKI, "C0") == []
    assert [f.severity for f in _findings(SHIMOTSUKI) if f.requirement == "C0"] == ["info"]
    # the same words with no decision about the mechanism: the decision is not on record
    mention = SHIMOTSUKI.replace(REVIEW, "を提供する者は、その安全を確保するよう努めるものとする")
    assert ("warning", "gap") in _flagged(mention, "C0")


def test_a_leftover_statute_word_without_the_mechanism_is_reported_under_c20() -> None:
    # (without the review clause, whose citation of 法第2条第8項 would give the word its meaning)
    text = SHIMOTSUKI[:SHIMOTSUKI.index("（検討）")].replace(
        "(3)　前2号に掲げる場合のほか、", "(3)　非識別加工情報として提供するとき。\n(4)　前3号に掲げる場合のほか、")
    flagged = [(f.requirement, f.rule) for f in _findings(text) if f.severity == "warning" and f.rule == "term.undefined"]
    assert flagged == [("C20", "term.undefined")]


def test_the_enumeration_of_public_bodies_may_name_the_wider_class() -> None:
    text = SHIMOTSUKI.replace("国、他の地方公共団体又は地方独立行政法人", "国、他の地方公共団体その他の公共団体又は地方独立行政法人")
    assert [f.severity for f in _findings(text) if f.rule == "term.statute_undefined"] == ["info"]
    alone = SHIMOTSUKI.replace("国、他の地方公共団体又は地方独立行政法人", "地方独立行政法人")
    assert [f.severity for f in _findings(alone) if f.rule == "term.statute_undefined"] == ["warning"]


# -- a draft in です・ます

def _polite(text: str) -> str:
    return (text.replace("を除く。）をいう。）", "を除きます。）をいいます。）")
            .replace("ものを含む。）", "ものを含みます。）")
            .replace("個人情報をいう。\n(4)", "個人情報をいいます。\n(4)")
            .replace("（以下「審議会」という。）", "（以下「審議会」といいます。）"))


def test_a_draft_in_the_polite_style_says_the_statutes_definitions() -> None:
    text = _polite(SHIMOTSUKI)
    assert "除きます" in text and "といいます" in text and "個人情報をいいます" in text
    flagged = [(f.requirement, f.rule) for f in _findings(text) if f.severity in ("error", "warning")]
    assert flagged == []
    # a real difference is still one
    wider = text.replace("規則で定める記述等が含まれる個人情報をいいます", "規則で定める記述等が含まれる個人情報及び家族の情報をいいます")
    assert ("B1", "def.diff") in [(f.requirement, f.rule) for f in _findings(wider) if f.severity == "warning"]


def test_plain_words_for_the_statutes_in_the_personal_information_definition_are_no_difference() -> None:
    text = SHIMOTSUKI.replace("(1)　個人情報　生存する個人", "(1)　個人情報　生きている個人").replace(
        "（他の情報と照合することができ、", "（他の情報と照らし合わせることができ、")
    assert "照らし合わせる" in text and "生きている" in text
    def a1(draft: str) -> list[str]:
        return [f.message_ja for f in _findings(draft) if f.rule == "def.diff" and f.requirement == "A1"]

    # (the clean text itself differs in one place: its 記述等 leaves out the 電磁的記録's own definition)
    assert a1(text) == a1(SHIMOTSUKI) and "相違1箇所" in a1(SHIMOTSUKI)[0]
    other = text.replace("当該情報に含まれる氏名、生年月日その他", "当該情報に含まれる氏名、住所その他")
    assert "相違2箇所" in a1(other)[0]


def test_a_clipped_register_name_used_outside_its_scope() -> None:
    report = "\n3　審議会は、毎年、登録簿の登録の状況について報告を受けるものとする。"
    text = SHIMOTSUKI.replace("2　審議会は、委員5人以内で組織する。", "2　審議会は、委員5人以内で組織する。" + report)
    assert _flagged(text, "O3") == []
    scoped = text.replace("（以下「登録簿」という。）", "（以下この条において「登録簿」という。）")
    found = [f for f in _findings(scoped) if f.rule == "abbr.out_of_scope"]
    assert [(f.severity, f.location.article) for f in found] == [("warning", "10")]


def test_the_violated_act_is_not_a_register_entry() -> None:
    # 第3条 lists 「経常的な提供先」 among the register's entries: it lays down no rule on providing
    text = SHIMOTSUKI.replace("記録項目、要配慮個人情報", "記録項目、経常的な提供先、要配慮個人情報")
    assert _flagged(text, "O2") == []
    wrong = text.replace("第4条の規定に違反して利用されているとき", "第3条の規定に違反して提供されているとき")
    assert [(f.rule, f.location.article) for f in _findings(wrong) if f.requirement == "O2"
            and f.severity == "error"] == [("ref.wrong_kind", "8")]


def test_other_words_for_the_special_care_information_are_b6s_finding() -> None:
    limit = "\n3　実施機関は、{word}を収集するときは、本人から収集しなければならない。"
    for word in ("要配慮情報", "配慮を要する個人情報"):
        text = SHIMOTSUKI.replace("公益上の必要があると実施機関が認めるとき。", "公益上の必要があると実施機関が認めるとき。"
                            + limit.format(word=word), 1)
        assert word in text
        flagged = [(f.requirement, f.rule) for f in _findings(text) if f.severity == "warning"]
        assert flagged == [("B6", "gap")], word  # one finding, not a second under O4
    same = SHIMOTSUKI.replace("公益上の必要があると実施機関が認めるとき。", "公益上の必要があると実施機関が認めるとき。"
                              + limit.format(word="要配慮個人情報"), 1)
    assert _flagged(same, "B6") == []


def test_a_register_term_cited_from_the_disclosure_ordinance_with_no() -> None:
    # 「情報公開条例第2条第2号の公文書」 cites the ordinance that defines the word (as 「…に規定する公文書」 does)
    text = SHIMOTSUKI.replace("もののうち、文書、図画又は電磁的記録に記録されているものをいう。",
                              "もののうち、霜月村情報公開条例（平成13年霜月村条例第5号）第2条第2号の公文書に記録されているものをいう。")
    assert "第2条第2号の公文書" in text
    assert [f for f in _findings(text) if f.rule == "term.undefined" and "公文書" in f.message_ja] == []
    bare = text.replace("霜月村情報公開条例（平成13年霜月村条例第5号）第2条第2号の公文書", "公文書")
    assert [f.severity for f in _findings(bare) if f.rule == "term.undefined" and "「公文書」" in f.message_ja] == ["warning"]


def test_a_scoped_label_restated_by_citation_in_the_next_article() -> None:
    # 「…（以下この条において「運用報告」という。）」, then in 第10条 「運用報告（第9条第2項に規定する運用報告をいう。）」
    coined = SHIMOTSUKI.replace(
        "実施機関は、審議会に諮問しなければならない。",
        "実施機関は、審議会に諮問しなければならない。\n2　村長は、毎年、この条例の運用の状況を取りまとめた報告書（以下この条において「運用報告」という。）を作成する。")
    restated = coined.replace("2　審議会は、委員5人以内で組織する。",
                              "2　審議会は、委員5人以内で組織する。\n3　審議会は、運用報告（第9条第2項に規定する運用報告をいう。）について意見を述べることができる。")
    assert [f.rule for f in _findings(restated) if f.rule in ("abbr.out_of_scope", "term.unused")] == []
    assert "term.unused" in [f.rule for f in _findings(coined)]  # defined and used nowhere: unused
    # a clipped register name scoped to its article, restated so in another: no use out of its scope
    report = "\n3　審議会は、毎年、登録簿（第3条に規定する登録簿をいう。）の登録の状況について報告を受けるものとする。"
    scoped = SHIMOTSUKI.replace("（以下「登録簿」という。）", "（以下この条において「登録簿」という。）").replace(
        "2　審議会は、委員5人以内で組織する。", "2　審議会は、委員5人以内で組織する。" + report)
    assert [f.rule for f in _findings(scoped) if f.rule == "abbr.out_of_scope"] == []
    bare = scoped.replace("登録簿（第3条に規定する登録簿をいう。）", "登録簿")
    assert [f.rule for f in _findings(bare) if f.rule == "abbr.out_of_scope"] == ["abbr.out_of_scope"]


def test_a_word_defined_in_its_own_parenthesis_politely_or_narrowed() -> None:
    # 「X（…をいい、…に限る。）」 and 「X（…をいいます。以下同じです。）」 define X where it stands (as the statute's
    # 「削除情報（…をいう。）」 does)
    use = "\n3　実施機関は、{x}を適切に管理しなければならない。\n4　実施機関は、削除情報の漏えいを防止しなければならない。"
    for form in ("削除情報（保有個人情報から削除した記述等をいい、保有個人情報に該当するものに限る。）",
                 "削除情報（保有個人情報から削除した記述等をいいます。以下同じです。）"):
        text = SHIMOTSUKI.replace("2　審議会は、委員5人以内で組織する。", "2　審議会は、委員5人以内で組織する。" + use.format(x=form))
        assert [f for f in _findings(text) if f.rule == "term.undefined" and "削除情報" in f.message_ja] == [], form
    bare = SHIMOTSUKI.replace("2　審議会は、委員5人以内で組織する。", "2　審議会は、委員5人以内で組織する。" + use.format(x="削除情報"))
    assert [f.rule for f in _findings(bare) if f.rule == "term.undefined" and "削除情報" in f.message_ja] == ["term.undefined"]


def test_the_statutes_two_branches_named_by_their_letters_are_no_difference() -> None:
    def a1(draft: str) -> list[str]:
        return [f.message_ja for f in _findings(draft) if f.rule == "def.diff" and f.requirement == "A1"]

    text = SHIMOTSUKI.replace("生存する個人に関する情報であって、次のいずれかに該当するもの",
                              "生存する個人に関する情報のうち、次のア又はイに該当するもの")
    assert "次のア又はイに該当する" in text and a1(text) == a1(SHIMOTSUKI)


def test_the_statutes_scheme_named_by_its_chapter_in_a_review_clause() -> None:
    text = SHIMOTSUKI.replace("法第2条第8項に規定する非識別加工情報の提供の仕組み", "法第4章の2に規定する行政機関非識別加工情報の提供の仕組み")
    assert "第4章の2に規定する行政機関非識別加工情報" in text
    assert [f for f in _findings(text) if f.rule == "term.statute_undefined" and f.severity == "warning"] == []


def test_the_manual_file_type_left_to_a_rule_as_equivalent_files() -> None:
    from ordreview.core.align import align

    file_def = ("(6)　個人情報ファイル　保有個人情報を含む情報の集合物であって、一定の事務の目的を達成するために特定の保有個人情報を"
                "電子計算機を用いて検索することができるように体系的に構成したもの{tail}をいう。\n")
    def manual(tail: str) -> bool:
        text = SHIMOTSUKI.replace("\n\n（登録簿）", "\n" + file_def.format(tail=tail).rstrip("\n") + "\n\n（登録簿）", 1)
        hits = {h.group.label_en: h.span is not None for h in align(parse_text(text), load_profile()).must["A8"]}
        return hits["manually processed files"]

    assert manual("又はこれに準ずるものとして規則で定めるもの")
    assert manual("及びこれに準ずるもの")
    assert not manual("")


def test_a_union_delegating_the_further_categories_to_its_own_rule() -> None:
    def b1(draft: str) -> list[str]:
        return [f.message_ja for f in _findings(draft) if f.rule == "def.diff" and f.requirement == "B1"]

    for rule in ("広域連合規則で定める", "組合規則で定める"):
        assert b1(SHIMOTSUKI.replace("特に配慮を要するものとして規則で定める", f"特に配慮を要するものとして{rule}")) == [], rule


def test_identifiable_said_short_is_the_first_branch() -> None:
    from ordreview.core.align import align

    def first_branch(text: str) -> bool:
        hits = align(parse_text(text), load_profile()).must["A1"]
        return next(h.span is not None for h in hits if h.group.label_ja.startswith("記述等により"))

    short = SHIMOTSUKI.replace("により特定の個人を識別することができるもの（", "によって特定の個人を識別できるもの（")
    assert "識別できるもの（" in short and first_branch(short)
    assert not first_branch(SHIMOTSUKI.replace("により特定の個人を識別することができるもの（", "に関するもの（"))


def test_the_cabinet_order_categories_taken_in_through_the_statutes_provision() -> None:
    # 「…特に配慮を要する記述等として法第2条第4項の政令で定めるものが含まれる個人情報をいう。」
    text = SHIMOTSUKI.replace("特に配慮を要するものとして規則で定める記述等が含まれる個人情報",
                              "特に配慮を要する記述等として法第2条第4項の政令で定めるものが含まれる個人情報")
    assert "第2条第4項の政令で定めるもの" in text
    assert [(f.requirement, f.rule) for f in _findings(text) if f.requirement == "B2" and f.severity != "info"] == []
    closed = SHIMOTSUKI.replace("特に配慮を要するものとして規則で定める記述等が含まれる個人情報",
                                "特に配慮を要する記述等が含まれる個人情報")
    assert any(f.requirement == "B2" and f.severity != "info" for f in _findings(closed))


def test_the_sensitive_entry_in_everyday_words() -> None:
    text = SHIMOTSUKI.replace("要配慮個人情報が含まれるときはその旨", "要配慮個人情報を扱うときは、そのこと")
    assert "そのこと" in text
    assert [f for f in _findings(text) if f.requirement == "B3" and f.severity != "info"] == []


def test_a_word_defined_for_the_next_paragraph() -> None:
    # 「運用記録等（運用記録及び報告書をいう。次項において同じ。）」 defines the label where it stands
    use = ("\n3　実施機関は、実施機関非識別加工情報等（実施機関非識別加工情報及び削除情報をいう。次項において同じ。）を適切に管理しなければならない。"
           "\n4　実施機関非識別加工情報等の取扱いに従事する職員は、その内容をみだりに他人に知らせてはならない。")
    text = SHIMOTSUKI.replace("2　審議会は、委員5人以内で組織する。", "2　審議会は、委員5人以内で組織する。" + use)
    assert [f for f in _findings(text) if f.rule == "term.undefined" and "実施機関非識別加工情報等」" in f.message_ja] == []


def test_a_glossary_in_hiragana_words_cited_with_ni_sadameru_and_plain_categories() -> None:
    # a village writing for its residents: 「この条例で使うことばの意味は、次のとおりです。」 under 「（ことばの意味）」, the
    # statute's term adopted by 「…第2条第3項に定める個人識別符号をいいます」, and 「犯罪によって害を被った事実」,
    # 「特に配慮が必要なもの」 for the statute's 「犯罪により」, 「特に配慮を要する」
    text = (_polite(SHIMOTSUKI)
            .replace("（定義）\n第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
                     "（ことばの意味）\n第2条　この条例で使うことばの意味は、次のとおりです。")
            .replace("第2条第3項に規定する個人識別符号をいう。", "第2条第3項に定める個人識別符号をいいます。")
            .replace("犯罪により害を被った事実", "犯罪によって害を被った事実")
            .replace("特に配慮を要するもの", "特に配慮が必要なもの"))
    assert "ことばの意味" in text and "に定める個人識別符号" in text and "配慮が必要" in text
    flagged = [(f.requirement, f.rule) for f in _findings(text) if f.severity in ("error", "warning")]
    assert flagged == []
    # the glossary is read: the terms it defines are defined (no 「…が用いられているが、定義がない」)
    assert not [f for f in _findings(text) if f.rule == "term.undefined"]
    # a category left out is still missing
    gone = text.replace("犯罪の経歴、犯罪によって害を被った事実", "犯罪の経歴")
    assert ("B1", "def.yohairyo") in [(f.requirement, f.rule) for f in _findings(gone) if f.severity == "error"]

"""After the held-out sets is–jl (2026-12-08, second part): each fix on the sets' drafts (and earlier sets'
drafts of the same class), and its mutation that must still be found."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from tests.core.forms_support import counted as _counted
from tests.core.forms_support import draft as _draft
from tests.core.forms_support import findings as _findings


def test_the_cabinet_order_named_by_the_short_name_the_draft_gave_it() -> None:
    # ishizumi-shi (clean): 「…法律施行令（平成15年政令第548号。以下「政令」という。）」 in the 個人識別符号 item, then
    # 要配慮個人情報 「…として政令第4条で定める記述等が含まれる個人情報」: the order's categories, delegated to it by name
    text = _draft("ishizumi-shi")
    assert "政令第4条で定める記述等" in text
    assert _counted(text, "B2") == []
    assert _counted(text, "B1") == []
    assert [f for f in _findings(text) if f.rule == "def.diff" and f.requirement in ("B1", "B2")] == []
    # the delegation cut to a bare 記述等: a closed list, the order's categories missing (B2, at B1's severity)
    cut = text.replace("として政令第4条で定める記述等", "記述等")
    assert ("def.yohairyo", "error", "2") in _counted(cut, "B2")
    # a 略称 the draft never gave: 「規程第4条で定める記述等」 names no Cabinet Order
    other = text.replace("として政令第4条で定める記述等", "として規程第4条で定める記述等")
    assert ("def.yohairyo", "warning", "2") in _counted(other, "B2")


def _unresolved(text: str) -> list[tuple[str | None, str]]:
    return [(f.location.article, f.anchor_text) for f in _findings(text) if f.rule == "ref.unresolved"]


def test_an_article_named_in_the_replacement_of_a_reading_over_of_this_ordinance() -> None:
    # isaribi-shi 第25条第2項: 「…第22条第1項第2号中「…」とあるのは「提案に係る実施機関非識別加工情報が第24条の2第3項の
    # 規定により個人情報ファイル簿に記載されたものであること」と読み替える」: 第22条 is this ordinance's, so the words read
    # into it cite this ordinance, and there is no 第24条の2 (seeded isaribi-4; the register entry is 第24条第3項)
    text = _draft("isaribi-shi")
    assert "第24条の2第3項の規定により" in text
    assert ("25", "第24条の2第3項") in _unresolved(text)
    assert [a for a, quoted in _unresolved(text.replace("第24条の2第3項の規定により", "第24条第3項の規定により"))
            if quoted.startswith("第24条")] == []
    # the words replaced are not a reference, nor a replacement read into the Act's provision (法第44条の5中)
    read_over = "第22条第1項第2号中「"
    assert read_over in text
    statute = text.replace(read_over, "法第44条の5第1項第2号中「")
    assert [a for a, quoted in _unresolved(statute) if quoted.startswith("第24条")] == []


def test_the_same_paragraph_after_a_replacement_counts_from_the_provision_read() -> None:
    # sagiri-mura 第29条第2項: 「…第23条第1項中「第21条第1項」とあるのは「第29条第1項」と、同項第2号中…」: the replacement
    # 「第29条第1項」 is checked (it exists) and 同項 stays 第23条第1項, never 第29条第1項
    text = _draft("sagiri-mura")
    assert "とあるのは「第29条第1項」と、同項第2号中" in text
    assert [a for a, _ in _unresolved(text)] == []
    # the replacement itself made dangling: reported in the paragraph of the 準用
    assert ("29", "第29条第5項") in _unresolved(text.replace("とあるのは「第29条第1項」と、", "とあるのは「第29条第5項」と、"))


def test_a_register_of_files_called_by_another_name_is_the_file_register() -> None:
    # yukimine-ken: 「実施機関は、個人情報ファイルを保有するに至ったときは、次に掲げる事項を記載した個人情報取扱事務登録簿
    # （以下「登録簿」という。）を作成し、…」 and no ファイル簿 anywhere: the register of files the mechanism builds on (C3)
    text = _draft("yukimine-ken")
    assert "ファイル簿" not in text
    assert _counted(text, "C3") == []
    # a register of tasks that never names the files is not it
    lead = "実施機関は、個人情報ファイルを保有するに至ったときは、次に掲げる事項を記載した"
    assert lead in text
    assert [r for r, _, _ in _counted(text.replace(lead, "実施機関は、個人情報を取り扱う事務を開始するときは、次に掲げる事項を記載した"),
                                      "C3")] == ["gap"]


def test_the_staff_of_an_implementing_body_set_up_under_the_local_incorporated_administrative_agency_act() -> None:
    # yukimine-ken 第2条第5項: 「実施機関の職員（地方独立行政法人にあっては、役員を含む。以下同じ。）」 with 「地方独立行政法人
    # 雪嶺県立病院機構」 among the 実施機関: read as the body of that Act (a note at most), as 「市が設立した地方独立行政法人」 is
    text = _draft("yukimine-ken")
    statute_terms = [f for f in _findings(text) if f.rule == "term.statute_undefined" and f.anchor_text == "地方独立行政法人"]
    assert [f.severity for f in statute_terms] == ["info"]
    # the word standing alone in a provision keeps the warning
    bare = text.replace("（地方独立行政法人にあっては、役員を含む。以下同じ。）", "（地方独立行政法人の役員を含む。以下同じ。）")
    assert [f.severity for f in _findings(bare) if f.rule == "term.statute_undefined"
            and f.anchor_text == "地方独立行政法人"] == ["warning"]


def test_a_chapter_inserted_with_a_branch_number_is_cited_as_a_whole() -> None:
    # yukimuronodai-shi 第7条第1項第8号: 「第4章の2の規定による提案」 cites the chapter 第4章の2 (第22条の2―第22条の10), whose
    # articles lay down the proposal, not its first article alone
    text = _draft("yukimuronodai-shi")
    assert "第4章の2の規定による提案" in text
    assert [f for f in _findings(text) if f.rule == "ref.wrong_kind" and f.location.article == "7"] == []
    # 第4章 (審査請求) lays down no proposal: still reported
    wrong = text.replace("第4章の2の規定による提案", "第4章の規定による提案")
    assert [f.location.article for f in _findings(wrong) if f.rule == "ref.wrong_kind"].count("7") == 1


def test_a_provision_cited_as_applying_others_that_applies_none() -> None:
    # yukimine-ken 第30条第2号: 「第二十四条各号（前条において準用する場合を含む。）」 where 前条 is the fee article (第29条);
    # the article applying the proposal's provisions is 第28条 (seeded yukimine-5)
    text = _draft("yukimine-ken")
    wrong = "第二十四条各号（前条において準用する場合を含む。）"
    assert wrong in text
    found = [f for f in _findings(text) if f.rule == "ref.wrong_kind" and f.location.article == "30"]
    assert [(f.severity, f.anchor_text) for f in found] == [("error", "前条")]
    # 第28条 (「第二十三条から前条までの規定は、…について準用する。」) is right; the fee article's own 「（前条において準用
    # する場合を含む。）」 (前条: 第28条) is right too
    right = text.replace(wrong, "第二十四条各号（第二十八条において準用する場合を含む。）")
    assert [f for f in _findings(right) if f.rule == "ref.wrong_kind"] == []


def _on_word(text: str, word: str) -> list[tuple[str, str | None]]:
    return sorted((f.rule, f.location.article) for f in _findings(text)
                  if f.rule in ("term.unused", "abbr.out_of_scope") and word in f.message_ja)


def test_a_label_made_of_its_defining_phrase_used_past_its_scope() -> None:
    # funahashi-cho 第13条: 「個人情報ファイルに記録される項目（以下この項において「記録項目」という。）」 in 第1項第4号, and
    # 「記録項目の一部…」 in 第3項: the label (the statute's own, 以下この節において) is used outside the paragraph it was
    # given for — one finding, the use out of scope, not an unused definition besides
    text = _draft("funahashi-cho")
    assert "（以下この項において「記録項目」という。）" in text
    assert _on_word(text, "記録項目") == [("abbr.out_of_scope", "13")]
    # the scope widened to the ordinance: nothing to say
    assert _on_word(text.replace("（以下この項において「記録項目」という。）", "（以下「記録項目」という。）"), "記録項目") == []


def test_a_union_in_everyday_words_reviews_contracts_cancels_and_binds_its_staff() -> None:
    # chayadai-kumiai, in です・ます: 「…前条に当たらないこと、本人の数が1,000人以上であること、…ふさわしいことを審査し、その
    # 結果を提案をした人に知らせます」 (C9), 「…実施機関と組合非識別加工情報を使う契約を結ぶことができます」 (C11), 「うそなどの
    # 不正な方法で契約を結んだとき、…契約を解除できます」 (C15), 「…の秘密をむやみに人に話したり、不当な目的に使ったりしては
    # いけません」 (C17), and 「第10条から前条までのきまりを準用します」 taking the contract in (「前条の契約」, ref.wrong_kind)
    text = _draft("chayadai-kumiai")
    for req in ("C9", "C11", "C15", "C17"):
        assert _counted(text, req) == [], req
    assert [f for f in _findings(text) if f.rule == "ref.wrong_kind"] == []
    # the cancellation article dropped: C15 reports it again
    cancel = next(line for line in text.splitlines() if line.startswith("第15条　実施機関は、契約を結んだ人が"))
    assert [r for r, _, _ in _counted(text.replace(cancel, "第15条　（削る）"), "C15")] == ["gap"]
    # the staff duty without its secrecy: C17 reports it again
    duty = "仕事で知った組合非識別加工情報の秘密をむやみに人に話したり、不当な目的に使ったりしてはいけません。"
    assert duty in text
    assert [r for r, _, _ in _counted(text.replace(duty, "仕事で知った組合非識別加工情報を大切に扱います。"), "C17")] == ["gap"]


def test_the_words_a_reading_over_quotes_across_a_wrapped_line() -> None:
    # fukuroda-cho 第20条 (a 準用 of the Act's provisions with 「「行政機関情報公開法第5条」とあるのは「情報公開条例第7条」と」):
    # the quoted words are the Act's, not a first citation of 行政機関情報公開法 — also where a wrapped copy breaks the line
    # between the closing quote and 「とあるのは」
    text = _draft("fukuroda-cho")
    quoted = "「行政機関情報公開法第5条」とあるのは"
    assert quoted in text

    def numbers(t: str) -> list[str]:
        return [f.message_ja.split("」")[0].lstrip("「") for f in _findings(t) if f.rule == "cite.law_number"]

    assert "行政機関情報公開法" not in numbers(text)
    wrapped = text.replace(quoted, "「行政機関情報公開法第5条」\nとある\nのは")
    assert "行政機関情報公開法" not in numbers(wrapped)


def test_forms_after_iwiz() -> None:
    # ohayashi-mura (です・ます): the register item 「要配慮個人情報が記録されているときは、そのこと」 is B3's entry
    village = _draft("ohayashi-mura")
    entry = "六　要配慮個人情報が記録されているときは、そのこと"
    assert entry in village
    assert _counted(village, "B3") == []
    assert [r for r, _, _ in _counted(village.replace(entry, "六　その他村長が必要と認めること"), "B3")] == ["gap"]
    # suirobara-shi 第8条第3項: 「前2項の規定は、第3節の規定により実施機関非識別加工情報（…に限る。）を提供する場合には、
    # 適用しない。」 sets the limits aside for the mechanism of a 節, with a parenthesis between (C18)
    city = _draft("suirobara-shi")
    aside = next(line for line in city.splitlines() if line.startswith("3　前2項の規定は、第3節の規定により"))
    assert _counted(city, "C18") == []
    assert [r for r, _, _ in _counted(city.replace(aside + "\n", ""), "C18")] == ["gap"]


def _wrong_kind(text: str, article: str) -> list[str]:
    return [f.anchor_text for f in _findings(text) if f.rule == "ref.wrong_kind" and f.location.article == article]


def test_the_provision_under_which_a_contract_is_concluded() -> None:
    # honmaru-kumiai 第28条: 「第26条（前条第3項において準用する場合を含む。）の規定により組合非識別加工情報の利用に関する契約を
    # 締結する者は、…手数料を納めなければならない」, where 第26条 is the making of the information and the contract is
    # 第25条 (seeded honmaru-6)
    text = _draft("honmaru-kumiai")
    wrong = "第28条（手数料）　第26条（前条第3項において準用する場合を含む。）の規定により"
    assert wrong in text
    assert _wrong_kind(text, "28") == ["第26条"]
    assert _wrong_kind(text.replace(wrong, "第28条（手数料）　第25条（前条第3項において準用する場合を含む。）の規定により"), "28") == []
    # 「前条第1項の規定により作成した…の利用に関する契約を締結する者」 cites 前条 for the making, not for the contract
    # (yoikawabe-shi 第20条の11); a provision that takes others in 「…の規定に準じて取り扱う」 (takeyabu-mura 第28条) may be
    # the one under which the contract is concluded
    assert _wrong_kind(_draft("yoikawabe-shi"), "20_11") == []
    assert _wrong_kind(_draft("takeyabu-mura"), "29") == []


def test_a_heisei_date_past_the_era_in_a_text_brought_into_force_in_heisei() -> None:
    # shobugaike-ken (clean, ja–jd): no date of enactment on record, 「この条例は、平成31年4月1日から施行する。ただし、第5章…
    # の規定は、平成31年10月1日から施行する。」: written before 令和 began, so its 平成31年10月1日 is the same day of 令和
    text = _draft("shobugaike-ken")
    main = "この条例は、平成31年4月1日から施行する。"
    assert main in text and "平成31年10月1日" in text
    assert [f for f in _findings(text) if f.rule == "suppl.date"] == []
    # brought into force in 令和: its 平成31年10月1日 is a day outside 平成
    later = text.replace(main, "この条例は、令和元年6月1日から施行する。")
    assert [f.severity for f in _findings(later) if f.rule == "suppl.date"] == ["error"]


def test_a_fee_left_to_a_rule_after_the_words_that_guide_it() -> None:
    # ishigakidai-shi 第21条 (seeded ishigakidai-6) and hishinuma-cho 第18条第2項: 「…手数料の額は、実費を勘案して規則で定める。」
    # leaves the amount to a 規則 (C14); in hishinuma-cho the 準用 of the Act's fee article with 「政令」 read as 「規則」 in
    # 第1項 is the same defect, reported once, on the words that say it
    city = _draft("ishigakidai-shi")
    assert [(f.location.article, f.severity) for f in _findings(city) if f.rule == "fee.delegated"] == [("21", "error")]
    town = _draft("hishinuma-cho")
    assert [(f.location.article, f.location.paragraph) for f in _findings(town) if f.rule == "fee.delegated"] == [("18", 2)]


def test_a_suppl_paragraph_caption_is_no_use_of_the_short_name() -> None:
    # fudenomiya-cho 付則: 「（旧条例の廃止）」 above 「２　…条例（…。以下「旧条例」という。）は、廃止する。」: the caption names
    # the paragraph, it does not use the 略称 before its definition
    text = _draft("fudenomiya-cho")
    assert "　（旧条例の廃止）\n" in text
    assert [f for f in _findings(text) if f.rule == "abbr.before_definition" and "旧条例" in f.message_ja] == []
    # used in the paragraph before: still reported
    early = text.replace("１　この条例は、平成三十年四月一日から施行する。", "１　この条例は、旧条例の施行の日から施行する。")
    assert [f.rule for f in _findings(early) if f.rule == "abbr.before_definition" and "旧条例" in f.message_ja] == [
        "abbr.before_definition"]


def test_a_pdf_copy_heading_glued_to_its_text() -> None:
    # kamisukino-saijo-kumiai in a PDF copy: 「第 17 条前条の規定による募集に応じて…」 after a gap in the numbers (第16条 is
    # missing, seeded) is the heading of 第17条 (no citation goes on from 第17条 to 前条), and 「第 23 条個人情報ファイル簿に…」
    # names no register 「条個人情報ファイル簿」
    text = _draft("kamisukino-saijo-kumiai")
    pdf = text.replace("第17条　前条の規定による募集", "第 17 条前条の規定による募集").replace(
        "第23条　個人情報ファイル簿に", "第 23 条個人情報ファイル簿に")
    assert pdf != text and "第 23 条個人情報ファイル簿に" in pdf
    ordinance = parse_text(pdf)
    assert ordinance.article("17") is not None and ordinance.article("23") is not None
    assert [f for f in _findings(pdf) if f.rule == "term.undefined" and "個人情報ファイル簿" in f.message_ja] == []


def test_a_register_and_a_review_in_everyday_words() -> None:
    # matsuhama-shi (です・ます): the register item 「⑺　第11条の提案を募集するファイルであるときは、そのこと」 (C5's entry that
    # proposals are invited on the file) and 「実施機関は、提案があったときは、次のことを審査します。」 with the points listed
    # as items (C9's review against the standards)
    text = _draft("matsuhama-shi")
    entry = "⑺　第11条の提案を募集するファイルであるときは、そのこと"
    review = "次のことを審査します。"
    assert entry in text and review in text
    assert _counted(text, "C5") == [] and _counted(text, "C9") == []
    assert [r for r, _, _ in _counted(text.replace(entry, "⑺　その他規則で定めること"), "C5")] == ["gap"]
    assert [r for r, _, _ in _counted(text.replace(review, "提案の内容を確認します。"), "C9")] == ["gap"]


def test_the_mechanism_only_under_its_articles_in_everyday_words() -> None:
    # chayadai-kumiai 第5条第2項: 「実施機関は、この条例の第9条から第15条までのきまりによるときを除いて、組合非識別加工情報を
    # 作ったり、提供したりしません。また、法律や条例などに定めがあるときを除いて、削除情報を目的以外に使ったり、提供したり
    # しません。」 is C4 (made and provided under those articles only; 削除情報 kept to its purpose)
    text = _draft("chayadai-kumiai")
    both = "また、法律や条例などに定めがあるときを除いて、削除情報を目的以外に使ったり、提供したりしません。"
    assert both in text
    assert _counted(text, "C4") == []
    assert [r for r, _, _ in _counted(text.replace(both, ""), "C4")] == ["gap"]


def test_forms_after_jejh() -> None:
    # rindoguchi-cho (clean): 「…個人情報保護法（個人情報の保護に関する法律（平成15年法律第57号）をいう。以下同じ。）第2条第5項に
    # 規定する個人情報取扱事業者」 gives the term its meaning through the statute, a 略称 defined in between
    town = _draft("rindoguchi-cho")
    cited = "をいう。以下同じ。）第2条第5項に規定する個人情報取扱事業者"
    assert cited in town
    assert [f for f in _findings(town) if f.rule == "term.statute_undefined" and "個人情報取扱事業者" in f.message_ja] == []
    whole = "その他の個人情報保護法（個人情報の保護に関する法律（平成15年法律第57号）" + cited
    assert whole in town
    assert [f.severity for f in _findings(town.replace(whole, "その他の個人情報取扱事業者"))
            if f.rule == "term.statute_undefined" and "個人情報取扱事業者" in f.message_ja] == ["warning"]
    # budozaka-shi: 「前2項において「法令等」とは、…をいう。」 then 「法令等（前条第4項に規定する法令等をいう。以下同じ。）」: the
    # same thing with its reach widened, not a 略称 defined twice
    city = _draft("budozaka-shi")
    assert "法令等（前条第4項に規定する法令等をいう。以下同じ。）" in city
    assert [f for f in _findings(city) if f.rule == "abbr.duplicate"] == []
    # kiritsubo-mura: 「…として行政機関の保有する個人情報の保護に関する法律第2条第4項の政令で定める記述等」 (the statute's title
    # with no number before the provision naming its Order) is the statute's 「政令で定める記述等」
    village = _draft("kiritsubo-mura")
    assert "行政機関の保有する個人情報の保護に関する法律第2条第4項の政令で定める記述等" in village
    assert [f for f in _findings(village) if f.rule == "def.diff" and f.requirement == "B1"] == []
    # furinzaka-shi 附則第1項: 「第11条第1項第7号及び第8号」 where 第11条第1項 has seven items (seeded furinzaka-6)
    city2 = _draft("furinzaka-shi")
    assert "第11条第1項第7号及び第8号" in city2
    assert [f.anchor_text for f in _findings(city2) if f.rule == "ref.unresolved"] == ["第8号"]


def test_proposals_invited_periodically_with_the_word_defined_in_between() -> None:
    # yamasugi-koiki-rengo 第23条 and mikoshiba-shi 第二十条の二: 「…定期的に、…からの当該事業に関する提案（以下この章において
    # 「提案」という。）を募集するものとする。」 invites proposals periodically (C6), the word defined on the way
    text = _draft("yamasugi-koiki-rengo")
    assert "定期的に、" in text
    assert _counted(text, "C6") == []
    assert _counted(_draft("mikoshiba-shi"), "C6") == []
    # 「必要に応じて」 instead: reported
    assert [r for r, _, _ in _counted(text.replace("定期的に、", "必要に応じて、", 1), "C6")] == ["gap"]

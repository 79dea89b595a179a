"""Forms met in the held-out sets fm–fp (scored 2026-12-07), each sentence written for the test: drafts written
for residents (です・ます or everyday verbs) say the statute's elements in their own words; the conditions of the
body's 非識別加工情報 said plainly, and listed in an article the definition names."""

from __future__ import annotations

import re

from ordreview.core.align_elements import everyday_variants, plain_variants, polite_variants
from ordreview.core.profile import load_profile
from ordreview.core.text import fold


def _said(requirement: str, label: str, text: str) -> bool:
    req = next(r for r in load_profile().requirements if r.id == requirement)
    element = next(e for e in req.must if e.label_ja.startswith(label))
    folded = fold(text)
    for alternative in element.any:
        pattern = re.sub(r"^(?:in_definition:[^:]+:|document:)", "", alternative)
        if ":" in pattern.split("(", 1)[0]:
            continue
        forms = [pattern, *plain_variants(pattern), *everyday_variants(pattern)]
        forms += [p for f in forms for p in polite_variants(f)]
        if any(re.search(f, folded) for f in forms):
            return True
    return False


def test_the_file_in_everyday_words() -> None:
    # 苗代田町 (です・ます), 小舟渡町: コンピュータ and 簡単に are the statute's 電子計算機 and 容易に
    text = ("保有個人情報を含む情報の集まりであって、特定の保有個人情報をコンピュータで検索できるように体系的に構成したもの"
            "又は特定の保有個人情報を簡単に検索できるように体系的に構成したものをいいます")
    assert _said("A8", "電子計算機処理に係るもの", text)
    assert _said("A8", "手作業処理に係るもの", text)
    assert _said("A8", "手作業処理に係るもの", "氏名、生年月日などで簡単に探せるように、まとめたものをいう")
    assert not _said("A8", "手作業処理に係るもの", "特定の保有個人情報をコンピュータで検索できるように体系的に構成したものをいいます")


def test_the_conditions_in_everyday_words() -> None:
    assert _said("C2", "要件：個人情報ファイル簿への掲載", "ア　第9条第2項で同条第1項の個人情報ファイル簿にのせないこととされているものでないこと。")
    assert _said("C2", "要件：個人情報ファイル簿への掲載", "ア　第10条の個人情報ファイル簿が作られている個人情報ファイル")
    assert _said("C2", "要件：個人情報ファイル簿への掲載", "一　第十条第二項に規定する個人情報ファイルに当たらないこと。")
    assert _said("C2", "要件：開示決定又は意見書提出の機会",
                 "公開の請求があったとしたら、その保有個人情報の全部又は一部を公開する決定がされることになるもの")
    assert _said("C2", "要件：開示決定又は意見書提出の機会", "又は情報公開条例の定めにより第三者に意見書を出す機会を与えることとなるもの")
    assert _said("C2", "要件：支障のない範囲内での加工", "ウ　村の仕事に差し支えない範囲で、基準に従って加工し")
    assert _said("C2", "要件：情報公開条例の不開示情報",
                 "（旅籠町情報公開条例第7条に定める公開しない情報（同条第1号に定める情報を除きます。）が含まれているときは、その部分を除きます。）")
    assert not _said("C2", "要件：支障のない範囲内での加工", "ウ　規則で定める基準に従って加工し")


def test_the_mechanism_in_everyday_words() -> None:
    # 灯明ケ鼻村 (である): the chapter, the proposal, the contract and the proposal on information already made
    assert _said("A7", "職務上作成し", "実施機関の職員が仕事のうえで作ったり、受け取ったりした個人情報であって")
    assert _said("C4", "この章の規定に従う作成・提供",
                 "実施機関は、この章の定めに従い、村非識別加工情報（村非識別加工情報ファイルを作っているものに限る。）を作り、提供することができる")
    assert _said("C7", "事業の内容", "作る村非識別加工情報の本人の数と加工の方法、使う目的と方法、使う期間")
    assert _said("C7", "漏えいの防止その他の措置", "使う期間、もれないようにする手立てその他規則で定めること")
    assert _said("C11", "利用に関する契約の締結", "実施機関との間で、村非識別加工情報を使うことに関する契約を結ぶことができる。")
    assert _said("C13", "作成された非識別加工情報の利用に関する提案",
                 "前各項の規定は、すでに作った村非識別加工情報を自分の事業に使いたい人の提案について準用する。")


def test_conditions_listed_in_an_article_the_definition_names() -> None:
    from ordreview.core.definition_conditions import _NAMES_THE_FILE

    assert _NAMES_THE_FILE.match("に掲げる要件のすべてに当たる個人情報ファイルから作られるもの")
    assert _NAMES_THE_FILE.match("各号のいずれにも該当する個人情報ファイル")
    assert not _NAMES_THE_FILE.match("の規定により個人情報ファイル簿に載せないもの")


_CHAPTERS = """はまなす町個人情報保護条例
　　　第1章　総則
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（定義）
第2条　この条例において「実施機関」とは、町長、教育委員会及び議会をいう。
（責務）
第3条　実施機関は、個人情報の保護に努めなければならない。
　　　第2章　個人情報の取扱い
（収集の制限）
第4条　実施機関は、個人情報を収集するときは、適法かつ公正な手段により収集しなければならない。
（利用の制限）
第5条　実施機関は、利用目的以外の目的のために保有個人情報を利用してはならない。
　　　第3章　{name}
第6条　{body}
"""


def _caption_severity(name: str, body: str) -> list[str]:
    from ordreview.core.parse import parse_text
    from ordreview.core.review import review_ordinance

    review = review_ordinance(parse_text(_CHAPTERS.format(name=name, body=body)), load_profile())
    return [f.severity for f in review.findings if f.rule == "caption.missing"]


def test_the_lone_article_of_a_chapter_for_anything_needs_its_caption() -> None:
    # 井手水路消防組合: 「第5章　雑則」 over one uncaptioned 委任 article: 雑則 names no subject, the article needs its caption
    assert _caption_severity("雑則", "この条例の施行に関し必要な事項は、規則で定める。") == ["warning"]
    assert _caption_severity("補則", "この条例の施行に関し必要な事項は、規則で定める。") == ["warning"]
    # a chapter whose name says what its one article provides serves as that article's caption
    assert _caption_severity("個人情報保護審議会", "町長の附属機関として、はまなす町個人情報保護審議会を置く。") == ["info"]

"""term.unused: a definition the checklist asks for once the 非識別 mechanism is introduced, and the
name a request provision gives its form, are notes when unused; the same definitions without the
mechanism, and a short name for a name written just before it, stay warnings (drafts written here)."""

from __future__ import annotations

from ordreview.core.labels import place_label
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

DRAFT = """しらゆり町個人情報保護条例

　　　第1章　総則
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるものをいう。
(2)　実施機関　町長、教育委員会及び議会をいう。
(3)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、実施機関が保有しているものをいう。
(4)　個人情報ファイル　保有個人情報を含む情報の集合物であって、特定の保有個人情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。
(5)　非識別加工情報　個人情報を加工して特定の個人を識別することができないようにし、かつ、当該個人情報を復元することができないようにしたものをいう。
(6)　実施機関非識別加工情報　個人情報ファイルを構成する保有個人情報の全部又は一部を加工して得られる非識別加工情報をいう。
(7)　実施機関非識別加工情報ファイル　実施機関非識別加工情報を含む情報の集合物であって、特定の実施機関非識別加工情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。
(8)　特定個人情報　行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）第2条第8項に規定する特定個人情報をいう。

　　　第2章　開示
（開示請求）
第3条　何人も、実施機関に対し、当該実施機関の保有する自己を本人とする保有個人情報の開示を請求することができる。
2　開示の請求をしようとする者は、次に掲げる事項を記載した書面（以下「開示請求書」という。）を実施機関に提出しなければならない。
(1)　開示の請求をする者の氏名及び住所
(2)　開示の請求に係る保有個人情報を特定するに足りる事項
（登録簿）
第4条　町長は、個人情報を取り扱う事務について、しらゆり町個人情報取扱事務登録簿（以下「登録簿」という。）を作成し、一般の閲覧に供しなければならない。

{chapter}
"""

CHAPTER = """　　　第3章　非識別加工情報の提供
（実施機関非識別加工情報の作成及び提供等）
第5条　実施機関は、この章の規定に従い、実施機関非識別加工情報を作成し、及び提供することができる。
（提案の募集）
第6条　実施機関は、定期的に、個人情報ファイルについて、実施機関非識別加工情報をその事業の用に供しようとする者からの提案を募集するものとする。
（提案）
第7条　前条の募集に応じて実施機関非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、当該事業に関する提案をすることができる。
（実施機関非識別加工情報の作成）
第8条　実施機関は、実施機関非識別加工情報を作成するときは、規則で定める基準に従い、当該保有個人情報を加工しなければならない。
"""


def unused(text: str) -> dict[str, str]:
    r = review_ordinance(parse_text(text), load_profile("basic-policy-2016"))
    return {f.message_ja.split("「", 1)[1].split("」", 1)[0]: f"{f.severity}@{place_label(r.ordinance, f.location)}"
            for f in r.findings if f.rule == "term.unused"}


def test_with_the_mechanism_its_idle_definitions_are_notes() -> None:
    found = unused(DRAFT.format(chapter=CHAPTER))
    # the checklist (C1, C2) asks for these definitions once the mechanism is there
    assert found["実施機関非識別加工情報ファイル"].startswith("info@")
    # the request form's name, as the statute coins it for the same provision
    assert found["開示請求書"].startswith("info@")
    # a definition no requirement of the mechanism asks for, and a short name of a longer name
    assert found["特定個人情報"].startswith("warning@")
    assert found["登録簿"].startswith("warning@")


def test_without_the_mechanism_its_definitions_are_leftovers() -> None:
    found = unused(DRAFT.format(chapter=""))
    assert found["実施機関非識別加工情報ファイル"].startswith("warning@")
    assert found["開示請求書"].startswith("info@")


REGISTER = """（個人情報ファイル簿の作成及び公表）
第5条　実施機関は、規則で定めるところにより、当該実施機関が保有している個人情報ファイルについて、次に掲げる事項を記載した帳簿（以下「{name}」という。）を作成し、公表しなければならない。
(1)　個人情報ファイルの名称
(2)　個人情報ファイルの利用目的
"""


def test_the_register_named_as_the_statute_names_it_is_a_note() -> None:
    # 行政機関個人情報保護法 第11条第1項 coins 個人情報ファイル簿 at the provision that makes and
    # publishes the register: its name, unused later in the ordinance, is only noted
    found = unused(DRAFT.format(chapter=REGISTER.format(name="個人情報ファイル簿")))
    assert found["個人情報ファイル簿"].startswith("info@")


def test_a_register_name_of_the_drafts_own_stays_a_warning() -> None:
    found = unused(DRAFT.format(chapter=REGISTER.format(name="町個人情報ファイル簿")))
    assert found["町個人情報ファイル簿"].startswith("warning@")

"""C elements written in the statute's own words (行政機関個人情報保護法 第2条第9項・第10項,
第44条の2, 第44条の8 as a 準用 of the information-disclosure ordinance). Fictional 楓台市 draft
written for these tests."""

from __future__ import annotations

from ordreview.core.align import align
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

KAEDE = """楓台市個人情報保護条例

第1章　総則

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　個人情報ファイル　保有個人情報を含む情報の集合物であって、一定の事務の目的を達成するために体系的に構成したものをいう。
(2)　非識別加工情報　個人情報を加工して得られる個人に関する情報であって、当該個人情報を復元することができないようにしたものをいう。
(3)　市非識別加工情報　次のいずれにも該当する個人情報ファイルを構成する保有個人情報（情報公開条例第7条に規定する非公開情報を含むときは、当該非公開情報に該当する部分を除く。）の全部又は一部を加工して得られる非識別加工情報をいう。
ア　REGISTER
イ　当該保有個人情報の全部又は一部を公開する旨の決定をすることとなるもの
ウ　実施機関の事務の適正かつ円滑な運営に支障のない範囲内で、当該個人情報ファイルを構成する保有個人情報を加工して非識別加工情報を作成することができるもの
FILE
（個人情報ファイル簿の作成及び公表）
第3条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。
GENERAL

第2章　非識別加工情報の提供

（市非識別加工情報の作成及び提供等）
第4条　実施機関は、この章の規定に従い、市非識別加工情報を作成し、及び提供することができる。
2　実施機関は、DELETED
（提案）
第5条　市非識別加工情報をその事業の用に供しようとする者は、実施機関に対し、提案をすることができる。
2　OPINION
"""

REGISTER = "第3条の規定により個人情報ファイル簿が公表されているもの"
FILE = "(4)　市非識別加工情報ファイル　市非識別加工情報を含む情報の集合物であって、体系的に構成したものをいう。\n"
DELETED = ("法令等に基づく場合を除き、利用目的以外の目的のために削除情報（市非識別加工情報の作成に用いた保有個人情報から"
           "削除した記述等をいう。）を自ら利用し、又は提供してはならない。")
OPINION = ("情報公開条例第15条第1項及び第2項の規定は、前項の提案に係る市非識別加工情報の作成に用いる保有個人情報に国、"
           "独立行政法人等、地方公共団体、地方独立行政法人及び当該提案をした者以外の者に関する情報が含まれている場合について"
           "準用する。この場合において、必要な技術的読替えは、規則で定める。")


GENERAL = ("（利用及び提供の制限）\n第3条の2　実施機関は、法令等に基づく場合を除き、利用目的以外の目的のために保有個人情報を"
           "自ら利用し、又は提供してはならない。")


def _missing(rid: str, **parts: str) -> list[str]:
    values = {"GENERAL": GENERAL, "REGISTER": REGISTER, "FILE": FILE, "DELETED": DELETED, "OPINION": OPINION, **parts}
    text = KAEDE
    for key, value in values.items():
        text = text.replace(key, value)
    al = align(parse_text(text), load_profile())
    return [h.group.label_ja for h in al.must[rid] if h.span is None]


def test_register_condition_as_published_or_entered_in_a_register() -> None:
    assert "要件：個人情報ファイル簿への掲載" not in _missing("C2")
    entered = "第3条の規定により作成する帳簿に当該個人情報ファイルの名称が記載されているもの"
    assert "要件：個人情報ファイル簿への掲載" not in _missing("C2", REGISTER=entered)
    # a condition that names no register at all is still missing
    assert "要件：個人情報ファイル簿への掲載" in _missing("C2", REGISTER="実施機関が適当と認めるもの")
    # an entry the body must write in the register (a C5 entry) is no condition of the definition
    assert "要件：個人情報ファイル簿への掲載" in _missing(
        "C2", REGISTER="実施機関が適当と認めるもの\n2　実施機関は、個人情報ファイル簿に、提案を受ける組織の名称を記載しなければならない。")


def test_file_defined_inline_as_the_collection_of_the_information() -> None:
    assert "非識別加工情報ファイルの定義" not in _missing("C2")
    inline = DELETED + "\n3　市非識別加工情報（市非識別加工情報を含む情報の集合物であって、体系的に構成したものを構成するものに限る。）"
    assert "非識別加工情報ファイルの定義" not in _missing("C2", FILE="", DELETED=inline)
    # a draft that never speaks of the file needs no definition of it: the statute defines the file
    # for its 取扱事業者, and a definition nothing uses would be a drafting fault of its own
    assert "非識別加工情報ファイルの定義" not in _missing("C2", FILE="")


def test_no_provision_except_under_laws_through_the_general_limit_left_in_force() -> None:
    # the 第44条の2第1項 and 第3項 wording, the general limit on provision of 保有個人情報 reaching
    # the 非識別加工情報 made from it (the statute's 第8条 counts the chapter among 法令 for that reason)
    assert "法令に基づく場合等を除く提供の禁止" not in _missing("C4")
    # no general limit: nothing limits the provision of the 非識別加工情報
    assert "法令に基づく場合等を除く提供の禁止" in _missing("C4", GENERAL="")
    # the general limit set aside for the 非識別加工情報: the deleted-information clause alone
    # does not limit their provision
    carved = DELETED + "\n3　第3条の2の規定は、市非識別加工情報の提供については、適用しない。"
    assert "法令に基づく場合等を除く提供の禁止" in _missing("C4", DELETED=carved)


def test_third_party_opinion_by_a_long_application_of_the_disclosure_ordinance() -> None:
    assert "第三者に対する意見書提出の機会" not in _missing("C10")
    other = "前項の提案があったときは、実施機関は、速やかに審査するものとする。"
    assert "第三者に対する意見書提出の機会" in _missing("C10", OPINION=other)


def test_a_missing_register_goes_where_the_mechanism_writes_in_it() -> None:
    from ordreview.core.checks.context import CheckContext
    from ordreview.core.checks.gaps import check_gaps

    text = KAEDE
    for key, value in {"GENERAL": GENERAL, "REGISTER": REGISTER, "FILE": FILE, "DELETED": DELETED, "OPINION": OPINION}.items():
        text = text.replace(key, value)
    text = text.replace("（個人情報ファイル簿の作成及び公表）\n第3条　実施機関は、個人情報ファイル簿を作成し、公表しなければならない。\n",
                        "（委任）\n第3条　この条例の施行に関し必要な事項は、規則で定める。\n")
    text += "（提案の募集に関する事項の個人情報ファイル簿への記載）\n第6条　実施機関は、個人情報ファイル簿に提案を受ける組織の名称を記載しなければならない。\n"
    found = [f for f in check_gaps(CheckContext(ordinance=parse_text(text), profile=load_profile()))
             if f.requirement == "C3"]
    assert len(found) == 1
    assert found[0].location.article == "6"


def _missing_with_definition(definition: str) -> list[str]:
    """C2's missing parts when the body's 非識別加工情報 is defined by the one given sentence."""
    start = KAEDE.index("(3)　市非識別加工情報")
    end = KAEDE.index("FILE")
    text = KAEDE[:start] + "(3)　市非識別加工情報　" + definition + "\n" + KAEDE[end:]
    for key, value in {"GENERAL": GENERAL, "FILE": FILE, "DELETED": DELETED, "OPINION": OPINION}.items():
        text = text.replace(key, value)
    al = align(parse_text(text), load_profile())
    return [h.group.label_ja for h in al.must["C2"] if h.span is None]


CONDITIONS = ("要件：個人情報ファイル簿への掲載", "要件：開示決定又は意見書提出の機会", "要件：支障のない範囲内での加工",
              "要件：情報公開条例の不開示情報に該当する部分の除外")


def test_conditions_adopted_by_citing_the_statutes_items_but_not_by_naming_its_term() -> None:
    # 「同項各号に掲げる要件に相当する要件を満たすものに限る」: the statute's conditions are taken in
    adopted = ("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第9項の行政機関非識別加工情報の例により、"
               "実施機関が保有する個人情報ファイルを構成する保有個人情報（同項各号に掲げる要件に相当する要件を満たすものに限る。）"
               "の全部又は一部を加工して得られる非識別加工情報をいう。")
    assert [c for c in CONDITIONS if c in _missing_with_definition(adopted)] == []
    # 「第2条第9項に規定する行政機関非識別加工情報に相当するもの」 names the statute's term, not its conditions
    named = ("行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第9項に規定する行政機関非識別加工情報に"
             "相当するものとして、実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報をいう。")
    assert [c for c in CONDITIONS if c in _missing_with_definition(named)] == list(CONDITIONS)

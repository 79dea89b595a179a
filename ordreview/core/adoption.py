"""Definitions that adopt a statute's definition by reference, and the body's own name in a term.

Two ordinary ways of writing a definition make its words differ from the statute's without
changing its meaning:

- **adoption by reference**: 「非識別加工情報　行政機関個人情報保護法第2条第8項の規定の例により
  …」, 「…法律第2条第8項に規定する非識別加工情報をいう。」 (or 「…をいい、同項中「A」とあるのは「B」と読み
  み替えるものとする。」), 「法第2条第8項に規定する非識別加工情報に
  相当するものとして、…をいう。」, 「…であって、法第2条第6項各号に掲げるものに相当するものをいう。」,
  「…であって、法第2条第2項各号のいずれかに該当するものをいう。」,
  or the statute's definition read with substitutions (読替え: 「法第2条第5項中「行政機関の職員」と
  あるのは「実施機関の職員」と…読み替えた場合における同項に規定する保有個人情報をいう。」)
  (the draft's own words then restate the cited definition). The
  definition has every element of the
  cited one (行政機関個人情報保護法 第2条第8項 with its 各号), so no element of it is missing and
  there is nothing to diff word by word. A citation inside a parenthesis (「個人識別符号（…第2条
  第3項に規定する個人識別符号をいう。）」) defines another term and is not an adoption.
- **the body's own name for 実施機関**: the statute's 行政機関非識別加工情報 becomes
  実施機関非識別加工情報 in the model ordinance, and many drafts write the municipality's name
  instead: 市非識別加工情報, 町非識別加工情報, 県非識別加工情報, さくら市非識別加工情報.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.text import fold, outside_parentheses

_NUM = r"[0-9０-９一二三四五六七八九十百]+"
_PROVISION = rf"第{_NUM}条(?:の{_NUM})?(?:第{_NUM}項)?(?:第{_NUM}号)?"
_ADOPTS = re.compile(
    rf"{_PROVISION}(?:の規定の例によ|の例によ|に規定する(?P<noun>[^、。,()]{{0,30}}?)(?:をいう|をいい、|の例によ|と同じ|に相当する"
    # 「法第2条第6項に規定する個人情報ファイルのうち、実施機関が保有するものをいう」: the statute's thing, held here
    r"|(?:のうち|であって)、[^。]{0,40}?(?:が保有する|の保有する)もの(?:をいう|をいい、))"
    rf"|(?:から第{_NUM}[条項号](?:第{_NUM}[項号])*まで)?(?:(?:、|及び)第{_NUM}[条項号](?:第{_NUM}[項号])*)*に定めるところによ)"
)
_ADOPTS_READ = re.compile(  # 「法第2条第5項中「A」とあるのは「B」と…読み替えた場合における同項に規定する保有個人情報をいう」
    rf"{_PROVISION}中「[^。]*読み替えた場合における(?:同[条項号]|{_PROVISION})に規定する(?P<noun>[^、。,()「」]{{0,30}}?)"
    rf"(?:をいう|に相当する)"
)
_ADOPTS_ITEMS = re.compile(  # 「…であって、法第2条第6項各号に掲げるもの（のいずれかに該当するもの）に相当するものをいう」
    rf"{_PROVISION}各号(?:に掲げるもの|のいずれかに該当するもの)(?:に相当するもの)?(?:をいう)?。?$"
    # 「法第2条第6項各号に掲げる集合物に相当するものであって、保有個人情報を含むものをいう。」: the items'
    # own noun, then a condition saying what the thing contains or who holds it (no item left out)
    rf"|{_PROVISION}各号に掲げる[^、。()「」]{{0,8}}?に相当するもの"
    r"(?:であって、[^、。()「」]{0,24}?(?:を含む|が保有する|を保有する)もの)?をいう。?$"
)
_ADOPTS_EACH = lazy_compile(  # (「第2条第2項、第3項、第4項又は第8項に規定する」: one paragraph for each term)
    rf"(?:{_PROVISION}|同条第{_NUM}項)(?:から第{_NUM}項まで|(?:、|又は|若しくは|及び)第{_NUM}項)*"
    rf"に規定する(?P<nouns>[^。()「」]{{0,160}}?)(?=に相当する|をいう)"
)
_NOUN_JOINS = lazy_compile(r"、|若しくは|又は|及び|並びに|までに規定する")
_SPACES = re.compile(r"\s+")
_POLITE_END = re.compile(r"(?:をいい(?:ます)?|のこと(?:です|をいいます))。?$")
"""(「…個人識別符号をいいます。」, 「…第2条第3項に決められている個人識別符号のことです。」)"""
# 「…法律第2条第3項に決められている個人識別符号をいいます。」: a definition in everyday words citing the statute's
_EVERYDAY_CITING = re.compile(r"に(?:定め|決め)られ(?:ている|た)(?=[^、。()「」]{1,30}?(?:をいう|をいいます|のこと|に相当|$))")
# The body's own name in front of a term the statute writes with 行政機関 (市非識別加工情報, 連合非識別加工
# 情報 of a 広域連合 that calls itself 「広域連合」, 機構非識別加工情報): any short name, except the national
# organs' own prefixes, which name the statute's terms and not the body's.
_BODY_PREFIX = re.compile(r"^(?!行政機関|独立行政法人)[^\s、。()（）「」・]{1,10}$")


def adopts_by_reference(body: str, term: str) -> bool:
    """True if the definition ``body`` of ``term`` adopts a statute's definition by citing it
    outside any parenthesis: 「第2条第8項の規定の例により…」, 「…第2条第8項に規定する非識別加工
    情報をいう」 (the cited noun names the same thing: it ends as the term ends)."""
    text = _EVERYDAY_CITING.sub("に規定する", _SPACES.sub("", outside_parentheses(fold(body))))
    text = _POLITE_END.sub("をいう", text)  # (a definition in です・ます: 「…個人識別符号をいいます。」)
    core = fold(term)[-4:]
    for m in (*_ADOPTS.finditer(text), *_ADOPTS_READ.finditer(text)):
        noun = m.group("noun")
        if noun and noun.startswith("行政機関") and m.group(0).endswith("に相当する"):
            continue  # the national organs' definition 「に相当する」 only: which of its own is left unsaid
        if noun is None or not noun or noun.endswith(core) or fold(term).endswith(noun[-4:]):
            return True
    if "それぞれ" in text:  # 「「A」、「B」又は「C」とは、それぞれ法第2条第8項に規定するa又は同条第9項から第11項まで
        # に規定するb、c若しくはdに相当するもの…をいう。」: each term takes the cited noun in its place
        for m in _ADOPTS_EACH.finditer(text):
            for noun in _NOUN_JOINS.split(m.group("nouns")):
                if noun and (noun.endswith(core) or fold(term).endswith(noun[-4:])):
                    return True
    return bool(_ADOPTS_ITEMS.search(text))


def adopts_each_wholly(body: str, term: str) -> bool:
    """True if the definition ``body`` gives several terms, ``term`` among them, the statute's
    meanings by citation and says nothing else: 「「個人情報」、「個人識別符号」又は「要配慮個人情報」
    とは、それぞれ法第2条第2項、第3項又は第4項に規定する個人情報、個人識別符号又は要配慮個人情報を
    いう。」 (``term`` is one of the cited nouns, word for word)."""
    text = _SPACES.sub("", outside_parentheses(fold(body)))
    if "それぞれ" not in text:
        return False
    if not re.search(r"をいう。?$", text):  # (a definition body as parsed stops before its をいう)
        text += "をいう。"
    word = fold(term)
    for m in _ADOPTS_EACH.finditer(text):
        if re.fullmatch(r"をいう。?", text[m.end():]) and word in _NOUN_JOINS.split(m.group("nouns")):
            return True
    return False


def adopts_statute_items(body: str) -> bool:
    """True if the definition ``body`` ends by pointing at a statute's items outside any
    parenthesis: 「…であって、法第2条第2項各号のいずれかに該当するものをいう。」"""
    return bool(_ADOPTS_ITEMS.search(_SPACES.sub("", outside_parentheses(fold(body)))))


# The conditions of 第2条第9項 (listed in the ファイル簿, to be disclosed, made without hindrance) said in a
# definition: a draft that writes them into its definition of the bare statute word 「非識別加工情報」 calls
# its own information by that word (「次の各号のいずれにも該当する個人情報ファイルを構成する保有個人情報の…を
# 加工して得られる法第2条第8項に規定する非識別加工情報をいう。」).
_OWN_CONDITIONS = re.compile(r"いずれにも該当|ファイル簿|開示する旨|支障のない範囲")


def states_own_conditions(definition: str) -> bool:
    """True if ``definition`` states a condition of the body's own 非識別加工情報 (第2条第9項)."""
    return bool(_OWN_CONDITIONS.search(fold(definition)))


# The processing itself (行政機関個人情報保護法 第2条第8項) written into the definition of the body's own
# information: 「…の一部を削除すること…により、特定の個人を識別することができず、かつ、…復元することができ
# ないように加工して得られる…」.
_STATES_PROCESSING = re.compile(r"削除[^\n]*復元することが(?:でき|可能で)ない|復元することが(?:でき|可能で)ない[^\n]*削除")


def spells_out_processing(bare: str, definition: str) -> bool:
    """True if ``definition`` (of 市非識別加工情報 and the like) states the processing that makes the
    information 非識別 itself, without resting on a definition of the bare word ``bare``: the draft
    then defines 非識別加工情報 only through its own name, which serves as the bare word's definition."""
    body = fold(definition)
    return bool(_STATES_PROCESSING.search(body)) and bare not in body


def own_name_variants(term: str, names: Iterable[str]) -> list[str]:
    """The names among ``names`` that write ``term``'s leading 実施機関 as the body's own name
    (市非識別加工情報 for 実施機関非識別加工情報); empty for a term not starting with 実施機関."""
    if not term.startswith("実施機関"):
        return []
    rest = term[len("実施機関"):]
    out = []
    for name in names:
        if name != term and name.endswith(rest) and len(name) > len(rest):
            if _BODY_PREFIX.search(name[: -len(rest)]):
                out.append(name)
    return out

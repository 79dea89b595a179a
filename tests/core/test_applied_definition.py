"""A definition applying the statute's defining paragraph with 読替え takes in its conditions
(``ordreview.core.applied_definition``), but only those it keeps."""

from __future__ import annotations

import pytest

from ordreview.core.align import align
from ordreview.core.applied_definition import dropped_items
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile

BASE = """○○町個人情報保護条例

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
⑴　実施機関　町長、教育委員会及び議会をいう。
⑵　非識別加工情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第8項に規定する非識別加工情報をいう。
⑶　町非識別加工情報　実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報のうち、DEF
⑷　町非識別加工情報ファイル　町非識別加工情報を含む情報の集合物であって、特定の町非識別加工情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。
⑸　町非識別加工情報取扱事業者　町非識別加工情報ファイルを事業の用に供している者をいう。

第3章の2　町非識別加工情報の提供

（法の準用）
第20条の2　法第44条の2から第44条の16までの規定は、実施機関による町非識別加工情報の作成及び提供について準用する。この場合において、これらの規定中「行政機関の長」とあるのは「実施機関」と読み替えるものとする。
"""
WHOLE = "法第2条第9項中「行政機関非識別加工情報」とあるのは「町非識別加工情報」と、「行政機関の長」とあるのは「実施機関」と読み替えて同項の規定を適用したとするならば同項に規定する行政機関非識別加工情報に該当することとなるものをいう。"
CONDITIONS = ("要件：個人情報ファイル簿への掲載", "要件：開示決定又は意見書提出の機会", "要件：支障のない範囲内での加工",
              "要件：情報公開条例の不開示情報に該当する部分の除外")


def _c2(definition: str) -> dict[str, bool]:
    found = align(parse_text(BASE.replace("DEF", definition)), load_profile()).must["C2"]
    return {h.group.label_ja: h.span is not None for h in found}


def test_applying_the_whole_paragraph_with_readings_takes_in_every_condition() -> None:
    found = _c2(WHOLE)
    assert all(found[c] for c in CONDITIONS)


def test_applying_without_readings_takes_in_every_condition() -> None:
    found = _c2("法第2条第9項の規定を適用したとするならば同項に規定する行政機関非識別加工情報に該当することとなるものをいう。")
    assert all(found[c] for c in CONDITIONS)


@pytest.mark.parametrize(
    ("definition", "lost"),
    [
        # only an item of the paragraph is applied: nothing of the whole is taken in
        (WHOLE.replace("第9項中", "第9項第1号中"), set(CONDITIONS)),
        # a reading narrows the list of items: the item left out is missing
        (WHOLE.replace("と読み替えて", "と、「次の各号」とあるのは「次の第1号及び第3号」と読み替えて"),
         {"要件：開示決定又は意見書提出の機会"}),
        # an item set aside
        (WHOLE.replace("をいう。", "をいう（同項第2号に係る部分を除く。）。"), {"要件：開示決定又は意見書提出の機会"}),
        # a word blanked out: which condition loses it cannot be told, none is taken in
        (WHOLE.replace("と読み替えて", "と、「行政機関の事務」とあるのは「」と読み替えて"), set(CONDITIONS)),
        # the statute's noun named without applying the paragraph
        ("法第2条第9項に規定する行政機関非識別加工情報に相当するものをいう。", set(CONDITIONS)),
    ],
)
def test_a_definition_taking_in_less_still_lacks_the_conditions_it_drops(definition: str, lost: set[str]) -> None:
    found = _c2(definition)
    assert {c for c in CONDITIONS if not found[c]} == lost


def test_dropped_items_reads_renumbered_items() -> None:
    dropped = dropped_items("「第2号」とあるのは「第3号」と", "")
    assert dropped.drops(2) and not dropped.drops(1) and not dropped.drops(None)
    kept = dropped_items("「第11条第2項各号」とあるのは「○○条例第9条第2項各号」と", "")
    assert not any(kept.drops(i) for i in (1, 2, 3, None))

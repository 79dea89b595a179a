"""The first layout line of a unit that pdftotext read after the rest of it goes back in place.

On a printed page the marker of an item and the lines wrapped under it form one block, the rest
of the item's first line another; ``pdftotext`` may give the second block after the page's
footer: 「(3)」 / 「う。」 / 「－ 2 －」 / 「本人 個人情報によって識別される特定の個人をい」. The term 本人
was lost. The same happens to a 目次 entry (「第4章の2」 / 「条の4）」 / 「特定個人情報の…（第28条の2―第28」).
The cleaned text reads as the draft; every character keeps an offset in the file and offsets still
only grow (the few moved characters of the tail take the offset of the line end they now precede).
"""

from __future__ import annotations

from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes
from ordreview.core.read.cleanup import clean_extracted

CLEAN = """やまぶき町個人情報保護条例
目次
　第1章　総則（第1条―第3条）
　第1章の2　特定個人情報の取扱いの特例（第3条の2・第3条の3）
　附則
　　　第1章　総則
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることを目的とする。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　(1)　個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
　(2)　実施機関　町長、教育委員会、選挙管理委員会及び監査委員をいう。
　(3)　本人　個人情報によって識別される特定の個人をいう。
（責務）
第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。
2　実施機関の職員又は職員であった者は、職務上知り得た個人情報の内容をみだりに他人に知らせ、又は不当な目的に使用してはならない。実施機関から個人情報の取扱いの委託を受けた者及びその業務に従事している者又は従事していた者も、同様とする。
　　　第1章の2　特定個人情報の取扱いの特例
（利用の制限）
第3条の2　実施機関は、利用目的以外の目的のために特定個人情報を利用してはならない。
（提供の制限）
第3条の3　実施機関は、特定個人情報を提供してはならない。
　　　附　則
この条例は、公布の日から施行する。
"""

# pdftotext's text of a page 24 characters wide: the item (3) and the 目次 entry of 第1章の2 in
# block order, the first line of each after the rest, and a page footer between
EXTRACTED = """やまぶき町個人情報保護条例
目次
第1章 総則（第1条―第3条）
第1章の2
条の3）

特定個人情報の取扱いの特例（第3条の2・第3

附則
第1章 総則
（目的）
第1条 この条例は、個人情報の適正な取扱いに関し必要な
事項を定めることを目的とする。
（定義）
第2条 この条例において、次の各号に掲げる用語の意義は
、当該各号に定めるところによる。
(1) 個人情報 生存する個人に関する情報であって、特定の
個人を識別することができるものをいう。
(2) 実施機関 町長、教育委員会、選挙管理委員会及び監査
委員をいう。
(3)
う。

－1－

本人 個人情報によって識別される特定の個人をい

（責務）
第3条 実施機関は、個人情報の保護に関し必要な措置を講じ
なければならない。
2 実施機関の職員又は職員であった者は、職務上知り得
た個人情報の内容をみだりに他人に知らせ、又は不当な目
的に使用してはならない。実施機関から個人情報の取扱い
の委託を受けた者及びその業務に従事している者又は従事
していた者も、同様とする。
第1章の2 特定個人情報の取扱いの特例
（利用の制限）
第3条の2 実施機関は、利用目的以外の目的のために特定個
人情報を利用してはならない。
（提供の制限）
第3条の3 実施機関は、特定個人情報を提供してはならない
。
附則
この条例は、公布の日から施行する。

－2－
"""


def test_the_first_lines_go_back() -> None:
    cleaned = clean_extracted(EXTRACTED, force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert "(3)\u3000本人 個人情報によって識別される特定の個人をいう。" in lines
    assert "第1章の2\u3000特定個人情報の取扱いの特例（第3条の2・第3条の3）" in lines
    offsets = cleaned.source_map.offsets
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    at = cleaned.text.index("本人 個人情報")  # the moved-back line keeps its own offsets
    assert EXTRACTED[offsets[at] : offsets[at] + 7] == "本人 個人情報"


def test_the_copy_has_the_terms_and_the_toc_of_the_draft() -> None:
    copy = parse_document(read_bytes(EXTRACTED.encode("utf-8"), path="extracted.txt"))
    clean = parse_text(CLEAN)
    assert {t.term for t in copy.terms} == {t.term for t in clean.terms} >= {"本人"}
    assert [(t.division_title, t.first, t.last) for t in copy.toc] == [
        (t.division_title, t.first, t.last) for t in clean.toc]


def test_the_same_with_the_punctuation_lost() -> None:
    lost = EXTRACTED.replace("、", " ").replace("。", " ")
    cleaned = clean_extracted(lost, force=True)
    assert cleaned is not None
    assert any(line.startswith("(3)\u3000本人 個人情報") and line.rstrip().endswith("をいう")
               for line in cleaned.text.split("\n"))


def test_a_marker_followed_by_its_whole_text_is_left_alone() -> None:
    # 「(3)」 / 「本人の同意があるとき。」 / a line that ends nothing but is no part of the item: not moved
    text = EXTRACTED.replace("(3)\nう。\n\n－1－\n\n本人 個人情報によって識別される特定の個人をい\n",
                             "(3) 本人 個人情報によって識別される特定の個人をい\nう。\n\n－1－\n\n")
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    assert "(3) 本人 個人情報によって識別される特定の個人をいう。" in cleaned.text.split("\n")


def test_an_item_ending_without_a_full_stop() -> None:
    # 「(3)」 / 「合」 / 「本人の同意を得ることが困難である場」: the item ends with a noun, no 。; its
    # very short last line still ends it
    text = EXTRACTED.replace(
        "(3)\nう。\n\n－1－\n\n本人 個人情報によって識別される特定の個人をい\n",
        "(3)\n合\n\n－1－\n\n本人 本人の同意を得ることが困難であると認める場\n")
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    assert "(3)\u3000本人 本人の同意を得ることが困難であると認める場合" in cleaned.text.split("\n")


def test_the_same_on_a_text_run_onto_one_line() -> None:
    one_line = " ".join(line for line in EXTRACTED.split("\n") if line.strip())
    copy = parse_document(read_bytes(one_line.encode("utf-8"), path="extracted.txt"))
    assert "本人" in {t.term for t in copy.terms}
    assert "(3) 本人 個人情報によって識別される特定の個人をいう。" in copy.text.split("\n")


def test_a_toc_entry_on_a_text_run_onto_one_line() -> None:
    # 「第1章の2 条の3） 特定個人情報の取扱いの特例（第3条の2・第3」: the entry's end goes back
    one_line = " ".join(line for line in EXTRACTED.split("\n") if line.strip())
    one_line = one_line.replace("第3 附則 第1章 総則", "第3\n附則 第1章 総則")  # (the 目次 ends a line)
    cleaned = clean_extracted(one_line, force=True)
    assert cleaned is not None
    assert "第1章の2\u3000特定個人情報の取扱いの特例（第3条の2・第3条の3）" in cleaned.text.split("\n")

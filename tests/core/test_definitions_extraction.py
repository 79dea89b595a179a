"""Definitions compared with the statute on damaged copies: extraction artefacts are no differences.

- a copy whose 、 and 。 became spaces (PDF extraction) gets the same definition findings, with
  the same message, as the clean draft; the places of lost marks are said once per definition
  in an information finding (``def.extraction``), not counted as differences;
- a phrase quoted from such a copy ends where a mark was lost, as it ends at the mark;
- an item marker alone on its line (a web copy's cell), a no-break space in a quote and a line
  wrapped inside a word change nothing.
"""

from __future__ import annotations

from fixtures.tools import make_pdf_text as forms
from ordreview.core.checks.definitions import classify_collation
from ordreview.core.diff import changed, diff_normalised, normalise_mapped
from ordreview.core.model import Comparison
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.phrases import difference_sentences, whole_phrase
from ordreview.core.profile import load_profile
from ordreview.core.read import read_bytes
from ordreview.core.review import review_ordinance

DRAFT = """ささなみ町個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。
（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1)　実施機関　町長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。
(2)　個人情報　個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と照合することにより、特定の個人を識別することができることとなるものを含む。）をいう。
(3)　保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関の職員が組織的に利用するものとして、当該実施機関が保有しているものをいう。
（実施機関の責務）
第3条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。
2　実施機関は、保有個人情報の漏えいの防止その他の安全管理のために必要な措置を講じなければならない。
（委任）
第4条　この条例の施行に関し必要な事項は、町長が定める。
"""


def _definition_findings(ordinance) -> tuple[list, list]:
    review = review_ordinance(ordinance, load_profile(None))
    diffs = sorted((f.rule, f.severity, f.message_ja) for f in review.findings
                   if f.rule in ("def.diff", "def.collation", "def.living"))  # (the comparison rides on one)
    notes = [f for f in review.findings if f.rule == "def.extraction"]
    return diffs, notes


def test_a_copy_that_lost_its_punctuation_gets_the_clean_draft_s_definition_findings() -> None:
    clean_diffs, clean_notes = _definition_findings(parse_text(DRAFT))
    assert clean_diffs and not clean_notes  # the draft departs from the statute
    for form in ("punct-lost-paged", "numbers-one-line-punct-lost", "spaced-punct-lost-wrapped"):
        copy = parse_document(read_bytes(forms.FORMS[form](DRAFT).encode("utf-8"), path="extracted.txt"))
        diffs, notes = _definition_findings(copy)
        assert diffs == clean_diffs, form
        assert notes and all(n.severity == "info" and "句読点" in n.message_ja for n in notes), form


def test_lost_marks_compare_as_the_marks_and_a_space_the_statute_lacks_still_differs() -> None:
    statute = "生存する個人に関する情報であって、次の各号のいずれかに該当するもの。"
    lost = "生存する個人に関する情報であって 次の各号のいずれかに該当するもの。"
    assert not changed(diff_normalised(lost, statute, lost_punct=True))
    extra = "生存する個人に 関する情報であって 次の各号のいずれかに該当するもの。"
    assert len(changed(diff_normalised(extra, statute, lost_punct=True))) == 1
    assert changed(diff_normalised(lost, statute))  # without the reader's notice: a difference


def test_a_quoted_phrase_ends_at_a_lost_mark() -> None:
    text = "個人に関する情報であって 特定の個人を識別することができるもの"
    at = text.index("特定")
    assert whole_phrase(text, at, at + 2, lost_punct=True) == "特定の個人を識別することができるもの"
    assert whole_phrase(text, at, at + 2) == "個人に関する情報であって特定の個人を識別することができるもの"


def test_a_no_break_space_never_shows_in_a_quote() -> None:
    draft, statute = "\u00a0個人に関する情報であって、", "生存する個人に関する情報であって、"
    comp = Comparison("個人情報の定義", "", draft, statute, "法", diff_normalised(draft, statute), None)
    assert difference_sentences(comp, changed(comp.chunks)) == (
        "条例の「個人に関する情報であって」は、法では「生存する個人に関する情報であって」である。")


def test_an_item_marker_alone_on_its_line_is_left_out_of_the_comparison() -> None:
    clean = "次のいずれかに該当するもの\n　ア　当該情報に含まれる氏名\n　イ　個人識別符号\n二　乙"
    cells = "次のいずれかに該当するもの\nア\n当該情報に含まれる氏名\nイ\n個人識別符号\n二\n乙"
    assert normalise_mapped(cells).text == normalise_mapped(clean).text


def test_the_collation_type_is_read_across_a_line_wrapped_inside_a_word() -> None:
    assert classify_collation("個人に関する情報であって、特定の個人が識別され、又は識\n別され得るものをいう。") == "uru"
    assert classify_collation("他の情報と照合する\nことができ、それにより") == "shogo"


def test_a_line_wrapped_inside_a_sentence_neither_ends_a_quoted_phrase_nor_shows() -> None:
    text = "個人に関する情報であって、特定の個\n人を識別することができるもの（他の情報と照合することにより、特定の個人を識別することができること\nとなるものを含む。）をいう。"
    at = text.index("人を識別")
    assert whole_phrase(text, at, at + 2) == "特定の個人を識別することができるもの"
    items = "次のいずれかに該当するもの\n一　氏名"
    assert whole_phrase(items, 3, 5) == "次のいずれかに該当するもの"  # an item's line break ends it


def test_a_statutory_parenthesis_spelt_out_without_its_marks_is_left_out_on_a_copy() -> None:
    # the draft spells out what the statute's 電磁的記録（電磁的方式（…をいう。）で作られる記録…）
    # parenthesis says; a copy that lost 、 and 。 must leave it out as the clean draft does
    clean = DRAFT.replace(
        "当該情報に含まれる氏名、生年月日その他の記述等により",
        "当該情報に含まれる氏名、生年月日その他の記述等（文書、図画若しくは電磁的記録（電子的方式、磁気的方式"
        "その他人の知覚によっては認識することができない方式で作られる記録をいう。）に記載され、若しくは記録され、"
        "又は音声、動作その他の方法を用いて表された一切の事項（個人識別符号を除く。）をいう。）により")
    clean_diffs, _ = _definition_findings(parse_text(clean))
    copy = parse_document(read_bytes(forms.FORMS["punct-lost-paged"](clean).encode("utf-8"), path="extracted.txt"))
    assert _definition_findings(copy)[0] == clean_diffs


def test_a_stray_space_inside_the_quoted_term_still_finds_the_definition_s_start() -> None:
    clean = DRAFT.replace(
        "(2)　個人情報　個人に関する情報であって、",
        "(2)　個人情報　この条例において「個人情報」とは、個人に関する情報であって、")
    copy = clean.replace("「個人情報」とは", "「個人 情報」とは")
    assert _definition_findings(parse_text(copy))[0] == _definition_findings(parse_text(clean))[0]

"""PDF text whose numbers are kanji or full-width, pasted on one line, character-spaced.

Small fictional drafts written here (くすのき町, 楡原市); each damaged form is made in the test
from the clean text, and the structure and terms read from it must be those of the clean text.
"""

from __future__ import annotations

import re

import pytest

from ordreview.core.parse import load_ordinance, parse_text
from ordreview.core.read.cleanup import clean_extracted, cleanup_notices, punctuation_lost

KANJI = """くすのき町個人情報保護条例
平成十七年三月十八日
条例第五号
　　　第一章　総則
（目的）
第一条　この条例は、町が保有する個人情報の取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。
（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
一　実施機関　町長、教育委員会、選挙管理委員会、監査委員及び議会をいう。
二　個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。
三　記録媒体　文書、図画及び電磁的記録であって、実施機関の職員が職務上作成したものをいう。
（責務）
第三条　実施機関は、個人情報の保護に関し必要な措置を講じなければならない。
（収集の制限）
第四条　実施機関は、個人情報を収集するときは、その目的を明確にしなければならない。
２　前項の規定は、記録媒体に記録された個人情報について準用する。
（提供の制限）
第五条　実施機関は、目的以外に個人情報を提供してはならない。
第六条から第八条まで　削除
（開示請求）
第九条　何人も、実施機関に対し、自己に関する個人情報の開示を請求することができる。
第十条　前条の請求は、書面によりしなければならない。
　　　第二章　罰則
第十一条　実施機関の職員が正当な理由なく個人情報を提供したときは、一年以下の懲役に処する。
第十二条　前条の規定は、職員であった者にも適用する。
附　則
この条例は、平成十七年四月一日から施行する。
"""

FULL_WIDTH = """楡原市個人情報の保護に関する法律施行条例
令和５年３月１日
条例第２号
（趣旨）
第１条　この条例は、個人情報の保護に関する法律（以下「法」という。）の施行に関し必要な事項を定めるものとする。
（定義）
第２条　この条例において使用する用語は、法において使用する用語の例による。
（開示決定等の期限）
第３条　開示決定等は、開示請求があった日から１４日以内にしなければならない。
２　前項の期間は、３０日以内に限り延長することができる。
（手数料）
第４条　開示請求に係る手数料は、無料とする。
（審査会）
第５条　法第１０５条第３項の規定による諮問に応じるため、楡原市個人情報保護審査会を置く。
（組織）
第６条　審査会は、委員５人以内で組織する。
（委任）
第７条　この条例の施行に関し必要な事項は、規則で定める。
附　則
この条例は、令和５年４月１日から施行する。
"""

_NUMERAL = re.compile(r"[0-9０-９]+|(?<=第)[一二三四五六七八九十]+(?=[条章号])")


def _numbers_spaced_one_line(text: str) -> str:
    """Spaces around every numeral (第 十二 条, 第 １ 条), the whole text on one line."""
    lines = []
    for line in text.splitlines():
        line = _NUMERAL.sub(lambda m: f" {m.group()} ", line.replace("\u3000", " "))
        lines.append(re.sub(" {2,}", " ", line).strip())
    return " ".join(x for x in lines if x) + "\n"


def _char_spaced(text: str, *, one_line: bool = False, lose_punctuation: bool = False) -> str:
    """Every character spaced, gaps of the page lost (an extractor that places each glyph)."""
    out = []
    for line in text.splitlines():
        chars = [c for c in line.replace("\u3000", " ") if c != " "]
        joined = " ".join(chars)
        if lose_punctuation:
            joined = re.sub("[、。]", " ", joined)
        out.append(joined)
    return (" ".join(out) if one_line else "\n".join(out)) + "\n"


def _structure(ordinance) -> list[tuple[str, str | None]]:
    return [(a.num, a.caption) for a in ordinance.articles]


def _terms(ordinance) -> list[str]:
    return sorted(t.term for t in ordinance.terms)


def _read(tmp_path, text: str):
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    return load_ordinance(path)


@pytest.mark.parametrize("draft", [KANJI, FULL_WIDTH], ids=["kanji", "full-width"])
def test_a_short_text_pasted_on_one_line_is_read_not_refused(draft: str, tmp_path) -> None:
    clean = parse_text(draft)
    got = _read(tmp_path, _numbers_spaced_one_line(draft))
    assert _structure(got) == _structure(clean)
    assert _terms(got) == _terms(clean)
    # the divisions came from the numbering alone: the officer is told so, in both languages
    inferred = [n for n in got.document.notices if n.code == "read.pdf_structure_inferred"]
    assert len(inferred) == 1 and "推定" in inferred[0].message_ja and "inferred" in inferred[0].message_en


def test_spaces_inside_kanji_and_full_width_article_numbers_go() -> None:
    cleaned = clean_extracted(_numbers_spaced_one_line(KANJI))
    assert cleaned is not None
    assert "第十一条" in cleaned.text and "第 十一 条" not in cleaned.text
    full = clean_extracted(_numbers_spaced_one_line(FULL_WIDTH))
    assert full is not None
    assert "\n第３条 開示決定等は" in full.text
    # the full-width paragraph number keeps the space that makes it one
    assert "\n２ 前項の期間は" in full.text


def test_a_deleted_range_heading_counts_as_the_articles_it_covers(tmp_path) -> None:
    got = _read(tmp_path, _numbers_spaced_one_line(KANJI))
    nums = [a.num for a in got.articles]
    # the articles after 第六条から第八条まで　削除 are still found
    assert nums[-4:] == ["9", "10", "11", "12"]


def test_a_clean_draft_with_a_reference_heading_is_not_taken_for_pasted_text() -> None:
    assert clean_extracted(KANJI) is None
    assert clean_extracted(FULL_WIDTH) is None


@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one-line"])
def test_kanji_items_of_a_character_spaced_text_keep_their_terms(one_line: bool, tmp_path) -> None:
    clean = parse_text(KANJI)
    got = _read(tmp_path, _char_spaced(KANJI, one_line=one_line))
    assert _structure(got) == _structure(clean)
    codes = {n.code for n in got.document.notices}
    assert ("read.pdf_structure_inferred" in codes) == one_line  # lines kept: nothing to infer
    assert _terms(got) == _terms(clean) == ["個人情報", "実施機関", "記録媒体"]


def test_terms_survive_lost_punctuation_when_the_gap_after_the_term_went_too(tmp_path) -> None:
    got = _read(tmp_path, _char_spaced(KANJI, lose_punctuation=True))
    assert punctuation_lost(got.document.notices)
    assert _terms(got) == ["個人情報", "実施機関", "記録媒体"]
    # where the term ended was inferred: the officer is told so
    assert any(n.code == "parse.term_boundary" for n in got.notices)


def test_a_sentence_starting_with_ichi_after_an_item_number_is_not_an_item() -> None:
    text = (
        "第 1 条 こ の 条 例 に お い て 「 フ ァ イ ル 」 と は 、 次 に 掲 げ る も の を い う 。 "
        "( 1 )   一 定 の 事 務 の た め に 構 成 し た も の ( 2 )   前 号 に 掲 げ る も の の ほ か 、"
        " 一 定 の 事 務 の た め に 構 成 し た も の 第 2 条 こ の 条 例 は 、 公 布 の 日 か ら 施 行 す る 。"
    )
    cleaned = clean_extracted(text * 3)
    assert cleaned is not None
    assert "\n一 定" not in cleaned.text and "一定の事務" in cleaned.text


def test_an_article_right_after_a_chapter_title_is_found_in_character_spaced_text(tmp_path) -> None:
    got = _read(tmp_path, _char_spaced(KANJI, one_line=True))
    assert [a.num for a in got.articles][-2:] == ["11", "12"]


def test_a_page_break_inside_a_caption_does_not_cut_it(tmp_path) -> None:
    lines = FULL_WIDTH.splitlines()
    at = lines.index("（審査会）")
    paged = [*lines[:at], "（審査", "－ 1 －", lines[0], "会）", *lines[at + 1 :], "－ 2 －"]
    text = "\n".join(_numbers_spaced_one_line(x).strip() for x in paged) + "\n"
    got = _read(tmp_path, text)
    assert _structure(got) == _structure(parse_text(FULL_WIDTH))


def test_spaces_at_former_line_ends_are_not_taken_for_lost_punctuation() -> None:
    wrapped = []
    for line in (KANJI * 3).splitlines():
        wrapped += [line[i : i + 23] for i in range(0, len(line), 23)] or [""]
    pasted = " ".join(wrapped) + "\n"
    cleaned = clean_extracted(pasted)
    assert cleaned is not None
    assert cleaned.punctuation_gaps >= 20
    assert not punctuation_lost(cleanup_notices(cleaned))
    lost = clean_extracted(_char_spaced(KANJI * 3, lose_punctuation=True))
    assert lost is not None and punctuation_lost(cleanup_notices(lost))


ITEMS_WITHOUT_STOP = """ならやま町個人情報保護条例
（定義）
第一条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
一　実施機関　町長及び議会をいう。
二　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
ア　特定の個人を識別することができるもの
イ　個人識別符号が含まれるもの
三　町民等　町の区域内に住所を有する者及び事業所を有する法人その他の団体
四　記録簿　個人情報を記録した帳簿をいう。
（責務）
第二条　実施機関は、個人情報の保護に努めなければならない。
２　町民等は、記録簿の閲覧に協力しなければならない。
"""


@pytest.mark.parametrize("lose_punctuation", [False, True], ids=["punctuation", "no-punctuation"])
def test_items_ending_without_a_stop_are_not_glued_to_the_next_on_one_line(lose_punctuation, tmp_path) -> None:
    # each line break became one more single space: only the numbering says an item begins
    clean = parse_text(ITEMS_WITHOUT_STOP)
    got = _read(tmp_path, _char_spaced(ITEMS_WITHOUT_STOP, one_line=True, lose_punctuation=lose_punctuation))
    assert _structure(got) == _structure(clean)
    assert _terms(got) == _terms(clean) == ["個人情報", "実施機関", "町民等", "記録簿"]
    definition = next(a for a in got.articles if a.num == "1")
    assert [len(p.items) for p in definition.paragraphs] == [4]


def test_a_katakana_word_or_a_counted_number_is_not_taken_for_the_next_item() -> None:
    text = (
        "第 1 条 こ の 条 例 に お い て 、 次 の 各 号 に 掲 げ る 用 語 の 意 義 は 、 当 該 各 号 に 定 め る 。 "
        "一 フ ァ イ ル 事 務 の 記 録 を い う 。 二 期 間 五 年 以 内 三 年 ご と の 期 間 を い う 。 "
    )
    cleaned = clean_extracted(text * 3)
    assert cleaned is not None
    assert "ファイル" in cleaned.text and "\nイ" not in cleaned.text
    assert "三年ごと" in cleaned.text

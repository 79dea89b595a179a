"""A 項 number alone on its line after a full layout line ending a sentence opens that 項.

pdftotext sets a 項 number apart from its text (「2」, a blank line, 「会長は、…」). When the line
above ended a sentence exactly at the margin, unwrapping joined the number to it
(「…これを定める。2」) and the 項 was lost (num.paragraph on the clean draft's numbering).
"""

from __future__ import annotations

from ordreview.core.read.cleanup import clean_extracted

# layout lines of 22 characters, as pdftotext gives a page (the second article's first sentence
# ends exactly at the margin)
TEXT = "\n".join([
    "はぎの台市個人情報保護審議会条例",
    "（組織）",
    "第１２条　審議会は、委員７人以内で組織し、委",
    "員は、学識経験を有する者のうちから、市長が委",
    "嘱する。",
    "２　委員は、職務上知り得た秘密を漏らしてはな",
    "らない。その職を退いた後も、同様とする。委員",
    "は、審議会の会議に出席し、その議事に関し必要",
    "な調査を行う。",
    "（会長）",
    "第１３条　審議会に会長を置き、委員の互選によ",
    "り、会長を定めるものとし、これを公表する。",
    "２",
    "",
    "会長は、会務を総理し、審議会を代表する。",
    "",
    "３　会長に事故があるときは、あらかじめ会長の",
    "指名する委員がその職務を代理する。",
    "",
])


def test_the_layout_is_as_described() -> None:
    lines = TEXT.split("\n")
    assert max(len(line) for line in lines) == 22
    assert len(lines[11]) == 21 and lines[11].endswith("。") and lines[12] == "２"


def test_the_lone_number_after_a_full_line_opens_its_paragraph() -> None:
    cleaned = clean_extracted(TEXT, force=True)
    assert cleaned is not None
    lines = cleaned.text.split("\n")
    assert not any(line.endswith("。２") for line in lines)
    assert "２" in lines  # the number stays on its own line, as pdftotext set it (the parser reads it)


def test_the_paragraph_is_parsed() -> None:
    from ordreview.core.parse import parse_document
    from ordreview.core.read import read_bytes

    ordinance = parse_document(read_bytes(TEXT.encode("utf-8"), path="extracted.txt"))
    (art,) = [a for a in ordinance.articles if a.num == "13"]
    assert len(art.paragraphs) == 3



def test_after_a_sentence_closed_inside_brackets() -> None:
    # the full line ends 「…という。）」 and 「２」 stands alone below it
    closing = "り選ばれた委員をいう（以下「会長」という。）"
    assert len(closing) >= 20
    text = TEXT.replace("り、会長を定めるものとし、これを公表する。", closing)
    assert f"{closing}\n２\n" in text
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    got = cleaned.text.split("\n")
    assert not any(line.endswith("。）２") for line in got)
    assert "２" in got


def test_where_the_punctuation_was_lost() -> None:
    # 、。 came out as spaces: the full line ends 「…これを公表する 」, a space where 。 stood
    text = TEXT.replace("、", " ").replace("。", " ")
    assert "これを公表する \n２\n" in text
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    got = cleaned.text.split("\n")
    assert not any(line.replace(" ", "").endswith("する２") for line in got)
    assert "２" in got


def test_a_deleted_range_whose_deletion_stands_below_it() -> None:
    # the range label after a full line, 削除 on a line of its own below it
    text = TEXT.replace("（会長）\n", "第１２条の２から第１２条の４まで\n\n削除\n\n（会長）\n").replace(
        "な調査を行う。", "な調査を行い、その結果を会長に報告する。")
    lines = text.split("\n")
    at = lines.index("第１２条の２から第１２条の４まで")
    assert len(lines[at - 1]) >= 20
    cleaned = clean_extracted(text, force=True)
    assert cleaned is not None
    assert "第１２条の２から第１２条の４まで\u3000削除" in cleaned.text.split("\n")

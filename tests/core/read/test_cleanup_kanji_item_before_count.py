"""A kanji 号 number whose item opens with an Arabic count (「三　1年以内に消去する…」): in text
extracted from a PDF with spaces around numbers (「三 1 年以内に」) the space after 三 is the item's,
not an artefact between a character and a digit. Fictional 櫂谷県 draft written for this test."""

from __future__ import annotations

import pytest

from fixtures.tools import make_pdf_text as forms
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes

CLEAN = """櫂谷県個人情報保護条例
平成29年12月22日櫂谷県条例第61号

（定義）
第1条　この条例において「個人情報ファイル」とは、保有個人情報を含む情報の集合物であって、体系的に構成したものをいう。

（個人情報ファイル簿の作成及び公表）
第2条　実施機関は、その保有している個人情報ファイルについて、帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。
2　前項の規定は、次に掲げる個人情報ファイルについては、適用しない。
一　犯罪の捜査のために作成し、又は取得する個人情報ファイル
二　実施機関の職員に係る個人情報ファイルであって、専らその人事に関する事項を記録するもの
三　1年以内に消去することとなる記録情報のみを記録する個人情報ファイル
四　本人の数が1,000人に満たない個人情報ファイル
3　第1項の規定にかかわらず、実施機関は、事務の適正な遂行に著しい支障を及ぼすおそれがあると認めるときは、その個人情報ファイルを個人情報ファイル簿に掲載しないことができる。

（開示請求）
第3条　何人も、実施機関に対し、自己を本人とする保有個人情報の開示を請求することができる。
2　開示請求に対する決定は、開示請求があった日から起算して15日以内にしなければならない。

附　則
この条例は、平成30年4月1日から施行する。
"""


def _items(ordinance) -> list[tuple[int, ...]]:
    return [tuple(len(p.items) for p in a.paragraphs) for a in ordinance.articles]


# every form that keeps the text's lines; on one line (numbers-one-line-*) the item's number is not
# at a line's start and the space after it is still taken for an artefact
FORMS = {"number-spaced": forms.number_spaced,
         **{name: form for name, form in forms.FORMS.items() if not name.startswith("numbers-one-line")}}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_item_opening_with_a_count_keeps_its_number(form: str) -> None:
    extracted = FORMS[form](CLEAN)
    read = parse_document(read_bytes(extracted.encode("utf-8"), path="extracted.txt"))
    assert _items(read) == _items(parse_text(CLEAN)) == [(0,), (0, 4, 0), (0, 0)]

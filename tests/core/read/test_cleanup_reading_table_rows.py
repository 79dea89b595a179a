"""A 読替え table drawn with 「｜」, read from PDF text: a row that opens with the statute's article
(「第44条の2第2項第1号｜この章｜…」) is a row, not an article heading, whatever spaces the extractor put
around its numbers (shounotani-kouiki of set dm read from its PDF had 22 false findings from it)."""

from __future__ import annotations

import pytest

from fixtures.tools import make_pdf_text as forms
from ordreview.core.parse import parse_document, parse_text
from ordreview.core.read import read_bytes

DRAFT = """しおや広域連合個人情報保護条例
（目的）
第1条　この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとする。
（非識別加工情報の提供）
第2条　法第44条の2から第44条の16までの規定は、実施機関が保有する個人情報ファイルについて準用する。この場合において、次の表の左欄に掲げる法の規定中同表の中欄に掲げる字句は、それぞれ同表の右欄に掲げる字句に読み替えるものとする。
読み替える法の規定｜読み替えられる字句｜読み替える字句
第44条の2から第44条の16までの規定｜行政機関の長｜実施機関
第44条の2第2項第1号｜この章｜しおや広域連合個人情報保護条例第2条において準用するこの章
第44条の3、第44条の5第2項及び第44条の7｜政令｜規則
第44条の6第4号｜この法律｜この法律、しおや広域連合個人情報保護条例
（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。
附　則
この条例は、令和元年10月1日から施行する。
"""


@pytest.mark.parametrize("form", sorted(f for f in forms.FORMS if "punct-lost" not in f))
def test_reading_table_rows_stay_rows(form: str) -> None:
    # (not measured here: copies that lose both the rows' line breaks and the punctuation run the rows into one
    # line of spaced words, where a row's first cell cannot be told from an article heading; a known limit)
    got = parse_document(read_bytes(forms.FORMS[form](DRAFT).encode("utf-8"), path="extracted.txt"))
    assert [a.num for a in got.articles] == [a.num for a in parse_text(DRAFT).articles] == ["1", "2", "3"]

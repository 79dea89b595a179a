"""A 例規集 page keeps its side column (title again, 条項目次, 沿革, 体系情報) out of the text."""

from __future__ import annotations

from pathlib import Path

from ordreview.core.parse import parse_document
from ordreview.core.profile import load_profile
from ordreview.core.read import read_document
from ordreview.core.review import review_ordinance

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>くすのき町個人情報保護条例</title></head>
<body><div id="wrapper"><div id="container">
<div id="primary" class="joubun"><div id="primaryInner">
<div class="eline"><p class="title-irregular"><span>○くすのき町個人情報保護条例</span></p></div>
<div class="eline"><p class="date"><span>平成18年3月20日</span></p></div>
<div class="eline"><p class="number"><span>条例第9号</span></p></div>
<div class="eline"><p class="title"><span>(目的)</span></p></div>
<div class="eline"><div class="article"><p><span class="num">第1条</span>　<span>この条例は、個人情報の適正な取扱いに関し必要な事項を定めることにより、個人の権利利益を保護することを目的とする。</span></p></div></div>
<div class="eline"><p class="title"><span>(定義)</span></p></div>
<div class="eline"><div class="article"><p><span class="num">第2条</span>　<span>この条例において「実施機関」とは、町長、教育委員会、選挙管理委員会、監査委員、農業委員会及び議会をいう。</span></p></div></div>
<div class="eline"><p class="s-head"><span>附　則</span></p></div>
<div class="eline"><div class="clause"><p><span>この条例は、平成18年4月1日から施行する。</span></p></div></div>
</div></div>
<div id="secondary">
<div class="heading-area"><h2>くすのき町個人情報保護条例</h2></div>
<p class="datenumber-area">平成18年3月20日　条例第9号</p>
<ul class="tab-nav"><li><a href="#t">条項目次</a></li><li><a href="#s">沿革</a></li></ul>
<div id="joubun-toc"><ul><li><a href="#a1">第1条</a></li><li><a href="#a2">第2条</a></li><li><a href="#s1">附則</a></li></ul></div>
<div id="shoshi-inf"><span>体系情報</span><span>第3編 行政通則/第4章 個人情報保護</span><span>沿革情報</span>
<table><tr><td>◆</td><td>平成18年3月20日</td><td>条例第9号</td></tr></table></div>
</div>
</div></div></body></html>
"""


def test_the_side_column_of_a_reikishu_page_is_not_read_as_provisions(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path)
    assert "体系情報" not in doc.text and "条項目次" not in doc.text and "第4章" not in doc.text
    assert doc.text.rstrip().endswith("この条例は、平成18年4月1日から施行する。")
    ordinance = parse_document(doc)
    assert [a.num for a in ordinance.articles if not a.in_suppl] == ["1", "2"]
    rules = [f.rule for f in review_ordinance(ordinance, load_profile()).findings]
    assert "ref.chapter" not in rules and "ref.unresolved" not in rules

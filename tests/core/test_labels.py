"""Location labels in engine messages: one half-width Arabic form, however the draft printed it."""

from __future__ import annotations

import pytest

from ordreview.core.checks.integrity_style import delegations
from ordreview.core.labels import article_label, item_label, location_label, num_label
from ordreview.core.model import Location
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_file, review_ordinance
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("num", "unit", "label"),
    [
        ("2", "条", "第2条"),
        ("34_2", "条", "第34条の2"),
        ("47_13", "条", "第47条の13"),
        ("5:7", "条", "第5条"),
        ("3_2", "号", "第3号の2"),
    ],
)
def test_num_label(num: str, unit: str, label: str) -> None:
    assert num_label(num, unit) == label


@pytest.mark.parametrize(
    ("num", "label"),
    [
        (None, ""),
        ("", ""),
        ("2", "第2条"),
        ("47_13", "第47条の13"),
        ("5:7", "第5条から第7条まで"),
    ],
)
def test_article_label(num: str | None, label: str) -> None:
    assert article_label(num) == label


@pytest.mark.parametrize(
    ("item", "label"),
    [
        ("3", "第3号"),
        ("3_2", "第3号の2"),
        ("1.2", "第1号イ"),
        ("9.2.3", "第9号イ(ウ)"),
    ],
)
def test_item_label(item: str, label: str) -> None:
    assert item_label(item) == label


@pytest.mark.parametrize(
    ("location", "label"),
    [
        (Location(None, None, None, None), ""),
        (Location("2", 1, None, None), "第2条"),
        (Location("2", 3, None, None), "第2条第3項"),
        (Location("2", 1, "4", None), "第2条第1項第4号"),
        (Location("47_5", 2, "8.1", None), "第47条の5第2項第8号ア"),
    ],
)
def test_location_label(location: Location, label: str) -> None:
    assert location_label(location) == label


MIXED_WIDTHS = """かしわ郷個人情報保護条例
（定義）
第２条　この条例において「個人情報」とは、生存する個人に関する情報をいう。
２　この条例において「実施機関」とは、郷長をいう。
第３条　実施機関は、削除情報を適正に管理しなければならない。
第四条　実施機関は、前条第2項の規定により規則で定める。
"""


@pytest.mark.parametrize(
    ("rule", "ja", "en"),
    [
        ("term.unused", "第2条第1項で定義された「個人情報」は、その後用いられていない。定義を削るか、用いる規定を確認されたい。",
         "「個人情報」, defined in 第2条第1項, is never used after its definition."),
        ("term.undefined", "「削除情報」が用いられている（最初は第3条）が、この条例に定義がない。定義を置くか、他の用語に改められたい。",
         "「削除情報」 is used (first in 第3条) but never defined in this ordinance."),
        ("ref.unresolved", "第4条中「前条第2項」の引用する第3条第2項はない（第3条は第1項までである。）。引用先を確認の上、改められたい。",
         "「前条第2項」 (第4条) cites 第3条第2項, which does not exist (第3条 has 1 paragraph)."),
        ("delegation", "規則への委任事項一覧：この条例には委任規定が1箇所ある（第4条）。"
         "施行規則の立案に当たり、各事項が委任先で定められているか、審査報告書の一覧表により確認されたい。",
         "Inventory of delegations: the ordinance delegates 1 matter (第4条). "
         "When drafting the implementing rule, check each against the table in the review report."),
    ],
)
def test_full_width_and_kanji_article_numbers_give_arabic_labels(rule: str, ja: str, en: str) -> None:
    review = review_ordinance(parse_text(MIXED_WIDTHS), load_profile())
    assert [(f.message_ja, f.message_en) for f in review.findings if f.rule == rule] == [(ja, en)]


def _labels(name: str) -> list[str]:
    review = review_file(FIXTURES / name)
    return [d.where for d in delegations(review.ordinance)]


NATIONAL_STYLE_DELEGATIONS = [
    "第2条第3号", "第2条第4号", "第2条第10号ロ", "第6条第1項第9号", "第15条第1項", "第15条第1項第9号",
    "第18条第2項", "第23条第1項", "第27条第1項", "第27条第1項", "第28条第1項", "第29条第2項", "第40条第2項",
    "第44条第2項", "第47条第1項", "第47条の4", "第47条の5第2項", "第47条の5第2項第8号", "第47条の5第3項",
    "第47条の6第2号", "第47条の7第1項第2号", "第47条の7第1項第5号", "第47条の7第1項第7号", "第47条の7第2項",
    "第47条の7第2項第2号", "第47条の7第3項", "第47条の9", "第47条の10第1項", "第47条の11第1号",
    "第47条の13第3項", "第47条の15第2項", "第51条",
]


def test_a_kanji_numbered_draft_gets_arabic_labels() -> None:
    assert _labels("model-national-style.txt") == NATIONAL_STYLE_DELEGATIONS


def test_suppl_labels_name_the_suppl_as_the_draft_does() -> None:
    from ordreview.core.labels import place_label, suppl_label
    from ordreview.core.model import Location, Span
    from ordreview.core.parse import parse_text

    text = ("くすのき村情報条例\n（趣旨）\n第1条　この条例は、趣旨を定める。\n　　　付　則\n"
            "１　この条例は、令和2年4月1日から施行する。\n２　前項の規定にかかわらず、なお従前の例による。\n")
    ordinance = parse_text(text)
    second = text.index("前項")
    assert suppl_label(ordinance, second) == "付則第2項"
    assert suppl_label(ordinance, text.index("趣旨を")) == ""
    assert place_label(ordinance, Location(None, None, None, Span(second, second + 2))) == "付則第2項"
    assert place_label(ordinance, Location(None, None, None, None)) == "全体"  # a finding about the whole ordinance
    with_articles = parse_text(text.replace("１　", "第1条　").replace("２　", "第2条　"))
    offset = with_articles.text.index("前項")
    assert suppl_label(with_articles, offset) == "付則第2条"


YUZURIHA = """ゆずりは村個人情報保護条例

（定義）
第二条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
　一　実施機関　村長、教育委員会及び議会をいう。
　二　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
　　イ　当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの
　　ロ　個人識別符号が含まれるもの

（収集の制限）
第三条　実施機関は、個人情報を収集するときは、次に掲げる事項を守らなければならない。
　一　収集の目的を明確にすること。
　二　規則で定める方法により収集すること。
２　実施機関は、適法かつ公正な手段により収集しなければならない。

　　　附　則
１　この条例は、令和九年四月一日から施行する。
２　この条例の施行の際現に実施機関が保有する個人情報については、規則で定める。
"""


@pytest.mark.parametrize(
    ("location", "label"),
    [
        (Location("2", 1, None, None), "第2条"),
        (Location("2", 1, "2", None), "第2条第2号"),  # one paragraph: never 第2条第1項第2号
        (Location("2", 1, "2.2", None), "第2条第2号ロ"),  # the draft's own sub-item marker
        (Location("3", 1, None, None), "第3条第1項"),  # several paragraphs: each is named
        (Location("3", 1, "2", None), "第3条第1項第2号"),
        (Location("3", 2, None, None), "第3条第2項"),
    ],
)
def test_labels_as_hosei_shitsumu_writes_them(location: Location, label: str) -> None:
    """One builder for every path (window, CLI, Word comments, report, messages): the 項 of an
    article with one paragraph is never named, kanji numerals become half-width Arabic."""
    from ordreview.core.checks.integrity_index import node_label
    from ordreview.core.labels import place_label
    from ordreview.export.report import location_label as report_label

    ordinance = parse_text(YUZURIHA)
    assert location_label(location, ordinance) == label
    assert place_label(ordinance, location) == label
    assert report_label(location, ordinance) == label
    node = ordinance.article(location.article).paragraphs[location.paragraph - 1]  # type: ignore[union-attr]
    for n in (location.item or "").split("."):
        if n:
            node = next(i for i in node.items if i.num == n)
    assert node_label(ordinance, node.span.start + len(getattr(node, "title", "") or "") + 1) == label


def test_a_suppl_paragraph_is_named_in_messages_and_places() -> None:
    from ordreview.core.checks.integrity_index import node_label

    ordinance = parse_text(YUZURIHA)
    at = YUZURIHA.index("この条例の施行の際")
    assert node_label(ordinance, at) == "附則第2項"
    review = review_ordinance(ordinance, load_profile())
    (delegation,) = [f for f in review.findings if f.rule == "delegation"]
    assert "（第3条第1項第2号、附則第2項）" in delegation.message_ja

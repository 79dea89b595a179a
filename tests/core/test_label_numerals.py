"""Label numerals: half-width Arabic or the draft's own numerals, by a setting, never mixed in
one label; one name per place outside the articles. Golden labels for a kanji, a full-width and
an Arabic draft under both settings (the same draft written three ways)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from ordreview.core.labels import (
    draft_numerals,
    in_numerals_text,
    label_numerals,
    place_label,
    set_label_numerals,
    shown_label,
    shown_message,
)
from ordreview.core.model import Location, Ordinance, Span
from ordreview.core.parse import parse_text
from ordreview.core.text import int_to_kanji


def _draft(num: Callable[[int], str], item: Callable[[int], str], para: Callable[[int], str]) -> str:
    """A fictional ordinance with 章, 目次, a 定義 article with items and sub-items, an article
    with two 項, a range deleted, a 附則 with two 項 and a 別表, its numbers written by ``num``."""
    return f"""かしわ町個人情報保護条例

目次
　第{num(1)}章　総則（第{num(1)}条・第{num(2)}条）
　第{num(2)}章　個人情報の取扱い（第{num(3)}条―第{num(12)}条）
　附則

　　　第{num(1)}章　総則

（趣旨）
第{num(1)}条　この条例は、個人情報の取扱いに関し必要な事項を定めるものとする。

（定義）
第{num(2)}条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
　{item(1)}　実施機関　町長、教育委員会及び議会をいう。
　{item(2)}　個人情報　生存する個人に関する情報であって、次のいずれかに該当するものをいう。
　　イ　当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの
　　ロ　個人識別符号が含まれるもの

　　　第{num(2)}章　個人情報の取扱い

（収集の制限）
第{num(3)}条　実施機関は、個人情報を収集するときは、次に掲げる事項を守らなければならない。
　{item(1)}　収集の目的を明確にすること。
　{item(2)}　規則で定める方法により収集すること。
{para(2)}　実施機関は、適法かつ公正な手段により収集しなければならない。

第{num(4)}条から第{num(11)}条まで　削除

（委任）
第{num(12)}条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
{para(1)}　この条例は、令和9年4月1日から施行する。
{para(2)}　この条例の施行の際現に実施機関が保有する個人情報については、規則で定める。

別表第{num(1)}（第{num(3)}条関係）
　収集の目的　方法
"""


FULL = str.maketrans("0123456789", "０１２３４５６７８９")
KANJI = _draft(int_to_kanji, int_to_kanji, lambda n: str(n).translate(FULL))
FULL_WIDTH = _draft(lambda n: str(n).translate(FULL), lambda n: f"（{str(n).translate(FULL)}）",
                    lambda n: str(n).translate(FULL))
ARABIC = _draft(str, lambda n: f"({n})", str)
DRAFTS = {"kanji": KANJI, "full": FULL_WIDTH, "arabic": ARABIC}

# (location, label in half-width Arabic, in kanji, in full-width)
ARTICLE_PLACES = [
    (Location("1", 1, None, None), "第1条", "第一条", "第１条"),
    (Location("2", 1, "2", None), "第2条第2号", "第二条第二号", "第２条第２号"),
    (Location("2", 1, "2.2", None), "第2条第2号ロ", "第二条第二号ロ", "第２条第２号ロ"),
    (Location("3", 1, "2", None), "第3条第1項第2号", "第三条第一項第二号", "第３条第１項第２号"),
    (Location("3", 2, None, None), "第3条第2項", "第三条第二項", "第３条第２項"),
    (Location("12", 1, None, None), "第12条", "第十二条", "第１２条"),
]
# (text the finding starts at, label in Arabic, kanji, full-width)
OUTSIDE_PLACES = [
    ("かしわ町個人", "題名", "題名", "題名"),
    ("目次\n", "目次", "目次", "目次"),
    ("総則（", "目次", "目次", "目次"),
    ("施行の際", "附則第2項", "附則第二項", "附則第２項"),
    ("収集の目的　方法", "別表第1", "別表第一", "別表第１"),
    ("実施機関は、適法", "第3条第2項", "第三条第二項", "第３条第２項"),
]


@pytest.fixture(autouse=True)
def _arabic_afterwards() -> Iterator[None]:
    yield
    set_label_numerals("arabic")


@pytest.fixture(scope="module")
def parsed() -> dict[str, Ordinance]:
    return {style: parse_text(text) for style, text in DRAFTS.items()}


@pytest.mark.parametrize("style", list(DRAFTS))
def test_the_drafts_own_numerals_are_recognised(parsed: dict[str, Ordinance], style: str) -> None:
    assert draft_numerals(parsed[style]) == style


@pytest.mark.parametrize("style", list(DRAFTS))
@pytest.mark.parametrize("numerals", ["arabic", "draft"])
def test_golden_labels_in_both_settings(parsed: dict[str, Ordinance], style: str, numerals: str) -> None:
    ordinance = parsed[style]
    column = 1 if numerals == "arabic" else {"arabic": 1, "kanji": 2, "full": 3}[style]
    for row in ARTICLE_PLACES:
        assert shown_label(row[0], ordinance, numerals) == row[column], row[0]
    text = DRAFTS[style]
    for row in OUTSIDE_PLACES:
        at = text.index(row[0])
        assert shown_label(Location(None, None, None, Span(at, at + 1)), ordinance, numerals) == row[column], row[0]
    assert shown_label(Location(None, None, None, None), ordinance, numerals) == "全体"
    title = ordinance.title_span
    assert title is not None
    assert place_label(ordinance, Location(None, None, None, title)) == "全体"  # whole-ordinance findings sit on the title


@pytest.mark.parametrize("style", list(DRAFTS))
def test_a_label_never_mixes_forms(parsed: dict[str, Ordinance], style: str) -> None:
    ordinance = parsed[style]
    for loc, *_ in ARTICLE_PLACES:
        label = shown_label(loc, ordinance, "draft")
        half = any(c.isascii() and c.isdigit() for c in label)
        full = any("０" <= c <= "９" for c in label)
        kanji = any(c in "一二三四五六七八九十" for c in label)
        assert half + full + kanji == 1, label


MESSAGE = "第4条中「前条第2項」の引用する第3条第2項はない（第3条は第1項までである。）。法第60条第5項を確認されたい。"


@pytest.mark.parametrize(
    ("style", "shown"),
    [
        ("kanji", "第四条中「前条第2項」の引用する第三条第二項はない（第三条は第一項までである。）。法第六十条第五項を確認されたい。"),
        ("full", "第４条中「前条第2項」の引用する第３条第２項はない（第３条は第１項までである。）。法第６０条第５項を確認されたい。"),
        ("arabic", MESSAGE),
    ],
)
def test_messages_name_provisions_in_the_labels_numerals_and_keep_quotations(style: str, shown: str) -> None:
    assert in_numerals_text(MESSAGE, style) == shown


def test_a_sub_items_bracketed_number_is_written_as_statutes_write_it() -> None:
    from ordreview.core.labels import in_numerals

    assert in_numerals("第2条第9号ロ(1)", "kanji") == "第二条第九号ロ(1)"  # as e-Gov cites a kanji statute
    assert in_numerals("第12条第1号イ(1)", "full") == "第１２条第１号イ（１）"
    assert in_numerals("第47条の13第3項", "kanji") == "第四十七条の十三第三項"


def test_the_setting_applies_when_no_choice_is_passed(parsed: dict[str, Ordinance]) -> None:
    loc = ARTICLE_PLACES[3][0]
    assert label_numerals() == "arabic"
    assert shown_label(loc, parsed["kanji"]) == "第3条第1項第2号"
    assert set_label_numerals("draft") == "draft"
    assert shown_label(loc, parsed["kanji"]) == "第三条第一項第二号"
    assert shown_message("第3条第2項", parsed["full"]) == "第３条第２項"
    assert set_label_numerals("roman") == "arabic"  # an unknown choice is the default

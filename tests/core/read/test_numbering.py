"""Word's automatic numbering (``core.read.numbering``): formats, counters, restarts."""

from __future__ import annotations

import pytest
from lxml import etree

from ordreview.core.read.numbering import W_NS, Numbering, format_number


@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [
        (3, "decimal", "3"),
        (12, "decimalFullWidth", "１２"),
        (12, "decimalFullWidth2", "１２"),
        (7, "decimalHalfWidth", "7"),
        (5, "decimalZero", "05"),
        (1, "japaneseCounting", "一"),
        (12, "taiwaneseCountingThousand", "十二"),
        (10, "japaneseCounting", "十"),
        (34, "japaneseCounting", "三十四"),
        (102, "japaneseCounting", "百二"),
        (10, "ideographDigital", "一〇"),
        (2, "japaneseDigitalTenThousand", "二"),
        (23, "japaneseLegal", "弐拾参"),
        (1, "aiueoFullWidth", "ア"),
        (6, "aiueoFullWidth", "カ"),
        (47, "aiueoFullWidth", "ア"),
        (2, "aiueo", "ｲ"),
        (3, "irohaFullWidth", "ハ"),
        (1, "iroha", "ｲ"),
        (4, "ideographTraditional", "丁"),
        (1, "ideographZodiac", "子"),
        (1, "decimalEnclosedCircle", "①"),
        (21, "decimalEnclosedCircle", "㉑"),
        (50, "decimalEnclosedCircle", "㊿"),
        (51, "decimalEnclosedCircle", "51"),
        (1, "decimalEnclosedParen", "⑴"),
        (21, "decimalEnclosedParen", "(21)"),
        (2, "decimalEnclosedFullstop", "⒉"),
        (28, "lowerLetter", "bb"),
        (3, "upperLetter", "C"),
        (14, "lowerRoman", "xiv"),
        (1999, "upperRoman", "MCMXCIX"),
        (4, "none", ""),
        (4, "bullet", ""),
        (4, "cardinalText", "4"),
    ],
)
def test_format_number(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text


def _numbering(abstract: str, nums: str) -> Numbering:
    xml = f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="1">{abstract}</w:abstractNum>{nums}</w:numbering>'
    return Numbering(etree.fromstring(xml))


def _lvl(ilvl: int, text: str, fmt: str = "decimal", extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


TWO_LEVELS = _lvl(0, "第%1条", extra='<w:suff w:val="space"/>') + _lvl(1, "(%2)")


@pytest.mark.parametrize(
    ("sequence", "expected"),
    [
        ([0, 1, 1, 0, 1], ["第1条 ", "(1)\t", "(2)\t", "第2条 ", "(1)\t"]),
        ([1, 1], ["(1)\t", "(2)\t"]),
        ([0, 0, 0], ["第1条 ", "第2条 ", "第3条 "]),
    ],
)
def test_counters_and_restart(sequence: list[int], expected: list[str]) -> None:
    numbering = _numbering(TWO_LEVELS, '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>')
    assert [numbering.next_prefix("7", ilvl) for ilvl in sequence] == expected


def test_lvl_restart_zero_never_restarts() -> None:
    abstract = _lvl(0, "第%1条", extra='<w:suff w:val="nothing"/>') + _lvl(
        1, "%2", extra='<w:lvlRestart w:val="0"/><w:suff w:val="nothing"/>'
    )
    numbering = _numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    assert [numbering.next_prefix("1", i) for i in (0, 1, 1, 0, 1)] == ["第1条", "1", "2", "第2条", "3"]


def test_multi_level_text_and_is_lgl() -> None:
    abstract = _lvl(0, "%1", "japaneseCounting") + _lvl(
        1, "%1.%2", "lowerLetter", extra='<w:isLgl/><w:suff w:val="nothing"/>'
    )
    numbering = _numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    assert [numbering.next_prefix("1", i) for i in (0, 1, 1)] == ["一\t", "1.1", "1.2"]


INSTANCES = (
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
)


@pytest.mark.parametrize(
    ("uses", "expected"),
    [
        # instances of one abstract definition share its counter (Word, ECMA-376 §17.9)
        ([("1", 0), ("3", 0), ("1", 0)], ["第1条 ", "第2条 ", "第3条 "]),
        # an override restarts the shared counter at the instance's first use only
        ([("1", 0), ("1", 0), ("2", 0), ("2", 0)], ["第1条 ", "第2条 ", "第5条 ", "第6条 "]),
        # what LibreOffice writes for "五, 六" after "一, 二": restart instance, then a plain one
        ([("1", 0), ("1", 0), ("2", 0), ("3", 0)], ["第1条 ", "第2条 ", "第5条 ", "第6条 "]),
        ([("2", 0), ("1", 0), ("2", 0)], ["第5条 ", "第6条 ", "第7条 "]),
        # an override on level 2 waits for the instance's first level-2 paragraph, and is
        # that instance's start value when a higher level restarts the level
        ([("4", 0), ("4", 1), ("4", 1), ("4", 0), ("4", 1)], ["第1条 ", "(3)\t", "(4)\t", "第2条 ", "(3)\t"]),
        ([("1", 0), ("1", 1), ("4", 1), ("1", 1)], ["第1条 ", "(1)\t", "(3)\t", "(4)\t"]),
    ],
)
def test_instances_share_the_abstract_counter(uses: list[tuple[str, int]], expected: list[str]) -> None:
    numbering = _numbering(TWO_LEVELS, INSTANCES)
    assert [numbering.next_prefix(n, ilvl) for n, ilvl in uses] == expected


def test_level_override_replaces_the_level() -> None:
    nums = (
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        + _lvl(0, "附則第%1項", "decimalFullWidth", '<w:suff w:val="nothing"/>')
        + "</w:lvlOverride></w:num>"
    )
    numbering = _numbering(TWO_LEVELS, nums)
    assert numbering.next_prefix("3", 0) == "附則第１項"


@pytest.mark.parametrize(
    ("num_id", "ilvl"),
    [("99", 0), ("1", 5), ("1", 9)],
)
def test_undefined_instance_or_level_gives_no_prefix(num_id: str, ilvl: int) -> None:
    numbering = _numbering(TWO_LEVELS, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    assert numbering.next_prefix(num_id, ilvl) == ""


def test_num_style_link_is_followed() -> None:
    xml = (
        f'<w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="1">{TWO_LEVELS}</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="JoList"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>'
    )
    numbering = Numbering(etree.fromstring(xml))
    assert numbering.next_prefix("2", 0, {"JoList": "1"}) == "第1条 "
    assert numbering.next_prefix("2", 0, {}) == ""


def test_level_linked_to_a_paragraph_style() -> None:
    abstract = _lvl(0, "%1", extra='<w:pStyle w:val="Jo"/>') + _lvl(1, "(%2)", extra='<w:pStyle w:val="Go"/>')
    numbering = _numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    assert numbering.level_for_style("1", "Go", {}) == 1
    assert numbering.level_for_style("1", "Other", {}) is None

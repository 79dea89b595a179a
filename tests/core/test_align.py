"""Alignment of small hand-written drafts with the bundled profile: status, evidence, reasons."""

from __future__ import annotations

import pytest

from ordreview.core.align import DraftIndex, align, ngrams
from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from tests.core.test_review_drafts import CODE, MINI

C_DEFINITION = (
    "第6条　この条例において「非識別加工情報」とは、特定の個人を識別することができないように個人情報を加工して得られる"
    "個人に関する情報であって、当該個人情報を復元することができないようにしたものをいう。\n"
)
C_CHAPTER = C_DEFINITION + (
    "第2章　非識別加工情報の提供\n"
    "（非識別加工情報の作成及び提供）\n"
    "第7条　実施機関は、この条例の規定に従い、非識別加工情報を作成し、及び提供することができる。\n"
)


def _align(text: str):
    return align(parse_text(text), load_profile())


def _status(text: str) -> dict[str, tuple[str, str | None]]:
    return {rid: (c.status, c.reason) for rid, c in _align(text).coverage.items()}


def test_complete_mini_draft_without_c() -> None:
    status = _status(MINI)
    assert {rid: status[rid][0] for rid in ("A1", "A2", "A3", "A4", "A5", "A7", "A8", "A9", "B1", "B2", "B3", "B4", "B6")} == dict.fromkeys(
        ("A1", "A2", "A3", "A4", "A5", "A7", "A8", "A9", "B1", "B2", "B3", "B4", "B6"), "covered"
    )
    assert status["A6"] == ("not_applicable", "below_floor")
    assert status["B5"] == ("not_applicable", "below_floor")
    assert status["C0"] == ("missing", "below_floor")
    assert all(status[f"C{i}"] == ("not_applicable", "conditional") for i in range(1, 20))
    assert status["C20"][0] == "covered"
    assert status["O15"][0] == "covered"


@pytest.mark.parametrize(
    ("old", "new", "rid", "expected"),
    [
        (f"2　{CODE}\n", "", "A2", "missing"),
        ("　(2)　要配慮個人情報が含まれるときは、その旨\n", "", "B3", "partial"),
        ("（個人識別符号を除く。）", "", "A3", "partial"),
        ("他の情報と照合することができ", "他の情報と容易に照合することができ", "A4", "partial"),
        ("生存する個人に関する情報", "個人に関する情報", "A5", "partial"),
        ("実施機関は、要配慮個人情報を収集してはならない", "実施機関は、思想、信条及び信教に関する個人情報を収集してはならない", "B4", "partial"),
        ("第5条　この条例の施行", "第5条　センシティブ情報の取扱い及びこの条例の施行", "B6", "partial"),
        ("「保有個人情報」とは", "「保有情報」とは", "A7", "missing"),
    ],
)
def test_single_defects_change_one_status(old: str, new: str, rid: str, expected: str) -> None:
    assert old in MINI
    assert _status(MINI)[rid][0] == "covered"
    assert _status(MINI.replace(old, new))[rid][0] == expected


def test_c_mechanism_switches_the_c_items_on() -> None:
    text = MINI.replace("（委任）\n第5条", C_CHAPTER + "（委任）\n第8条")
    status = _status(text)
    assert status["C0"][0] == "covered"
    assert status["C1"][0] == "partial"  # no deletion measures per branch
    assert status["C14"] == ("missing", "below_floor")
    assert status["C20"] == ("not_applicable", "conditional")


def test_a_definition_alone_is_no_mechanism() -> None:
    text = MINI.replace("（委任）\n第5条", C_DEFINITION + "（委任）\n第7条")
    status = _status(text)
    assert status["C0"][0] == "missing"
    assert all(status[f"C{i}"] == ("not_applicable", "conditional") for i in range(1, 20))
    assert status["C20"][0] == "partial"  # the definition is a leftover to remove


def test_dangling_c_reference_without_mechanism() -> None:
    text = MINI.replace("　(2)　要配慮個人情報が含まれるときは、その旨\n", "　(2)　要配慮個人情報が含まれるときは、その旨\n　(3)　非識別加工情報の提案の募集の有無\n")
    status = _status(text)
    assert status["C0"] == ("missing", None)  # mentioned, but no definition, chapter or caption
    assert status["C20"][0] == "partial"
    evidence = _align(text).coverage["C20"].evidence
    assert [(e.article, e.paragraph, e.item) for e in evidence] == [("3", 1, "3")]


def test_regime_vocabulary_marks_every_reason() -> None:
    text = MINI.replace("第5条　この条例の施行", "第5条　条例要配慮個人情報及び行政機関等匿名加工情報の取扱い並びにこの条例の施行")
    al = _align(text)
    assert al.regime_mismatch
    assert al.coverage["O15"].status == "missing"
    assert {c.reason for c in al.coverage.values()} == {"regime"}
    assert [s.slice(text) for s in al.regime_hits] == ["条例要配慮個人情報", "行政機関等匿名加工情報"]


def test_evidence_and_article_requirements() -> None:
    al = _align(MINI)
    a1 = al.coverage["A1"]
    assert (a1.evidence[0].article, a1.evidence[0].paragraph) == ("2", 1)
    assert a1.confidence >= load_profile().alignment.covered and a1.margin > 0
    assert al.coverage["B3"].evidence[0].article == "3"
    assert {"A1", "A2", "B1", "A7", "A8", "A9"} <= set(al.article_requirements["2"])
    assert "B3" in al.article_requirements["3"]
    assert [r for r in al.article_requirements["5"] if r[0] in "ABC"] == []


def test_wrapped_lines_do_not_hide_phrases() -> None:
    text = MINI.replace("要配慮個人情報が含まれるときは、その旨", "要配慮個人情報が含まれる\nときは、その旨")
    assert _status(text)["B3"][0] == "covered"
    idx = DraftIndex(parse_text(text), load_profile())
    [span] = [s for s in idx.hits("含まれるときは", literal=True)]
    assert span.slice(text) == "含まれる\nときは"


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 2 else ({text} if text else set())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("個人情報", "個人情報"),
        ("個人情報の保護", "保護すべき個人の情報"),
        ("個", "個"),
        ("個", "個人"),  # one character is no bigram of a longer text
        ("個人", "個人情報"),
        ("", "個人"),
        ("ああああ", "あああ"),  # repeated bigrams count once
        ("第1条(目的)", "第１条（目的）"),
        ("\ud800字", "\ud800字\ud801"),  # (a lone surrogate a reader let through)
        ("𠮷野家の𠮷", "𠮷野"),  # characters beyond the BMP
    ],
)
def test_bigram_similarity_counts(a: str, b: str) -> None:
    """The alignment's similarity uses only how many bigrams two texts have and share: the
    sets ``ngrams`` gives (bigrams coded as integers) count exactly as the texts' bigrams do."""
    ga, gb = ngrams(a, 2), ngrams(b, 2)
    assert len(ga) == len(_bigrams(a)) and len(gb) == len(_bigrams(b))
    assert len(ga & gb) == len(_bigrams(a) & _bigrams(b))


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [("個人情報", 3, {"個人情", "人情報"}), ("個人", 3, {"個人"}), ("", 3, set())],
)
def test_ngrams(text: str, n: int, expected: set[str]) -> None:
    assert ngrams(text, n) == frozenset(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("行政機関の長および実施機関 又は", "実施機関及び実施機関又は"),
        ("あつて、この法律", "あって、この条例"),
        ("（１）　個人情報", "(1)個人情報"),
    ],
)
def test_similarity_text(text: str, expected: str) -> None:
    from ordreview.core.align import similarity_text
    from ordreview.core.text import fold

    assert similarity_text(load_profile(), fold(text)) == expected


def test_two_competing_definitions_are_ambiguous() -> None:
    from tests.core.test_review_drafts import KOJIN

    text = MINI.replace("（委任）\n第5条", f"（定義の特例）\n第5条　{KOJIN}\n（委任）\n第6条")
    al = _align(text)
    a1 = al.coverage["A1"]
    assert (a1.status, a1.reason) == ("covered", "ambiguous")
    assert a1.margin < load_profile().alignment.ambiguity_margin
    assert {e.article for e in a1.evidence} == {"2", "5"}
    assert al.coverage["B6"].reason is None  # whole-draft term use: competition is normal


def test_definition_elements_are_looked_for_in_that_definition_only() -> None:
    manual = (
        "\n　(2)　前号に掲げるもののほか、一定の事務の目的を達成するために氏名、生年月日、その他の記述等により特定の保有個人情報を"
        "容易に検索することができるように体系的に構成したもの"
    )
    other = "7　この条例において「台帳」とは、氏名により容易に検索することができるように体系的に構成した帳簿をいう。\n"
    text = MINI.replace(manual, "").replace("（個人情報取扱事務の登録等）", other + "（個人情報取扱事務の登録等）")
    assert manual in MINI and other in text
    al = _align(text)
    assert al.coverage["A8"].status == "partial"  # the 台帳 definition does not make up for it
    assert [h.group.label_en for h in al.must["A8"] if h.span is None] == ["manually processed files"]


SUPPL_ARTICLES = (
    "　　　附　則\n（施行期日）\n第1条　この条例は、平成30年4月1日から施行する。\n"
    "（経過措置）\n第2条　この条例の施行前にされた開示請求については、なお従前の例による。\n"
)
SUPPL_PARAGRAPHS = (
    "　　　附　則\n（施行期日）\n1　この条例は、平成30年4月1日から施行する。\n"
    "（経過措置）\n2　この条例の施行前にされた開示請求については、なお従前の例による。\n"
)


@pytest.mark.parametrize(
    ("suppl", "status", "anchor"),
    [
        ("", "not_applicable", None),
        (SUPPL_ARTICLES, "covered", "経過措置"),
        (SUPPL_PARAGRAPHS, "covered", "附則"),  # a 項-style 附則 is one unit, from its heading
        ("　　　附　則\nこの条例は、平成30年4月1日から施行する。\n", "partial", "附則"),
    ],
)
def test_o10_is_aligned_with_the_suppl_provisions(suppl: str, status: str, anchor: str | None) -> None:
    text = MINI + suppl
    cov = _align(text).coverage["O10"]
    assert cov.status == status
    first = cov.evidence[0].span.slice(text).replace("\u3000", "") if cov.evidence else None
    assert first == anchor


def test_suppl_provisions_do_not_enter_article_requirements() -> None:
    al = _align(MINI + SUPPL_ARTICLES)
    assert "O10" not in {r for reqs in al.article_requirements.values() for r in reqs}
    assert al.coverage["O10"].status == "covered"

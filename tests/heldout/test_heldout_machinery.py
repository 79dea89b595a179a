"""The held-out accuracy machinery: gold files, location labels and the scorer.

No accuracy threshold is asserted here (the figures are the bench's: ``bench/accuracy.py``);
these tests make sure the figures mean what the bench's docstring says.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from ordreview.core.model import Finding, Location, Review, Span
from ordreview.core.parse import parse_text

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_accuracy", mod)
    spec.loader.exec_module(mod)
    return mod


acc = _bench()
GOLDS = sorted(HELDOUT.glob("*.gold.json"))


# --------------------------------------------------------------------------- the gold files


def test_there_are_at_least_eight_drafts_and_a_clean_one() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS]
    assert len(golds) >= 8
    assert any(g["clean"] for g in golds)
    assert all((HELDOUT / g["draft"]).is_file() for g in golds)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_parsed_draft(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ordinance = parse_text((HELDOUT / gold["draft"]).read_text(encoding="utf-8"))
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    absent = [(did, label) for did, label in labels if not acc.label_exists(ordinance, label)]
    assert absent == []


def test_validate_gold_rejects_bad_entries() -> None:
    bad = {
        "draft": "x.txt", "title": "t", "style": "s", "clean": True, "accepted": [],
        "defects": [{"id": "a", "requirement": "Z9", "rule": "r", "kind": "k", "location": "第二条",
                     "severity": "fatal", "seeded": True, "reviewer_ja": ""}],
    }
    problems = acc.validate_gold(bad, ["A1", "O2"])
    assert any("clean draft lists defects" in p for p in problems)
    assert any("unknown requirement Z9" in p for p in problems)
    assert any("bad severity" in p for p in problems)
    assert any("unreadable location" in p for p in problems)
    assert any("empty reviewer_ja" in p for p in problems)


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("第2条第1項第3号", ("article", "2", 1, "3")),
        ("第38条の13第1項", ("article", "38_13", 1, None)),
        ("第2条第9号ア", ("article", "2", None, "9.1")),
        ("第2条第2号の2イ", ("article", "2", None, "2_2.2")),
        ("第17条", ("article", "17", None, None)),
        ("第4章の2", ("division", None, None, None)),
        ("目次", ("toc", None, None, None)),
        ("全体", ("all", None, None, None)),
    ],
)
def test_parse_label(label: str, expected: tuple) -> None:
    lab = acc.parse_label(label)
    assert (lab.kind, lab.article, lab.paragraph, lab.item) == expected


def test_parse_label_suppl_forms() -> None:
    lab = acc.parse_label("附則（平成29年9月28日条例第24号）第2項")
    assert (lab.kind, lab.suppl, lab.suppl_paragraph) == ("suppl", "平成29年9月28日条例第24号", 2)
    assert acc.parse_label("付則").suppl is None
    assert acc.parse_label("附則（平成30年3月9日条例第2号）第1条").suppl_article == "1"
    assert acc.parse_label("第二条") is None


def test_a_suppl_label_names_its_amending_ordinance_in_kanji_or_arabic_numbers() -> None:
    # a gold label 「附則(平成三十年三月二十七日条例第14号)第1項」 names the 附則 headed 「附　則（平成三十年三月二十七日条例第十四号）」
    # (mikoshiba-shi, heldout-ix): the two ways of writing the number are the same ordinance
    text = ("みほん市個人情報保護条例\n\n第1条　この条例は、個人情報の保護に関し必要な事項を定める。\n\n"
            "　　　附　則\nこの条例は、平成十六年四月一日から施行する。\n\n"
            "　　　附　則（平成三十年三月二十七日条例第十四号）\n1　この条例は、平成三十年四月一日から施行する。\n"
            "2　この条例の施行前にされた請求については、なお従前の例による。\n")
    ordinance = parse_text(text)
    assert acc.label_exists(ordinance, "附則(平成三十年三月二十七日条例第14号)第2項")
    assert acc.label_exists(ordinance, "附則（平成30年3月27日条例第14号）第1項")
    assert not acc.label_exists(ordinance, "附則(平成三十年三月二十七日条例第15号)第1項")


# --------------------------------------------------------------------------- the scorer on a synthetic case

SYNTH = """みほん市個人情報保護条例

目次
　第1章　総則（第1条・第2条）
　第2章　雑則（第3条）
　附則

　　　第1章　総則

（目的）
第1条　この条例は、個人情報の保護に関し必要な事項を定める。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
　(1)　実施機関　市長をいう。
　(2)　個人情報　個人に関する情報をいう。
2　前項の規定にかかわらず、規則で別に定めることができる。

　　　第2章　雑則

（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
1　この条例は、令和元年4月1日から施行する。
2　附則第3項の規定は、適用しない。
"""


def _finding(ordinance, rule, req, sev, article=None, paragraph=None, item=None, at: str | None = None) -> Finding:
    start = ordinance.text.index(at) if at else 0
    span = Span(start, start + (len(at) if at else 1))
    return Finding(
        id=f"{rule}:{req}:{start}", rule=rule, requirement=req, severity=sev, point="other",
        location=Location(article, paragraph, item, span), code="x", message_ja="m", message_en="m",
        anchor_text=at or "",
    )


def test_scorer_counts_by_location_and_kind() -> None:
    o = parse_text(SYNTH)
    gold = {
        "defects": [
            {"id": "g1", "requirement": "A4", "rule": "def.collation", "kind": "k", "location": "第2条第1項第2号",
             "severity": "warning", "seeded": True, "reviewer_ja": "x"},
            {"id": "g2", "requirement": "O2", "rule": "ref.unresolved", "kind": "k", "location": "附則第2項",
             "severity": "error", "seeded": True, "reviewer_ja": "x"},
            {"id": "g3", "requirement": "O6", "rule": "cite.law_number", "kind": "k", "location": "第3条",
             "severity": "info", "seeded": True, "reviewer_ja": "x"},
            {"id": "g4", "requirement": "O5", "rule": "toc.mismatch", "kind": "k", "location": "目次",
             "severity": "error", "seeded": True, "reviewer_ja": "x"},
        ],
        "accepted": [{"location": "第1条", "note_ja": "正しい"}],
    }
    findings = (
        # g1 found twice: at the item, and by its span inside the item (location fields empty)
        _finding(o, "def.collation", "A4", "warning", "2", 1, "2", at="個人に関する情報"),
        _finding(o, "def.collation", "A4", "warning", at="個人に関する情報"),
        # right requirement, wrong item: false
        _finding(o, "def.collation", "A4", "warning", "2", 1, "1", at="市長をいう"),
        # right place, wrong requirement: false
        _finding(o, "gap", "A1", "error", "2", 1, "2", at="個人に関する情報"),
        # g2 found by span inside 附則第2項
        _finding(o, "ref.unresolved", "O2", "error", at="附則第3項"),
        # g3 found at info level (the gold's severity); info is never counted
        _finding(o, "cite.law_number", "O6", "info", "3", 1, None, at="規則で定める。"),
        # info finding of another requirement: ignored
        _finding(o, "delegation", "O8", "info", "3", 1, None, at="規則で定める。"),
        # false warning on an accepted provision
        _finding(o, "abbr.before_definition", "O3", "warning", "1", 1, None, at="個人情報の保護"),
    )
    review = Review(o, "p", "1", (), {}, findings)
    s = acc.score(review, gold, name="synthetic", layout="txt")
    assert (s.counted, s.true, len(s.false), s.duplicates) == (6, 3, 3, 1)
    assert (s.gold, s.found) == (4, 3)
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(0.75)
    assert [m["id"] for m in s.missed] == ["g4"]
    assert sorted(f["requirement"] for f in s.false) == ["A1", "A4", "O3"]
    flagged = [f for f in s.false if f.get("contradicts_accepted")]
    assert [f["requirement"] for f in flagged] == ["O3"]
    assert s.severity_diffs == []


def test_scorer_article_level_and_region_locations() -> None:
    o = parse_text(SYNTH)
    gold = {"defects": [
        {"id": "p", "requirement": "C14", "rule": "fee.delegated", "kind": "k", "location": "第2条第2項",
         "severity": "error", "seeded": True, "reviewer_ja": "x"},
        {"id": "c", "requirement": "C0", "rule": "gap", "kind": "k", "location": "第2章",
         "severity": "warning", "seeded": True, "reviewer_ja": "x"},
        {"id": "t", "requirement": "O5", "rule": "toc.mismatch", "kind": "k", "location": "目次",
         "severity": "error", "seeded": True, "reviewer_ja": "x"},
    ], "accepted": []}
    findings = (
        # anchored on the whole article (paragraph None): lies at each of its paragraphs
        _finding(o, "gap", "C14", "error", "2", None, None, at="（定義）"),
        # an article of the chapter
        _finding(o, "gap", "C0", "warning", "3", 1, None, at="規則で定める。"),
        # in the 目次, found with another severity than the gold's
        _finding(o, "toc.mismatch", "O5", "warning", None, None, None, at="雑則（第3条）"),
        # a 目次 finding of the right kind elsewhere (in 第1条): false
        _finding(o, "toc.mismatch", "O5", "error", "1", 1, None, at="この条例は"),
    )
    s = acc.score(Review(o, "p", "1", (), {}, findings), gold, name="synthetic", layout="txt")
    assert (s.counted, s.true, s.found) == (4, 3, 3)
    assert [d["defect"] for d in s.severity_diffs] == ["t"]


def test_clean_draft_every_counted_finding_is_false() -> None:
    o = parse_text(SYNTH)
    findings = (
        _finding(o, "gap", "C0", "warning", at="みほん市"),
        _finding(o, "delegation", "O8", "info", "3", 1, None, at="規則で定める。"),
    )
    review = Review(o, "p", "1", (), {}, findings)
    s = acc.score(review, {"defects": [], "accepted": []}, name="clean", layout="txt")
    assert (s.counted, s.true, len(s.false), s.precision, s.recall) == (1, 0, 1, 0.0, 1.0)


def test_every_layout_is_one_function_producing_a_readable_file(tmp_path: Path) -> None:
    text = SYNTH
    for name, make in acc.LAYOUTS.items():
        work = tmp_path / name
        work.mkdir()
        path = make(text, work)
        assert path.is_file() and path.stat().st_size > 0, name
    assert set(acc.LAYOUTS) >= {"txt", "docx", "html", "web", "pdf", "wrapped"}


def test_baseline_comparison_names_what_changed() -> None:
    o = parse_text(SYNTH)
    gold = {"defects": [
        {"id": "a", "requirement": "O2", "rule": "ref.unresolved", "kind": "k", "location": "附則第2項",
         "severity": "error", "seeded": True, "reviewer_ja": "x"},
        {"id": "b", "requirement": "C0", "rule": "gap", "kind": "k", "location": "全体",
         "severity": "warning", "seeded": True, "reviewer_ja": "x"},
    ], "accepted": []}
    before_findings = (_finding(o, "ref.unresolved", "O2", "error", "1", 1, None, at="この条例は"),)
    after_findings = (
        _finding(o, "ref.unresolved", "O2", "error", at="附則第3項"),
        _finding(o, "gap", "C0", "warning", at="みほん市"),
    )
    before = acc.snapshot([acc.score(Review(o, "p", "1", (), {}, before_findings), gold, name="d", layout="txt")])
    after = acc.snapshot([acc.score(Review(o, "p", "1", (), {}, after_findings), gold, name="d", layout="txt")])
    diff = acc.compare(before, after)
    assert diff["now_found"] == ["d|a", "d|b"]
    assert diff["now_missed"] == []
    assert diff["false_gone"] == ["d|ref.unresolved|O2|error|第1条"]
    assert diff["false_new"] == []
    assert (diff["before"]["precision"], diff["after"]["precision"]) == (0.0, 1.0)

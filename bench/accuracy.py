"""Accuracy of the review engine on the held-out drafts (``tests/heldout/``), scored by location.

Every ``tests/heldout/<name>.txt`` has a gold list ``<name>.gold.json`` written before the engine
was first run on the draft (the commit history shows it). The gold list names every defect a
reviewer (例規審査) would raise, with its checklist requirement, the rule expected to report it,
its location and severity, plus the provisions a reviewer accepts as correct. A draft with
``"clean": true`` has an empty list: every error or warning on it is false (unless a real defect its
author overlooked was found after the first run and added, ``added_after_run``: see below).

A defect marked ``"added_after_run": true`` was not in the list committed before the first run:
it is a real defect the engine reported that the author of the draft had overlooked (an unused
略称, say), added in a later commit that says so. ``--preregistered`` scores against the list as
first committed (those entries dropped), so both figures can be quoted.

Run from the repository root::

    python bench/accuracy.py                # the .txt drafts
    python bench/accuracy.py --layouts      # also every layout the readers accept, generated
                                            # at run time from the .txt (see LAYOUTS)
    python bench/accuracy.py --json         # the same figures as JSON on stdout
    python bench/accuracy.py --draft kitase-shi --verbose
    python bench/accuracy.py --preregistered  # the gold lists as committed before the first run
    python bench/accuracy.py --save           # record the .txt result in bench/accuracy_baseline.json
    python bench/accuracy.py --set tests/heldout-b  # another folder of drafts and gold lists

``--set DIR`` (alias ``--dir``) scores the drafts of another folder laid out like
``tests/heldout/`` (default). A set other than the default keeps its own baseline,
``bench/accuracy_baseline.<folder name>.json``, so the default set's baseline is never compared
with, or overwritten by, another set's figures.

Every run compares its .txt result with ``bench/accuracy_baseline.json`` when it exists (the
engine's figures when the held-out drafts were written): totals before and after, defects found
that were missed, defects now missed, false findings that went away and new ones.

Matching, precisely
-------------------
A *counted finding* is a finding of severity ``error`` or ``warning``. Precision is computed
over counted findings only; ``info`` findings are never false.

A finding F **matches** a gold defect G when all three hold:

1. **Requirement.** ``F.requirement`` is one of G's requirement ids (``requirement`` is a
   string or a list of acceptable ids). A finding that names no requirement (a pure drafting
   rule) matches by rule instead: ``F.rule`` equals G's ``rule``. G's ``rule`` is otherwise only
   the rule the author expected to report it (shown for missed defects, never required: the
   defect is what counts, not which rule finds it). A gold defect that names no requirement
   (``null``: its author files it as a pure drafting point) is matched by rule the same way,
   whatever requirement the profile gives the finding.
2. **Severity.** ``F.severity`` is ``error`` or ``warning``, or equals G's stated ``severity``
   (so an ``info`` gold defect, e.g. an O6 missing law number, is found by an ``info`` finding;
   the severity level itself is not otherwise compared: an error reported as a warning is found,
   and the table lists such severity differences separately).
3. **Location.** F lies at G's ``location`` or at one of G's ``also`` locations, where a location
   label is read as follows:

   - ``第N条[のM…][第P項][第K号[のL…][ア[(イ)]]]`` (half-width Arabic, the engine's label
     form): F's ``location.article`` is that article; when the label gives a paragraph, F's
     paragraph is that paragraph; when it gives an item, F's item path is that item or one of
     its sub-items (``"2"`` accepts ``"2"`` and ``"2.1"``). A paragraph-less label accepts any
     paragraph. A finding anchored on a whole article (``location.paragraph`` is ``None``, as
     the engine anchors an element missing from an article on its caption) lies at every
     paragraph and item of that article. Independently of the location fields, F also lies
     there when the start of its span falls inside the span of that node in the parsed draft.
   - ``第N章`` / ``第N章のM`` / ``第N章第S節``: F's article belongs to that division, or F's span
     starts inside the division's span (its heading included).
   - ``目次``: F's span starts inside the table of contents (first to last entry).
   - ``題名``: F's span starts inside the title.
   - ``附則`` (or ``付則``), optionally followed by the amending ordinance in brackets as printed in
     the heading (``附則（平成29年9月28日条例第24号）``, compared after NFKC and 付→附) and by
     ``第P項`` or ``第N条``: F's span starts inside that 附則 (the first one when no bracket is
     given), or inside that paragraph or article of it.
   - ``全体``: anywhere (a finding about the whole draft, e.g. C0 when the draft has no
     非識別 mechanism).

A counted finding is **true** when it matches at least one gold defect, **false** otherwise. A
gold defect is **found** when at least one finding matches it. Several findings may match the
same defect (the engine reports the 略称 at each use): all of them are true, and the extra ones
are counted as *duplicates*.

- precision = true / counted findings (1.0 when there are none)
- recall = found / gold defects (1.0 when there are none)

Every false finding and every missed defect is listed. A false finding that lies at a provision
the gold list marks as ``accepted`` is flagged as contradicting that note; one that lies at the
location of a gold defect but names another requirement is flagged as restating that defect
(it is still false: the officer reads a second, differently labelled comment on the same text).
False findings are grouped by class (``FP_CLASSES``: the rule families of the engine).

Layouts
-------
``--layouts`` reviews each draft again as every layout the readers accept, each generated from
the .txt by one function in ``LAYOUTS`` (``layout name → function(text, workdir) -> path``):
``docx`` (python-docx, one Word paragraph per line), ``html`` (a 例規集-like page, one ``<p>``
per line), ``web`` (flattened web copy), ``pdf`` (PDF-extracted text) and ``wrapped`` (hard-wrapped
at 38 characters) -- ``web`` and ``pdf`` use the transforms of ``fixtures/tools/make_variants.py``;
``wrapped`` follows its rule (a continuation line never starts with a closing mark or with text a
parser could take for a marker) with the markers of every numbering style: Arabic, full-width
and kanji numbers (``第１４条``, ``二　``) are avoided at line starts as ASCII ones are.
Adding a layout (e.g. PDF files when a PDF reader exists) is one function added to ``LAYOUTS``.
Each layout is scored like the .txt, and its findings are compared with the .txt's findings by
``(rule, requirement, severity, place)`` where place is the location label, or for findings outside
the articles the region their span starts in (the n-th 目次 entry, a division heading, the n-th
附則, the title) or else their anchor text with spaces removed after NFKC; every difference is
reported.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ordreview.core.labels import location_label  # noqa: E402
from ordreview.core.model import Finding, Ordinance, Review, Span  # noqa: E402
from ordreview.core.profile import load_profile  # noqa: E402
from ordreview.core.review import review_file  # noqa: E402

HELDOUT = ROOT / "tests" / "heldout"
BASELINE = Path(__file__).with_name("accuracy_baseline.json")
COUNTED = ("error", "warning")
SEVERITIES = ("error", "warning", "info")

# Classes of false positives, by the rule that raised them (first match wins).
FP_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("element reported missing / coverage (gap, attention)", ("gap", "attention")),
    ("terms and abbreviations (term.*, abbr.*)", ("term.", "abbr.")),
    ("structure: headings, numbering, 目次 (num.*, toc.*, ref.chapter)", ("num.", "toc.", "ref.chapter")),
    ("references (ref.*)", ("ref.",)),
    ("definition diffs (def.*)", ("def.",)),
    ("law citations (cite.*)", ("cite.",)),
    ("other drafting rules", ("",)),
)


def fp_class(rule: str) -> str:
    """The false-positive class of a rule id."""
    for name, prefixes in FP_CLASSES:
        if any(rule.startswith(p) for p in prefixes):
            return name
    return FP_CLASSES[-1][0]


# --------------------------------------------------------------------------- gold files


GOLD_KEYS = {"draft", "title", "style", "clean", "defects", "accepted"}
DEFECT_KEYS = {"id", "requirement", "rule", "kind", "location", "severity", "seeded", "reviewer_ja"}
DEFECT_OPTIONAL = {"also", "added_after_run"}


def validate_gold(gold: dict[str, Any], requirement_ids: Iterable[str]) -> list[str]:
    """Problems with a gold file's shape (empty when valid). Locations are checked separately."""
    problems: list[str] = []
    known = set(requirement_ids)
    missing = GOLD_KEYS - gold.keys()
    if missing:
        problems.append(f"missing keys {sorted(missing)}")
    extra = gold.keys() - GOLD_KEYS
    if extra:
        problems.append(f"unknown keys {sorted(extra)}")
    defects = gold.get("defects", [])
    if not isinstance(defects, list):
        return problems + ["defects is not a list"]
    if gold.get("clean") is True and [d for d in defects if not d.get("added_after_run")]:
        problems.append("a clean draft lists defects (other than real ones found after the first run)")
    if gold.get("clean") is False and len([d for d in defects if d.get("seeded")]) < 5:
        problems.append("fewer than 5 seeded defects")
    seen: set[str] = set()
    for d in defects:
        did = d.get("id", "?")
        if did in seen:
            problems.append(f"{did}: duplicate id")
        seen.add(did)
        if DEFECT_KEYS - d.keys():
            problems.append(f"{did}: missing {sorted(DEFECT_KEYS - d.keys())}")
        if d.keys() - DEFECT_KEYS - DEFECT_OPTIONAL:
            problems.append(f"{did}: unknown keys {sorted(d.keys() - DEFECT_KEYS - DEFECT_OPTIONAL)}")
        for rid in requirements_of(d):
            if rid not in known:
                problems.append(f"{did}: unknown requirement {rid}")
        if d.get("severity") not in SEVERITIES:
            problems.append(f"{did}: bad severity {d.get('severity')!r}")
        for label in [d.get("location", "")] + list(d.get("also", [])):
            if parse_label(label) is None:
                problems.append(f"{did}: unreadable location {label!r}")
        if not str(d.get("reviewer_ja", "")).strip():
            problems.append(f"{did}: empty reviewer_ja")
    for a in gold.get("accepted", []):
        if parse_label(a.get("location", "")) is None:
            problems.append(f"accepted: unreadable location {a.get('location')!r}")
        if not str(a.get("note_ja", "")).strip():
            problems.append(f"accepted {a.get('location')!r}: no note_ja (why the provision is correct)")
    return problems


def requirements_of(defect: dict[str, Any]) -> tuple[str, ...]:
    """The acceptable requirement ids of a gold defect."""
    req = defect.get("requirement")
    return tuple(req) if isinstance(req, list) else (req,) if req else ()


def load_golds(
    names: Iterable[str] | None = None, *, preregistered: bool = False, folder: Path | None = None
) -> list[tuple[Path, dict[str, Any]]]:
    """(draft path, gold) for every held-out draft, sorted by name; ``names`` filters.

    ``preregistered`` drops the defects added after the first run (``added_after_run``).
    ``folder`` is the set of drafts (default ``tests/heldout``).
    """
    folder = HELDOUT if folder is None else folder
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        if names and name not in names:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if preregistered:
            gold["defects"] = [d for d in gold["defects"] if not d.get("added_after_run")]
        out.append((folder / gold["draft"], gold))
    return out


# --------------------------------------------------------------------------- location labels


@dataclass(frozen=True)
class Label:
    """A parsed gold location label."""

    kind: str  # "article" | "division" | "toc" | "title" | "suppl" | "all"
    article: str | None = None  # e-Gov number, "38_13"
    paragraph: int | None = None
    item: str | None = None  # item path, "2" or "2.1"
    division: str | None = None  # Division.key, "4_2" or "4.1"
    suppl: str | None = None  # bracket text of the 附則 heading, NFKC
    suppl_paragraph: int | None = None
    suppl_article: str | None = None


_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_ART_RE = re.compile(
    r"^第(\d+)条((?:の\d+)*)(?:第(\d+)項)?(?:第(\d+)号((?:の\d+)*)(?:([ア-ン])(?:\(([ア-ン])\))?)?)?$"
)
_DIV_RE = re.compile(r"^第(\d+)章((?:の\d+)*)(?:第(\d+)節)?$")
_SUPPL_RE = re.compile(r"^[附付]則(?:（([^）]*)）)?(?:第(\d+)(項|条))?$")


def _branch(s: str) -> str:
    return "".join("_" + p for p in s.split("の") if p)


def parse_label(label: str) -> Label | None:
    """Read a gold location label; ``None`` when it is not one of the documented forms."""
    label = unicodedata.normalize("NFKC", label).strip() if label else ""
    # NFKC turns （ ） into ( ); the 附則 form is matched on the original brackets below.
    raw = label.replace("(", "（").replace(")", "）")
    if label == "全体":
        return Label("all")
    if label == "目次":
        return Label("toc")
    if label == "題名":
        return Label("title")
    m = _ART_RE.match(label)
    if m:
        art = m.group(1) + _branch(m.group(2))
        item = None
        if m.group(4):
            item = m.group(4) + _branch(m.group(5) or "")
            for kana in (m.group(6), m.group(7)):
                if kana:
                    item += "." + str(_KANA.index(kana) + 1)
        return Label("article", article=art, paragraph=int(m.group(3)) if m.group(3) else None, item=item)
    m = _DIV_RE.match(label)
    if m:
        key = m.group(1) + _branch(m.group(2))
        if m.group(3):
            key += "." + m.group(3)
        return Label("division", division=key)
    m = _SUPPL_RE.match(raw)
    if m:
        unit = m.group(3)
        return Label(
            "suppl",
            suppl=_norm(m.group(1)) if m.group(1) else None,
            suppl_paragraph=int(m.group(2)) if unit == "項" else None,
            suppl_article=m.group(2) if unit == "条" else None,
        )
    return None


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("付", "附").replace(" ", "").replace("　", "")


_KANJI_NUMBER = re.compile("[〇一二三四五六七八九十百千]+")


def _numbers_arabic(text: str) -> str:
    """Kanji numbers written as Arabic ones, so that a 附則's heading 「（平成三十年三月二十七日条例第十四号）」 and a gold
    label 「附則(平成三十年三月二十七日条例第14号)第1項」 name the same amending ordinance."""
    from ordreview.core.parse.numbers import to_int

    return _KANJI_NUMBER.sub(lambda m: str(to_int(m.group(0))), text)


# --------------------------------------------------------------------------- regions in a parsed draft


def _node_span(ordinance: Ordinance, lab: Label) -> Span | None:
    """The span of the article / paragraph / item a label names, or ``None``."""
    art = ordinance.article(lab.article) if lab.article else None
    if art is None:
        return None
    span = art.span
    paras = art.paragraphs
    if lab.paragraph is not None:
        para = next((p for p in paras if p.num == lab.paragraph), None)
        if para is None:
            return None
        span, paras = para.span, (para,)
    if lab.item:
        items = tuple(i for p in paras for i in p.items)
        node = None
        for num in lab.item.split("."):
            node = next((i for i in items if i.num == num), None)
            if node is None:
                return None
            items = node.items
        span = node.span if node else span
    return span


def _suppl_span(ordinance: Ordinance, lab: Label) -> Span | None:
    text = ordinance.text
    chosen = None
    for sp in ordinance.suppl_provisions:
        line_end = text.find("\n", sp.span.start)
        head = text[sp.span.start : line_end if line_end >= 0 else sp.span.end]
        if (lab.suppl is None or lab.suppl in _norm(head) or lab.suppl == _norm(sp.amend_law_num or "")
                or _numbers_arabic(lab.suppl) in _numbers_arabic(_norm(head))):
            chosen = sp
            break
    if chosen is None:
        return None
    if lab.suppl_paragraph is not None:
        paras = chosen.paragraphs
        para = next((p for p in paras if p.num == lab.suppl_paragraph), None)
        return para.span if para else None
    if lab.suppl_article is not None:
        art = next((a for a in chosen.articles if a.num == lab.suppl_article), None)
        return art.span if art else None
    return chosen.span


def label_exists(ordinance: Ordinance, label: str) -> bool:
    """True when the label names a provision (or region) that exists in the parsed draft."""
    lab = parse_label(label)
    if lab is None:
        return False
    if lab.kind == "all":
        return True
    if lab.kind == "article":
        return _node_span(ordinance, lab) is not None
    if lab.kind == "division":
        return any(d.key == lab.division for d in ordinance.divisions)
    if lab.kind == "toc":
        return bool(ordinance.toc)
    if lab.kind == "title":
        return ordinance.title_span is not None
    return _suppl_span(ordinance, lab) is not None


def _inside(span: Span | None, region: Span | None) -> bool:
    return span is not None and region is not None and region.start <= span.start < region.end


def at_location(f: Finding, label: str, *, ordinance: Ordinance) -> bool:
    """Whether finding ``f`` lies at the gold location ``label`` (see the module docstring)."""
    lab = parse_label(label)
    if lab is None:
        return False
    loc = f.location
    if lab.kind == "all":
        return True
    if lab.kind == "article":
        if loc.article == lab.article:
            if loc.paragraph is None:  # anchored on the whole article
                return True
            para_ok = lab.paragraph is None or loc.paragraph == lab.paragraph
            item_ok = lab.item is None or (
                loc.item is not None and (loc.item == lab.item or loc.item.startswith(lab.item + "."))
            )
            if para_ok and item_ok:
                return True
        return _inside(loc.span, _node_span(ordinance, lab))
    if lab.kind == "division":
        div = next((d for d in ordinance.divisions if d.key == lab.division), None)
        if div is None:
            return False
        return (loc.article is not None and loc.article in div.articles) or _inside(loc.span, div.span)
    if lab.kind == "toc":
        if not ordinance.toc:
            return False
        region = Span(ordinance.toc[0].span.start, ordinance.toc[-1].span.end)
        return _inside(loc.span, region)
    if lab.kind == "title":
        return _inside(loc.span, ordinance.title_span)
    return _inside(loc.span, _suppl_span(ordinance, lab))


# --------------------------------------------------------------------------- scoring


def matches(f: Finding, defect: dict[str, Any], *, ordinance: Ordinance) -> bool:
    """Whether finding ``f`` reports gold ``defect`` (requirement/rule, severity, location)."""
    if f.requirement is not None and requirements_of(defect):
        if f.requirement not in requirements_of(defect):
            return False
    elif f.rule != defect.get("rule"):
        return False
    if f.severity not in COUNTED and f.severity != defect.get("severity"):
        return False
    labels = [defect["location"], *defect.get("also", [])]
    return any(at_location(f, label, ordinance=ordinance) for label in labels)


@dataclass
class DraftScore:
    """The score of one draft in one layout."""

    name: str
    layout: str
    counted: int = 0
    true: int = 0
    duplicates: int = 0
    gold: int = 0
    found: int = 0
    false: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    severity_diffs: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    clean: bool = False
    """The draft was written clean (gold ``"clean": true``): its errors count in ``errors_on_clean``
    unless they are true (a real defect its author overlooked, ``added_after_run``)."""

    @property
    def precision(self) -> float:
        """True counted findings over all counted findings (1.0 when there are none)."""
        return self.true / self.counted if self.counted else 1.0

    @property
    def recall(self) -> float:
        """Gold defects found over gold defects (1.0 when there are none)."""
        return self.found / self.gold if self.gold else 1.0

    def to_json(self) -> dict[str, Any]:
        """The score as a JSON-ready dict."""
        return {
            "name": self.name, "layout": self.layout, "counted": self.counted, "true": self.true,
            "duplicates": self.duplicates, "false_count": len(self.false), "gold": self.gold,
            "found": self.found, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "false": self.false, "missed": self.missed, "severity_diffs": self.severity_diffs,
            "seconds": round(self.seconds, 3),
        }


def finding_brief(f: Finding, ordinance: Ordinance | None = None) -> dict[str, Any]:
    """What the report shows of a finding."""
    return {
        "rule": f.rule, "requirement": f.requirement, "severity": f.severity,
        "location": location_label(f.location) or place_of(f, ordinance), "anchor": f.anchor_text[:40],
        "message_ja": f.message_ja, "class": fp_class(f.rule),
    }


def score(review: Review, gold: dict[str, Any], *, name: str, layout: str) -> DraftScore:
    """Score one review against its gold list."""
    ordinance = review.ordinance
    defects = gold["defects"]
    s = DraftScore(name, layout, gold=len(defects), clean=gold.get("clean") is True)
    hits: Counter[str] = Counter()
    for f in review.findings:
        matched = [d for d in defects if matches(f, d, ordinance=ordinance)]
        for d in matched:
            hits[d["id"]] += 1
            if f.severity != d["severity"] and f.severity in COUNTED:
                s.severity_diffs.append(
                    {"defect": d["id"], "expected": d["severity"], "got": f.severity, "rule": f.rule}
                )
        if f.severity not in COUNTED:
            continue
        s.counted += 1
        if matched:
            s.true += 1
            if any(hits[d["id"]] > 1 for d in matched):
                s.duplicates += 1
        else:
            brief = finding_brief(f, ordinance)
            notes = [
                a["note_ja"] for a in gold.get("accepted", []) if at_location(f, a["location"], ordinance=ordinance)
            ]
            if notes:
                brief["contradicts_accepted"] = notes
            restated = [
                d["id"] for d in defects
                if any(_same_provision(f, label, ordinance=ordinance) for label in [d["location"], *d.get("also", [])])
            ]
            if restated:
                brief["restates"] = restated
            s.false.append(brief)
    for d in defects:
        if hits[d["id"]]:
            s.found += 1
        else:
            s.missed.append({
                "id": d["id"], "requirement": list(requirements_of(d)), "rule": d["rule"], "kind": d["kind"],
                "location": d["location"], "severity": d["severity"], "reviewer_ja": d["reviewer_ja"],
                "near": near_misses(review, d),
            })
    return s


def _same_provision(f: Finding, label: str, *, ordinance: Ordinance) -> bool:
    """Whether ``f`` sits on the very provision ``label`` names (no article-wide or region match)."""
    lab = parse_label(label)
    loc = f.location
    if lab is None or lab.kind in ("all", "division"):
        return False
    if lab.kind != "article":
        return at_location(f, label, ordinance=ordinance)
    art = ordinance.article(lab.article or "")
    if lab.paragraph is None and lab.item is None and (art is None or len(art.paragraphs) != 1):
        return False  # a whole multi-paragraph article is not "the same provision"
    return (
        loc.article == lab.article
        and loc.paragraph is not None
        and (lab.paragraph is None or loc.paragraph == lab.paragraph)
        and (lab.item is None or (loc.item or "").split(".")[0] == lab.item.split(".")[0])
    )


def near_misses(review: Review, defect: dict[str, Any]) -> list[str]:
    """Findings of the right requirement/rule elsewhere (why a defect counts as missed)."""
    out = []
    for f in review.findings:
        if f.requirement in requirements_of(defect) or (f.requirement is None and f.rule == defect.get("rule")):
            place = location_label(f.location) or place_of(f, review.ordinance)
            out.append(f"{f.rule}/{f.requirement}/{f.severity}@{place}")
    return out[:5]


# --------------------------------------------------------------------------- layouts


def _variants_module() -> Any:
    path = ROOT / "fixtures" / "tools" / "make_variants.py"
    spec = importlib.util.spec_from_file_location("_make_variants", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_VARIANTS: Any = None


def _variant(fn_name: str) -> Callable[[str], str]:
    global _VARIANTS
    if _VARIANTS is None:
        _VARIANTS = _variants_module()
    return getattr(_VARIANTS, fn_name)  # type: ignore[no-any-return]


def _write(workdir: Path, name: str, text: str) -> Path:
    path = workdir / name
    path.write_text(text, encoding="utf-8")
    return path


def layout_txt(text: str, workdir: Path) -> Path:
    """The draft as it is (UTF-8 .txt)."""
    return _write(workdir, "draft.txt", text)


def layout_web(text: str, workdir: Path) -> Path:
    """Copied from a 例規集 web page: no indentation, no blank lines."""
    return _write(workdir, "draft-web.txt", _variant("flat_web")(text))


def layout_pdf(text: str, workdir: Path) -> Path:
    """Text extracted from a PDF: spaced digits, half-width brackets, captions on article lines."""
    return _write(workdir, "draft-pdf.txt", _variant("pdf_flattened")(text))


WRAP_WIDTH = 38
_NO_LINE_START = "、。）」"
# After NFKC: a digit, a bracket, 第N条 (any digits), a kanji number or katakana followed by a space.
_MARKER_START = re.compile(
    r"^(?:[0-9(（⑴-⒇]|第[0-9一二三四五六七八九十百]+条|[一二三四五六七八九十]+[ 　]|[ァ-ヶ][ 　])"
)


def _wrap_line(line: str, width: int = WRAP_WIDTH) -> list[str]:
    """Hard-wrap one line, never starting a continuation with a closing mark or a marker."""
    pieces: list[str] = []
    rest = line
    while len(rest) > width:
        cut = width
        while cut > 1 and (
            rest[cut] in _NO_LINE_START
            or _MARKER_START.match(unicodedata.normalize("NFKC", rest[cut : cut + 8]))
        ):
            cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def layout_wrapped(text: str, workdir: Path) -> Path:
    """Every line hard-wrapped at ``WRAP_WIDTH`` characters."""
    out = [piece for line in text.rstrip("\n").split("\n") for piece in _wrap_line(line)]
    return _write(workdir, "draft-wrapped.txt", "\n".join(out) + "\n")


def layout_docx(text: str, workdir: Path) -> Path:
    """A Word file with one paragraph per line of the draft (python-docx)."""
    import docx  # python-docx: only the bench builds Word files here

    document = docx.Document()
    for line in text.rstrip("\n").split("\n"):
        document.add_paragraph(line)
    path = workdir / "draft.docx"
    document.save(str(path))
    return path


def layout_html(text: str, workdir: Path) -> Path:
    """A 例規集-like web page with one ``<p>`` per non-blank line."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.rstrip("\n").split("\n") if line.strip())
    head = '<html lang="ja"><head><meta charset="utf-8"><title>例規</title></head>'
    page = f"<!DOCTYPE html>\n{head}\n<body>\n{body}\n</body></html>\n"
    return _write(workdir, "draft.html", page)


LAYOUTS: dict[str, Callable[[str, Path], Path]] = {
    "txt": layout_txt,
    "docx": layout_docx,
    "html": layout_html,
    "web": layout_web,
    "pdf": layout_pdf,
    "wrapped": layout_wrapped,
}


def place_of(f: Finding, ordinance: Ordinance | None = None) -> str:
    """A layout-independent place for a finding outside the articles."""
    span = f.location.span
    if ordinance is not None and span is not None:
        for i, entry in enumerate(ordinance.toc):
            if entry.span.start <= span.start < entry.span.end:
                return f"目次[{i + 1}]"
        if ordinance.title_span and ordinance.title_span.start <= span.start < ordinance.title_span.end:
            return "題名"
        for i, sp in enumerate(ordinance.suppl_provisions):
            if sp.span.start <= span.start < sp.span.end:
                return f"附則[{i + 1}]"
        for d in ordinance.divisions:
            first_article = ordinance.article(d.articles[0]) if d.articles else None
            heading_end = first_article.span.start if first_article else d.span.end
            if d.span.start <= span.start < heading_end:
                return f"{d.kind}[{d.key}]"
    anchor = re.sub(r"\s", "", unicodedata.normalize("NFKC", f.anchor_text))
    return f"@{anchor[:20]}" if anchor else "-"


def finding_key(f: Finding, ordinance: Ordinance) -> tuple[str, str, str, str]:
    """What must be the same across layouts."""
    return (f.rule, f.requirement or "", f.severity, location_label(f.location) or place_of(f, ordinance))


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    """All scores of one bench run."""

    scores: list[DraftScore] = field(default_factory=list)
    layout_diffs: dict[str, dict[str, dict[str, list[str]]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def run(
    names: Iterable[str] | None, layouts: Iterable[str], *, preregistered: bool = False,
    folder: Path | None = None,
) -> Run:
    """Review and score every held-out draft of ``folder`` (default ``tests/heldout``) in every layout."""
    profile = load_profile(None)
    result = Run()
    for draft_path, gold in load_golds(names, preregistered=preregistered, folder=folder):
        name = draft_path.name[: -len(".txt")]
        text = draft_path.read_text(encoding="utf-8")
        keys: dict[str, Counter[tuple[str, str, str, str]]] = {}
        with tempfile.TemporaryDirectory() as tmp:
            for layout in layouts:
                workdir = Path(tmp) / layout
                workdir.mkdir()
                try:
                    path = LAYOUTS[layout](text, workdir)
                    t0 = time.perf_counter()
                    review = review_file(path, profile=profile)
                    seconds = time.perf_counter() - t0
                except Exception as exc:  # a layout the readers refuse is a finding of the bench
                    result.errors.append(f"{name}/{layout}: {type(exc).__name__}: {exc}")
                    continue
                s = score(review, gold, name=name, layout=layout)
                s.seconds = seconds
                result.scores.append(s)
                keys[layout] = Counter(finding_key(f, review.ordinance) for f in review.findings)
        base = keys.get("txt")
        if base is not None:
            for layout, got in keys.items():
                if layout == "txt":
                    continue
                only_txt = sorted("/".join(k) for k in (base - got).elements())
                only_layout = sorted("/".join(k) for k in (got - base).elements())
                if only_txt or only_layout:
                    result.layout_diffs.setdefault(name, {})[layout] = {
                        "only_in_txt": only_txt, "only_in_layout": only_layout,
                    }
    return result


def totals(scores: list[DraftScore]) -> dict[str, Any]:
    """Summed figures, false findings by class and rule, misses by kind."""
    counted = sum(s.counted for s in scores)
    true = sum(s.true for s in scores)
    gold = sum(s.gold for s in scores)
    found = sum(s.found for s in scores)
    by_class = Counter(f["class"] for s in scores for f in s.false)
    by_rule = Counter(f"{f['rule']}/{f['requirement']}" for s in scores for f in s.false)
    missed_by_kind = Counter(m["kind"] for s in scores for m in s.missed)
    return {
        "counted": counted, "true": true, "false": counted - true, "gold": gold, "found": found,
        "precision": round(true / counted, 4) if counted else 1.0,
        "recall": round(found / gold, 4) if gold else 1.0,
        "false_by_class": dict(by_class.most_common()), "false_by_rule": dict(by_rule.most_common()),
        "missed_by_kind": dict(missed_by_kind.most_common()),
        "errors_on_clean": sum(
            1 for s in scores if s.clean or s.gold == 0 for f in s.false if f["severity"] == "error"
        ),
    }


_KEPT = ("counted", "true", "false", "gold", "found", "precision", "recall", "errors_on_clean")


def snapshot(scores: list[DraftScore]) -> dict[str, Any]:
    """What the baseline keeps of a .txt run: totals, and the false and missed items by key."""
    return {
        "totals": {k: v for k, v in totals(scores).items() if k in _KEPT},
        "false": sorted(f"{s.name}|{f['rule']}|{f['requirement']}|{f['severity']}|{f['location']}"
                        for s in scores for f in s.false),
        "missed": sorted(f"{s.name}|{m['id']}" for s in scores for m in s.missed),
    }


def compare(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The differences between two snapshots (see ``snapshot``)."""
    return {
        "before": before["totals"], "after": after["totals"],
        "now_found": sorted(set(before["missed"]) - set(after["missed"])),
        "now_missed": sorted(set(after["missed"]) - set(before["missed"])),
        "false_gone": sorted(set(before["false"]) - set(after["false"])),
        "false_new": sorted(set(after["false"]) - set(before["false"])),
    }


def print_comparison(diff: dict[str, Any], baseline: Path = BASELINE) -> None:
    """The comparison with the saved baseline, in a few lines per list."""
    b, a = diff["before"], diff["after"]
    print(f"\n== compared with {baseline.name}")
    print(f"precision {b['precision']:.2f} -> {a['precision']:.2f}, "
          f"recall {b['recall']:.2f} -> {a['recall']:.2f}, false {b['false']} -> {a['false']}, "
          f"found {b['found']}/{b['gold']} -> {a['found']}/{a['gold']}")
    for key, title in (("now_found", "defects now found"), ("now_missed", "defects now missed"),
                       ("false_gone", "false findings gone"), ("false_new", "new false findings")):
        if diff[key]:
            print(f"{title} ({len(diff[key])}):")
            for item in diff[key]:
                print(f"  {item}")


def print_report(result: Run, layouts: list[str], *, verbose: bool) -> None:
    """The per-draft tables, then (for the .txt, or every layout with ``verbose``) the lists."""
    for layout in layouts:
        scores = [s for s in result.scores if s.layout == layout]
        if not scores:
            continue
        print(f"\n== layout: {layout}")
        print(f"{'draft':<18} {'E+W':>4} {'true':>4} {'false':>5} {'dup':>4} {'gold':>4} {'found':>5} "
              f"{'prec':>6} {'recall':>6} {'ms':>6}")
        for s in scores:
            print(f"{s.name:<18} {s.counted:>4} {s.true:>4} {len(s.false):>5} {s.duplicates:>4} "
                  f"{s.gold:>4} {s.found:>5} "
                  f"{s.precision:>6.2f} {s.recall:>6.2f} {s.seconds * 1000:>6.0f}")
        t = totals(scores)
        print(f"{'TOTAL':<18} {t['counted']:>4} {t['true']:>4} {t['false']:>5} {'':>4} "
              f"{t['gold']:>4} {t['found']:>5} "
              f"{t['precision']:>6.2f} {t['recall']:>6.2f}")
        print(f"error findings on clean drafts: {t['errors_on_clean']}")
        if layout != "txt" and not verbose:
            continue
        print("\nfalse error/warning findings by class:")
        for cls, n in t["false_by_class"].items():
            print(f"  {n:>3}  {cls}")
        print("\nfalse error/warning findings:")
        for s in scores:
            for f in s.false:
                flag = "  [contradicts accepted note]" if f.get("contradicts_accepted") else ""
                if f.get("restates"):
                    flag += f"  [restates {', '.join(f['restates'])} under another requirement]"
                head = f"{s.name}: {f['severity']} {f['rule']}/{f['requirement']} @{f['location']}"
                print(f"  {head}: {f['message_ja'][:90]}{flag}")
        print("\nmissed gold defects:")
        for s in scores:
            for m in s.missed:
                near = f"  (elsewhere: {', '.join(m['near'])})" if m["near"] else ""
                reqs = "/".join(m["requirement"])
                print(f"  {s.name}: {m['id']} {reqs} {m['kind']} @{m['location']}{near}")
        diffs = [(s.name, d) for s in scores for d in s.severity_diffs]
        if diffs:
            print("\nfound with another severity than the gold's:")
            for name, d in diffs:
                print(f"  {name}: {d['defect']} expected {d['expected']}, got {d['got']} ({d['rule']})")
    if result.layout_diffs:
        print("\n== findings that differ from the .txt layout")
        for name, per_layout in result.layout_diffs.items():
            for layout, d in per_layout.items():
                n_txt, n_layout = len(d["only_in_txt"]), len(d["only_in_layout"])
                print(f"  {name} [{layout}]: {n_txt} only in txt, {n_layout} only in {layout}")
                if verbose:
                    for k in d["only_in_txt"]:
                        print(f"      - {k}")
                    for k in d["only_in_layout"]:
                        print(f"      + {k}")
    elif len(layouts) > 1:
        print("\n== every layout gives the same findings as the .txt")
    for err in result.errors:
        print(f"!! {err}")


def baseline_path(folder: Path) -> Path:
    """The baseline file of a set of drafts: the historical name for the default set."""
    if folder.resolve() == HELDOUT.resolve():
        return BASELINE
    return BASELINE.with_name(f"accuracy_baseline.{folder.resolve().name}.json")


def main(argv: list[str] | None = None) -> int:
    """Command line; exit 1 when a layout could not be reviewed, else 0 (figures never fail it)."""
    ap = argparse.ArgumentParser(description="Accuracy on the held-out drafts, scored by location and kind.")
    ap.add_argument("--layouts", action="store_true",
                    help="also review every reader layout generated from the .txt")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--draft", action="append", help="only this draft (name without .txt); repeatable")
    ap.add_argument("--save", action="store_true", help="record the .txt result as the baseline")
    ap.add_argument("--preregistered", action="store_true",
                    help="score against the gold lists as committed before the first run")
    ap.add_argument("--verbose", action="store_true", help="list false findings and misses for every layout")
    ap.add_argument("--set", "--dir", dest="folder", type=Path, default=None, metavar="DIR",
                    help="folder of drafts and gold lists (default: tests/heldout)")
    args = ap.parse_args(argv)
    folder = HELDOUT if args.folder is None else args.folder
    if not folder.is_absolute() and not folder.exists():
        folder = ROOT / folder
    if not folder.is_dir() or not any(folder.glob("*.gold.json")):
        print(f"評価セットが見つかりません（.gold.json のあるフォルダを指定してください）: {folder}\n"
              f"no evaluation set (a folder with .gold.json files): {folder}", file=sys.stderr)
        return 2
    baseline = baseline_path(folder)
    layouts = list(LAYOUTS) if args.layouts else ["txt"]
    result = run(args.draft, layouts, preregistered=args.preregistered, folder=folder)
    txt_scores = [s for s in result.scores if s.layout == "txt"]
    comparison = None
    if args.save:
        text = json.dumps(snapshot(txt_scores), ensure_ascii=False, indent=1) + "\n"
        baseline.write_text(text, encoding="utf-8")
    elif baseline.exists() and not args.draft and not args.preregistered:
        comparison = compare(json.loads(baseline.read_text(encoding="utf-8")), snapshot(txt_scores))
    if args.json:
        out = {
            "layouts": {
                layout: {
                    "totals": totals([s for s in result.scores if s.layout == layout]),
                    "drafts": [s.to_json() for s in result.scores if s.layout == layout],
                }
                for layout in layouts
            },
            "layout_differences": result.layout_diffs,
            "baseline_comparison": comparison,
            "errors": result.errors,
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_report(result, layouts, verbose=args.verbose)
        if comparison is not None:
            print_comparison(comparison, baseline)
        if args.save:
            print(f"\nbaseline saved: {baseline}")
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())

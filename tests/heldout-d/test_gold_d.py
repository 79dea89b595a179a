"""The fourth held-out set's gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-d``), and the drafts are not
even parsed by the engine: whether a location exists is decided by a small reading of the text
below (article headings in Arabic, full-width or kanji numbers, paragraph numbers, chapter
headings, 附則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"
OTHER_SETS = ("heldout", "heldout-b", "heldout-c", "heldout-intake", "heldout2023", "heldout2023-b")


def _bench():
    name = "bench_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


acc = _bench()
GOLDS = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _text(gold: dict) -> str:
    return (HERE / gold["draft"]).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- a small, independent reading

_KANJI = "〇一二三四五六七八九"


def _kanji(n: int) -> str:
    """1..99 in kanji numerals (十, 二十三)."""
    tens, ones = divmod(n, 10)
    out = ("" if tens <= 1 else _KANJI[tens]) + ("十" if tens else "")
    return out + (_KANJI[ones] if ones else "")


def _norm(line: str) -> str:
    """NFKC, kanji article/chapter numbers turned into Arabic ones."""
    line = unicodedata.normalize("NFKC", line)

    def arabic(m: re.Match) -> str:
        s = m.group(1)
        for n in range(99, 0, -1):
            if s == _kanji(n):
                return m.group(0).replace(s, str(n), 1)
        return m.group(0)

    return re.sub(r"(?:第|の)([一二三四五六七八九十]+)", arabic, line)


def _lines(text: str) -> list[str]:
    return [_norm(line).strip() for line in text.splitlines()]


def _article_lines(lines: list[str], num: str, branch: str) -> list[str] | None:
    """The lines of article 第{num}条{branch} (branch "" or "の2") in the draft, or None."""
    head = re.compile(rf"^第{num}条{branch}(?![の0-9])")
    start = next((i for i, ln in enumerate(lines) if head.match(ln)), None)
    if start is None:
        return None
    out = [lines[start]]
    for ln in lines[start + 1 :]:
        if re.match(r"^(第[0-9]+条|第[0-9]+章|第[0-9]+節|[附付]\s*則|別表|\([^)]*\)$)", ln):
            break
        out.append(ln)
    return out


def _paragraph_exists(body: list[str], p: int) -> bool:
    return p == 1 or any(re.match(rf"^{p}\s", ln) for ln in body[1:])


def location_exists(text: str, label: str) -> bool:
    """Whether the draft has the provision a gold label names (article, paragraph, division, 附則)."""
    lines = _lines(text)
    lab = unicodedata.normalize("NFKC", label)
    if lab in ("全体", "題名"):
        return True
    if lab == "目次":
        return "目次" in lines
    m = re.match(r"^第([0-9]+)条((?:の[0-9]+)*)(?:第([0-9]+)項)?(?:第([0-9]+)号)?", lab)
    if m:
        body = _article_lines(lines, m.group(1), m.group(2))
        if body is None:
            return False
        return not m.group(3) or _paragraph_exists(body, int(m.group(3)))
    m = re.match(r"^(第[0-9]+章(?:の[0-9]+)?)(第[0-9]+節)?$", lab)
    if m:
        chapter = next((i for i, ln in enumerate(lines) if re.match(rf"^{m.group(1)}\s", ln)), None)
        if chapter is None or not m.group(2):
            return chapter is not None
        return any(re.match(rf"^{m.group(2)}\s", ln) for ln in lines)
    m = re.match(r"^[附付]則(?:[（(]([^）)]*)[）)])?(?:第([0-9]+)(項|条))?$", lab)
    if m:
        first = next((i for i, ln in enumerate(lines) if re.match(r"^第1条", ln)), 0)
        heads = [i for i in range(first, len(lines)) if re.match(r"^[附付]\s*則", lines[i])]
        if m.group(1):
            heads = [i for i in heads if m.group(1) in lines[i].replace(" ", "")]
        if not heads:
            return False
        if not m.group(2):
            return True
        start = heads[0]
        nxt = [i for i in range(start + 1, len(lines)) if re.match(r"^([附付]\s*則|別表)", lines[i])]
        block = lines[start + 1 : nxt[0] if nxt else len(lines)]
        unit = m.group(3)
        if unit == "項":
            return int(m.group(2)) == 1 and bool(block) or any(re.match(rf"^{m.group(2)}\s", ln) for ln in block)
        return any(re.match(rf"^第{m.group(2)}条", ln) for ln in block)
    return False


def article_count(text: str) -> int:
    """Articles of the main provisions (numbered 条 headings from 第1条 to the first 附則)."""
    lines = _lines(text)
    first = next((i for i, ln in enumerate(lines) if re.match(r"^第1条", ln)), 0)
    count = 0
    for ln in lines[first:]:
        if re.match(r"^[附付]\s*則", ln):
            break
        if re.match(r"^第[0-9]+条(の[0-9]+)*\s", ln):
            count += 1
    return count


# --------------------------------------------------------------------------- tests


def test_the_set_has_six_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) == 6
    assert [g["clean"] for g in golds].count(True) == 1
    assert all((HERE / g["draft"]).is_file() for g in golds)
    names = {g["draft"] for g in golds}
    for other in OTHER_SETS:
        assert not names & {p.name for p in (ROOT / "tests" / other).glob("*.txt")}
    assert {p.name for p in HERE.glob("*.txt")} == names


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert all(d["id"].startswith(gold_path.name.split("-")[0]) for d in gold["defects"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_seeded_draft_has_six_to_ten_defects_and_a_few_accepted_provisions(gold_path: Path) -> None:
    gold = _gold(gold_path)
    seeded = [d for d in gold["defects"] if d["seeded"]]
    if gold["clean"]:
        assert seeded == [] and gold["defects"] == []
    else:
        assert 6 <= len(seeded) <= 10
        # defects of the three points of the Basic Policy or of drafting, not of one kind only
        kinds = {rid[0] for d in seeded for rid in acc.requirements_of(d)}
        assert len(kinds) >= 2
    assert len(gold["accepted"]) >= 3


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_draft_has_fifteen_to_forty_five_articles(gold_path: Path) -> None:
    assert 15 <= article_count(_text(_gold(gold_path))) <= 45


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
    gold = _gold(gold_path)
    text = _text(gold)
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    assert [(i, lab) for i, lab in labels if not location_exists(text, lab)] == []


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kanji = (HERE / "sagisawa-mura.txt").read_text(encoding="utf-8")
    assert location_exists(kanji, "第13条第2項") and not location_exists(kanji, "第13条第3項")
    assert location_exists(kanji, "第18条") and not location_exists(kanji, "第19条")
    assert location_exists(kanji, "附則第3項") and not location_exists(kanji, "附則第4項")
    branch = (HERE / "kurogane-shi.txt").read_text(encoding="utf-8")
    assert location_exists(branch, "第21条の14") and not location_exists(branch, "第21条の15")
    assert location_exists(branch, "第21条の7第2項") and not location_exists(branch, "第21条の7第3項")
    assert location_exists(branch, "第5章の2") and not location_exists(branch, "第5章の3")
    assert location_exists(branch, "附則第4項") and not location_exists(branch, "附則第5項")
    wide = (HERE / "asagiri-ken.txt").read_text(encoding="utf-8")
    assert location_exists(wide, "第5章第3節") and not location_exists(wide, "第5章第4節")
    assert location_exists(wide, "附則第3条") and not location_exists(wide, "附則第4条")
    assert location_exists(wide, "第2条第11項") and not location_exists(wide, "第2条第12項")
    gap = (HERE / "hamayu-cho.txt").read_text(encoding="utf-8")
    assert location_exists(gap, "第19条") and not location_exists(gap, "第18条")


def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    golds = acc.load_golds(folder=HERE)
    assert [p.name for p, _ in golds] == [_gold(p)["draft"] for p in GOLDS]
    assert acc.baseline_path(HERE).name == "accuracy_baseline.heldout-d.json"

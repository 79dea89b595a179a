"""The format checks shared by the gold lists of the 2016 held-out sets tests/heldout-f, -g and -h:
the set's shape, each gold list valid for the profile, the seeded defects' spread, the article count,
every location a provision of the draft. Only the format: the engine never reads these drafts here
(locations are decided by the small reading of ``tests/heldout_reading.py``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.heldout_reading import _lines, bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"

acc = bench_accuracy()


def gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def text(here: Path, g: dict) -> str:
    return (here / g["draft"]).read_text(encoding="utf-8")


def articles(draft: str) -> list[str]:
    """Article numbers of the main provisions (第1条 up to the first 附則/付則), caption after the number allowed."""
    lines = _lines(draft)
    first = next((i for i, ln in enumerate(lines) if re.match(r"^第1条[\s(]", ln)), 0)
    out = []
    for ln in lines[first:]:
        if re.match(r"^[附付]\s*則", ln):
            break
        m = re.match(r"^第([0-9]+条(?:の[0-9]+)*)[\s(]", ln)
        if m:
            out.append(m.group(1))
    return out


def check_set(here: Path, drafts: int) -> None:
    """``drafts`` drafts, one clean, no draft name shared with another held-out set."""
    golds = [gold(p) for p in sorted(here.glob("*.gold.json"))]
    assert len(golds) == drafts
    assert [g["clean"] for g in golds].count(True) == 1
    assert all((here / g["draft"]).is_file() for g in golds)
    names = {g["draft"] for g in golds}
    others = (p for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name.startswith("heldout") and p != here)
    for other in others:
        assert not names & {p.name for p in other.glob("*.txt")}
    assert {p.name for p in here.glob("*.txt")} == names


def check_gold_valid(gold_path: Path) -> None:
    g = gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(g, ids) == []
    assert g["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert all(d["id"].startswith(gold_path.name.split("-")[0]) for d in g["defects"])


def check_seeded(gold_path: Path, lo: int, hi: int) -> None:
    """A seeded draft has ``lo``–``hi`` seeded defects over several points; a clean one none."""
    g = gold(gold_path)
    seeded = [d for d in g["defects"] if d["seeded"]]
    if g["clean"]:
        assert seeded == [] and g["defects"] == []
    else:
        assert lo <= len(seeded) <= hi
        # drafting defects and at least one point of the Basic Policy, never one kind only
        kinds = {rid[0] for d in seeded for rid in acc.requirements_of(d)}
        assert "O" in kinds and len(kinds) >= 3
        # a consequence of the draft's choice is C0 only, and only where there is no 非識別 chapter
        # (a real defect found by the engine after the first run, ``added_after_run``, is neither)
        for d in g["defects"]:
            if not d["seeded"] and not d.get("added_after_run"):
                assert acc.requirements_of(d) == ("C0",) and "非識別加工情報の提供" not in text(gold_path.parent, g)
    assert len(g["accepted"]) >= 4


def check_article_count(gold_path: Path, lo: int, hi: int) -> None:
    assert lo <= len(articles(text(gold_path.parent, gold(gold_path)))) <= hi


def check_locations(gold_path: Path) -> None:
    g = gold(gold_path)
    draft = text(gold_path.parent, g)
    labels = [(d["id"], label) for d in g["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in g["accepted"]]
    assert [(i, lab) for i, lab in labels if not location_exists(draft, lab)] == []


def check_no_accepted_at_a_defect(gold_path: Path) -> None:
    g = gold(gold_path)
    defect_places = {d["location"] for d in g["defects"]}
    assert [a["location"] for a in g["accepted"] if a["location"] in defect_places] == []

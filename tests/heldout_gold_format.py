"""The format checks shared by the gold lists of the 2016 held-out sets (tests/heldout-f onward):
the set's shape, each gold list valid for the profile, the seeded defects' spread, the article count,
every location a provision of the draft. Only the format: the engine's review is never run on these
drafts (a set is scored once, by ``python bench/accuracy.py --set tests/heldout-…``), and the drafts
are not even parsed by the engine: whether a location exists is decided by the small reading of
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from tests.heldout_reading import _lines, bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "resources" / "profiles" / "basic-policy-2016.json"

acc = bench_accuracy()


def gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def text(here: Path, g: dict) -> str:
    return (here / g["draft"]).read_text(encoding="utf-8")


def read_draft(here: Path, name: str) -> str:
    """The text of the set's draft ``name`` (the file name without ``.txt``)."""
    return (here / f"{name}.txt").read_text(encoding="utf-8")


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
    if g["clean"]:  # (a real defect its author overlooked may be added after the first run)
        assert seeded == [] and all(d.get("added_after_run") for d in g["defects"])
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


def check_no_pair_seeded_twice(golds: list[Path]) -> int:
    """No (first requirement, kind) pair is seeded in two drafts of a set; returns how many pairs are seeded."""
    seen: dict[str, str] = {}
    for p in golds:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]
    return len(seen)


def check_seeded_drafts_touch_every_point(golds: list[Path]) -> None:
    """Every seeded draft of a set has seeded defects under definitions, 要配慮, the mechanism and drafting."""
    for p in golds:
        g = gold(p)
        if g["clean"]:
            continue
        points = {rid[0] for d in g["defects"] if d["seeded"] for rid in acc.requirements_of(d)[:1]}
        assert points == {"A", "B", "C", "O"}, (g["draft"], points)


def check_only_consequential(
    golds: list[Path], expected: dict[str, tuple[str, ...]], *, strict: bool = False
) -> dict[str, list[dict]]:
    """Only the drafts named in ``expected`` have a consequential defect (unseeded, and not
    ``added_after_run``), one each, under the requirements given: ``{"draft.txt": ("C0",)}``.
    With ``strict`` a defect added after the run counts as well (a set whose gold lists had none
    when its test was written, so that one may not be added unseen). Returns those defects by draft."""
    found: dict[str, list[dict]] = {}
    for p in golds:
        g = gold(p)
        ds = [d for d in g["defects"] if not d["seeded"] and (strict or not d.get("added_after_run"))]
        if ds:
            found[g["draft"]] = ds
    got = {name: [acc.requirements_of(d) for d in ds] for name, ds in found.items()}
    assert got == {name: [requirements] for name, requirements in expected.items()}, got
    return found


def common_gold_tests(
    here: Path, *, clean: str | None = None, spread: bool = False, every_point: bool = True, pairs: int | None = None
) -> dict[str, Callable[..., None]]:
    """The format tests every later 2016 held-out set (tests/heldout-o onward) runs on its folder:
    five drafts, one clean and no name shared with another set (``clean``: which one); each gold list
    valid; six or seven seeded defects over several points; 20–40 articles; every location a
    provision of the draft; no accepted provision at a defect's place; the scorer reading the folder
    with its own baseline. With ``spread``, the seeded defects' spread over the set as well: no
    (first requirement, kind) pair seeded in two drafts (``pairs``: how many pairs are seeded) and,
    unless ``every_point`` is false, every seeded draft touching A, B, C and O. A set's test module
    takes them in beside its own tests: ``globals().update(common_gold_tests(HERE))``."""
    import pytest

    golds = sorted(here.glob("*.gold.json"))
    each_gold = pytest.mark.parametrize("gold_path", golds, ids=lambda p: p.name)

    def test_the_set_has_five_drafts_one_clean_and_no_overlap_with_the_other_sets() -> None:
        check_set(here, 5)
        if clean is not None:
            assert [gold(p)["draft"] for p in golds if gold(p)["clean"]] == [clean]

    @each_gold
    def test_gold_file_is_valid(gold_path: Path) -> None:
        check_gold_valid(gold_path)

    @each_gold
    def test_every_seeded_draft_has_six_or_seven_defects_over_several_points(gold_path: Path) -> None:
        check_seeded(gold_path, 6, 7)

    @each_gold
    def test_every_draft_has_twenty_to_forty_articles(gold_path: Path) -> None:
        check_article_count(gold_path, 20, 40)

    @each_gold
    def test_every_gold_location_names_a_provision_of_the_draft(gold_path: Path) -> None:
        check_locations(gold_path)

    @each_gold
    def test_no_accepted_provision_is_also_the_location_of_a_defect(gold_path: Path) -> None:
        check_no_accepted_at_a_defect(gold_path)

    def test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
        loaded = acc.load_golds(folder=here)
        assert [p.name for p, _ in loaded] == [gold(p)["draft"] for p in golds]
        assert acc.baseline_path(here).name == f"accuracy_baseline.{here.name}.json"

    def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
        seeded = check_no_pair_seeded_twice(golds)
        if pairs is not None:
            assert seeded == pairs, seeded

    def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
        check_seeded_drafts_touch_every_point(golds)

    tests = [test_the_set_has_five_drafts_one_clean_and_no_overlap_with_the_other_sets, test_gold_file_is_valid,
             test_every_seeded_draft_has_six_or_seven_defects_over_several_points,
             test_every_draft_has_twenty_to_forty_articles, test_every_gold_location_names_a_provision_of_the_draft,
             test_no_accepted_provision_is_also_the_location_of_a_defect,
             test_the_scorer_reads_this_folder_as_a_set_with_its_own_baseline]
    if spread:
        tests.append(test_no_requirement_and_kind_is_seeded_in_two_drafts)
        if every_point:
            tests.append(test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting)
    else:
        assert every_point and pairs is None, "every_point and pairs go with spread"
    named = {t.__name__: t for t in tests}
    assert len(named) == len(tests)
    return named

"""A review's findings depend on the document and the profile only: not on the documents the
same process reviewed before (the window and ``ordreview batch`` review many in one process),
nor on which modules it happened to import first, nor on ``PYTHONHASHSEED``.

Each test reviews the same documents in this process and in a fresh process started in another
state (another hash seed, another order, a family of check modules imported first as an export
does, an edited copy of the bundled profile reviewed first) and compares the findings.
``bench/determinism.py`` does the same over every document of the repository.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

from ordreview import paths
from ordreview.core.draft_index import similarity_text
from ordreview.core.profile import load_profile, parse_profile

ROOT = Path(__file__).resolve().parents[2]

DOCUMENTS = (  # a 2016 draft with defects, a complete one, an older style, a post-2023 one
    "fixtures/defects.txt",
    "fixtures/model-complete.txt",
    "fixtures/old-style.txt",
    "fixtures/post-2023.txt",
)
BILL = ("fixtures/amend/bill-yamabuki-2017.txt", "fixtures/amend/current-yamabuki.txt")

# Run in this process and in a child: prints {name: findings} and the order of the rules.
SCRIPT = r"""
import copy, json, sys
from ordreview import paths
from ordreview.core.amend.billreview import review_bill
from ordreview.core.choose import choose_profile
from ordreview.core.parse import load_ordinance
from ordreview.core.profile import parse_profile
from ordreview.core.review import review_ordinance

def findings(review):
    return [[f.id, f.rule, f.severity, f.location.article, f.location.paragraph, f.message_ja, f.message_en]
            for f in review.findings]

def run(order, bill, prelude):
    from ordreview.core.labels import set_label_numerals
    set_label_numerals("arabic")  # (the officer's setting of label numerals, the same in both)
    if prelude:
        # an export imports one family of checks before any review; an officer's edited copy of
        # the bundled profile (same id and version, no variants or substitutions) reviewed first
        import ordreview.core.checks.integrity_style  # noqa: F401
        data = json.loads(paths.resource("profiles", "basic-policy-2016.json").read_text(encoding="utf-8"))
        data = copy.deepcopy(data)
        data["variants"], data["substitutions"] = [], []
        review_ordinance(load_ordinance(order[0]), parse_profile(data, path="edited.json"))
    out = {}
    for i, path in enumerate(order):
        if i == len(order) // 2:  # the bill halfway through
            current = load_ordinance(bill[1])
            out["bill"] = findings(review_bill(bill[0], bill[1], profile=choose_profile(current).profile).review)
        ordinance = load_ordinance(path)
        out[path] = findings(review_ordinance(ordinance, choose_profile(ordinance).profile))
    from ordreview.core.checks.registry import all_rules
    out["rules"] = [r.id for r in all_rules()]
    return out
"""


def _here(order: list[str]) -> dict:
    scope: dict = {}
    exec(SCRIPT, scope)  # noqa: S102 - the same code as the child's
    from ordreview.core.labels import label_numerals, set_label_numerals

    cwd, numerals = os.getcwd(), label_numerals()
    os.chdir(ROOT)
    try:
        return scope["run"](order, BILL, False)
    finally:
        os.chdir(cwd)
        set_label_numerals(numerals)


def _child(order: list[str], *, seed: str, prelude: bool) -> dict:
    code = SCRIPT + f"\nprint(json.dumps(run({order!r}, {BILL!r}, {prelude!r}), ensure_ascii=False))\n"
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_findings_do_not_depend_on_what_the_process_did_before() -> None:
    order = list(DOCUMENTS)
    here = _here(order)
    reversed_order = order[::-1]
    other = _child(reversed_order, seed="7", prelude=True)
    assert other["rules"] == here["rules"]  # the rules run in one order, whatever was imported first
    for name in [*DOCUMENTS, "bill"]:
        assert other[name] == here[name], name
    assert any(here[name] for name in DOCUMENTS) and here["bill"]  # (findings were compared, not empty lists)


def test_a_profile_sharing_the_bundled_id_keeps_its_own_wordings() -> None:
    """Two profiles with the same id and version (an officer's edited copy of the bundled one)
    never share a table of wordings, whichever was used first."""
    bundled = load_profile()
    text = "行政機関の長および実施機関"
    with_variants = similarity_text(bundled, text)
    data = copy.deepcopy(json.loads(paths.resource("profiles", "basic-policy-2016.json").read_text(encoding="utf-8")))
    data["variants"], data["substitutions"] = [], []
    bare = parse_profile(data, path="edited.json")
    assert bare.id == bundled.id and bare.version == bundled.version
    assert similarity_text(bare, text) == text  # nothing mapped: the copy has no variants
    assert similarity_text(bundled, text) == with_variants != text

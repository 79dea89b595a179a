"""The store with the real engine: fixtures/model-complete.txt and a revised draft of it."""

from __future__ import annotations

from pathlib import Path

from ordreview.core.review import review_file
from ordreview.store import Store
from tests.conftest import FIXTURES
from tests.store.factory import REVIEWER


def test_engine_review_is_stored_and_carried_to_a_revision(store: Store, tmp_path: Path) -> None:
    first = review_file(FIXTURES / "model-complete.txt")
    text = (FIXTURES / "model-complete.txt").read_text("utf-8")
    revised_path = tmp_path / "model-complete-rev2.txt"
    revised_path.write_text(
        "\n".join(line for line in text.splitlines() if "個人識別符号" not in line) + "\n", "utf-8"
    )
    second = review_file(revised_path)
    assert first.ordinance.title == second.ordinance.title == "みなと市個人情報保護条例"

    r1 = store.save_review(first, reviewer=REVIEWER, source_path=str(FIXTURES / "model-complete.txt"))
    assert [sf.finding for sf in store.findings(r1)] == list(first.findings)
    for n, finding in enumerate(first.findings):
        store.set_annotation(
            r1, finding.id, status="needs_fix", comment=f"注記{n}", author="山田", expected_version=None
        )

    r2 = store.save_review(second, reviewer=REVIEWER, source_path=str(revised_path))
    ids1 = [f.id for f in first.findings]
    ids2 = [f.id for f in second.findings]
    vanished = [fid for fid in ids1 if fid not in set(ids2)]
    assert vanished  # the revision really removed a finding
    rows = store.load_review_rows(r2)
    assert [(r.finding.id, r.state) for r in rows] == [(fid, "open") for fid in ids2] + [
        (fid, "obsolete") for fid in vanished
    ]
    notes = store.annotations(r2)
    assert {fid: a.comment for fid, a in notes.items()} == {
        fid: f"注記{n}" for n, fid in enumerate(ids1)
    }
    assert store.find_review_for(second.ordinance.document.source.sha256) == r2
    assert store.find_review_for(first.ordinance.document.source.sha256) == r1

"""Child process of ``test_crash.py``: writes annotations in a burst until it is killed.

Usage: ``python crash_child.py DB_PATH ROUND``. Prints ``READY`` once the store is open,
then one ``ACK <finding_id> <version> <comment>`` line per acknowledged write, flushed
right after ``set_annotation`` returned (so after COMMIT). The parent SIGKILLs it at a
random moment and checks that every acknowledged write is in the database.
"""

from __future__ import annotations

import sys

from ordreview.store import open_store


def main() -> None:
    """Open the store and write until killed."""
    db, round_no = sys.argv[1], int(sys.argv[2])
    store = open_store(db)
    review_id = 1
    versions = {fid: ann.version for fid, ann in store.annotations(review_id).items()}
    finding_ids = sorted(f.finding.id for f in store.findings(review_id))
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    k = 0
    while True:
        fid = finding_ids[k % len(finding_ids)]
        comment = f"r{round_no}-k{k}-" + "注記" * (k % 7)
        ann = store.set_annotation(
            review_id,
            fid,
            status=("needs_fix", "no_action", "on_hold")[k % 3],
            comment=comment,
            author="crash",
            expected_version=versions.get(fid),
        )
        versions[fid] = ann.version
        out.write(f"ACK {fid} {ann.version} {comment}\n")
        out.flush()
        k += 1


if __name__ == "__main__":
    main()

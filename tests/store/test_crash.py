"""Crash test: a writer SIGKILLed at random moments never loses an acknowledged write.

A child process (``crash_child.py``) writes annotations in a burst and prints each write
after ``set_annotation`` returned. The parent kills it after a random delay, 50 rounds with
a fixed seed, on one SQLite file; then every acknowledged write must be in the audit trail,
every annotation at least as new as its last acknowledgement, and ``PRAGMA
integrity_check`` must say ``ok``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ordreview.store import open_store
from tests.store.factory import REVIEWER, make_review

CHILD = Path(__file__).with_name("crash_child.py")
ROUNDS = 50
SEED = 20261127


def _run_round(db: Path, round_no: int, delay: float) -> list[tuple[str, int, str]]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(round_no)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    if ready != b"READY\n":
        proc.kill()
        raise AssertionError(f"child did not start: {ready!r} {proc.stderr.read()!r}")  # type: ignore[union-attr]
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest, _err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    acks = []
    for line in rest.decode("utf-8").split("\n")[:-1]:  # the last piece may be cut: not acked
        tag, fid, version, comment = line.split(" ", 3)
        assert tag == "ACK"
        acks.append((fid, int(version), comment))
    return acks


@pytest.mark.slow
def test_killed_writer_loses_no_acknowledged_write(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    with open_store(str(db)) as store:
        rid = store.save_review(
            make_review("架空市個人情報保護条例", [f"f{i:02d}" for i in range(12)]),
            reviewer=REVIEWER,
            source_path="/draft.txt",
        )
    assert rid == 1
    rng = random.Random(SEED)
    acked: list[tuple[str, int, str]] = []
    for round_no in range(ROUNDS):
        acked += _run_round(db, round_no, rng.uniform(0.0, 0.12))
    assert len(acked) >= ROUNDS  # the kills really interrupted bursts of writes

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        trail = set(con.execute("select finding_id, new_comment from history").fetchall())
        stored = {
            fid: (version, comment)
            for fid, version, comment in con.execute(
                "select finding_id, version, comment from annotations"
            )
        }
    finally:
        con.close()
    missing = [(fid, comment) for fid, _v, comment in acked if (fid, comment) not in trail]
    assert missing == []
    last: dict[str, tuple[int, str]] = {}
    for fid, version, comment in acked:
        last[fid] = (version, comment)
    for fid, (version, comment) in last.items():
        got_version, got_comment = stored[fid]
        assert got_version >= version
        if got_version == version:
            assert got_comment == comment
    with open_store(str(db)) as store:  # and the store still opens and works
        ann = store.annotations(1)["f00"]
        store.set_annotation(1, "f00", status="needs_fix", comment="after", author="a", expected_version=ann.version)

"""Never the network: the whole workflow runs with internet sockets forbidden.

Two independent nets: a Python audit hook in the child (tests/offline_child.py) raises on any
socket, name lookup or URL opening from Python code; and, where ``strace`` is installed (CI
installs it), the child runs under ``strace -f -e trace=socket`` so that an internet socket
created by native code (Qt, libraries) is caught too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

CHILD = ROOT / "tests" / "offline_child.py"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORDREVIEW_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("ORDREVIEW_DB_URL", None)
    return env


def test_workflow_makes_no_network_attempt(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(FIXTURES / "model-complete.txt")],
        capture_output=True, text=True, env=_env(tmp_path), timeout=300,
    )
    assert "NETWORK ATTEMPT" not in proc.stderr
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("OFFLINE-OK")


def test_audit_hook_catches_a_connection_attempt(tmp_path: Path) -> None:
    """The net itself works: the same hook stops a deliberate connection."""
    code = (
        "import sys, runpy; sys.argv=['x']; ns = runpy.run_path(%r);"
        "sys.addaudithook(ns['_hook']);"
        "import socket; socket.create_connection(('127.0.0.1', 9))" % str(CHILD)
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(tmp_path))
    assert proc.returncode != 0
    assert "NETWORK ATTEMPT" in proc.stderr


@pytest.mark.skipif(
    shutil.which("strace") is None and not os.environ.get("CI"),
    reason="strace not installed (CI installs it and runs this test)",
)
def test_no_internet_socket_from_native_code(tmp_path: Path) -> None:
    trace = tmp_path / "trace.log"
    proc = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace),
         sys.executable, str(CHILD), str(FIXTURES / "model-complete.txt")],
        capture_output=True, text=True, env=_env(tmp_path), timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = trace.read_text().splitlines()
    inet = [ln for ln in lines if "AF_INET" in ln]  # AF_INET and AF_INET6
    assert inet == [], "\n".join(inet[:10])

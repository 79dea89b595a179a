"""Shared test set-up.

- Qt runs offscreen (no display needed); one QApplication per session comes from pytest-qt.
- Every test gets its own ``ORDREVIEW_HOME`` so that no test touches the real user data
  folder (database, logs, user profiles).
- ``FIXTURES`` points at the repository's ``fixtures/`` folder of hand-written drafts.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("ordreview-home")
    monkeypatch.setenv("ORDREVIEW_HOME", str(home))
    return home


@pytest.fixture
def fixtures_dir() -> Path:
    """The repository's fixtures folder."""
    return FIXTURES

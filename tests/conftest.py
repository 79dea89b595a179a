"""Shared test set-up.

- Qt runs offscreen (no display needed); one QApplication per session comes from pytest-qt.
- Every test gets its own ``ORDREVIEW_HOME`` so that no test touches the real user data
  folder (database, logs, user profiles).
- Hypothesis runs a fixed set of examples under ``CI=true`` (profile "ci"), random ones elsewhere.
- ``FIXTURES`` points at the repository's ``fixtures/`` folder of hand-written drafts.
"""

from __future__ import annotations

from collections.abc import Iterator
import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore new random examples on a developer's machine, where a failure is a
# finding to fix and keep as a regression test. The CI gate (``CI=true``) runs a fixed,
# reproducible set of examples instead, so that a landing depends on the code, not on the seed.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("ordreview-home")
    monkeypatch.setenv("ORDREVIEW_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _arabic_labels() -> Iterator[None]:
    """Label numerals are a process-wide choice (the window and the CLI set it): back to the default after each test."""
    yield
    from ordreview.core.labels import set_label_numerals

    set_label_numerals("arabic")


@pytest.fixture
def fixtures_dir() -> Path:
    """The repository's fixtures folder."""
    return FIXTURES

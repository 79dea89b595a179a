"""An amendment bill opened in the window: the ordinance in force, the consolidated text,
findings linked to the bill's sentences (real window, real files, synchronous pools)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


AMEND = Path(__file__).resolve().parents[2] / "fixtures" / "amend"
BILL = "bill-yamabuki-errors-a.txt"
CLEAN = "bill-yamabuki-2017.txt"
CURRENT = "current-yamabuki.txt"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """Copies of the bills and the ordinance in force (the originals are never touched)."""
    for name in (BILL, CLEAN, CURRENT):
        shutil.copy(AMEND / name, tmp_path / name)
    return tmp_path


def test_bill_asks_for_current_and_shows_consolidated_text(make_window, dialogs, files: Path) -> None:
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.open_file(str(files / BILL))
    window.grab().save("/tmp/amendwin/shot.png")
    assert window.bill is not None and window.bill.view is not None


def test_shot(make_window, dialogs, files: Path) -> None:
    dialogs.open_answer = str(files / CURRENT)
    window = make_window()
    window.resize(1500, 950)
    window.splitter.setSizes([380, 620, 500])
    window.open_file(str(files / BILL))
    window.left.setCurrentWidget(window.bill_panel)
    fid = next(fid for fid, n in window.bill.view.sentence_of.items() if n == 4)
    window.select_finding(fid)
    window.grab().save("/tmp/amendwin/shot2.png")
    window.bill_panel.list.setCurrentRow(0)
    window.grab().save("/tmp/amendwin/shot3.png")
    window.bill_banner.grab().save("/tmp/amendwin/banner.png")

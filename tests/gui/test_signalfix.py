"""Emitting signals must not use up references to True (PySide6 6.12 on Python 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ordreview.gui import signalfix


class _Sender(QObject):
    progressed = Signal(int, int, str)


def test_emitting_keeps_the_references_of_true() -> None:
    signalfix.install()
    sender = _Sender()
    received: list[int] = []
    sender.progressed.connect(lambda done, _total, _label: received.append(done))
    before = sys.getrefcount(True)
    for done in range(500):
        sender.progressed.emit(done, 500, "")
    assert received == list(range(500))
    assert sys.getrefcount(True) >= before


def test_install_twice_wraps_once() -> None:
    signalfix.install()
    wrapped = signalfix.SignalInstance.emit
    signalfix.install()
    assert signalfix.SignalInstance.emit is wrapped


def test_methods_without_a_result_cannot_use_up_none(qapp) -> None:
    """PySide6 6.12 returned None from void methods without its reference: after install, no
    number of calls a session makes brings None near deallocation."""
    from PySide6.QtWidgets import QLabel

    signalfix.install()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert after > 1 << 30 or after >= before  # pinned on a build with the error; untouched otherwise

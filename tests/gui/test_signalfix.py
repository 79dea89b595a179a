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

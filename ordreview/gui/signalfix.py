"""Work around a reference-count error of ``SignalInstance.emit`` in some PySide6 builds.

PySide6 6.12 on Python 3.11 returns the ``bool`` result of ``emit()`` without the reference
the caller owns, so each emission takes one reference from ``True``; after enough emissions
(a long session, the GUI test suite) the interpreter aborts at exit with "bool_dealloc:
deallocating True or False". :func:`install` checks once whether this build has the error and,
only then, wraps ``emit`` to add the missing reference. Adding a reference to ``True`` or
``False`` can never do harm, so the check only avoids needless work. Installing twice is a no-op.

The same build returns ``None`` from every method without a result (``setText``, ``hide``, …)
without its reference, so a session of a few thousand calls ends in "none_dealloc: deallocating
None". No wrapper can reach every method; :func:`install` instead gives ``None`` a reference
count no session can use up (2**40 more, as Python 3.12 makes ``None`` immortal), only when a
probe call shows the error.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


def _incref(value: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


class _Probe(QObject):
    pinged = Signal()


def emit_loses_a_reference() -> bool:
    """Whether ``emit()`` returns its ``bool`` without a reference (this build's error)."""
    probe = _Probe()
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    result = probe.pinged.emit()  # held here: a correct build counts one more reference now
    if not isinstance(result, bool):
        return False
    borrowed = sys.getrefcount(result) == (true_before if result else false_before)
    if borrowed:
        _incref(result)  # this probe's own emission
    return borrowed


def void_call_loses_none() -> bool:
    """Whether a method without a result returns ``None`` without a reference (this build's error)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 16


def _pin_none() -> None:
    """Add 2**40 references to ``None`` (the first field of every object is its count)."""
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += 1 << 40


def install() -> None:
    """Wrap ``SignalInstance.emit`` when this PySide6 build loses a reference on each call."""
    global _installed
    if _installed:
        return
    _installed = True
    if void_call_loses_none():
        _pin_none()
    if not emit_loses_a_reference():
        return
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if isinstance(result, bool):
            _incref(result)  # the reference PySide6 should have given the caller
        return result

    SignalInstance.emit = emit

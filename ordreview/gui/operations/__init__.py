"""The review window's background work, one small module per subject.

Each function builds one op (:class:`~ordreview.gui.ops.QueryOp` for reads,
:class:`~ordreview.gui.ops.WriteOp` for writes) with its own success and failure handling and
returns it; the window starts it with ``run_in_background`` on the pool it belongs to.

- :mod:`.review`: checking a draft, storing its review, changing the profile.
- :mod:`.annotation`: a finding's history and its resolved/open state.
- :mod:`.export`: the Word files, and the portable review file (write and read).

Texts use the ``MainWindow`` translation context.
"""

from __future__ import annotations

from ordreview.core.errors import OrdreviewError


def error_text(err: BaseException) -> str:
    """Japanese then English for our errors; the type and text for anything else."""
    return f"{err.message_ja}\n\n{err.message_en}" if isinstance(err, OrdreviewError) else f"{type(err).__name__}: {err}"

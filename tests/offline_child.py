"""Child process of tests/test_offline.py: the whole workflow with the network forbidden.

An audit hook (``sys.addaudithook``, which cannot be removed) raises on any attempt to create
an internet socket, resolve a name or open a URL, *before* anything of ordreview is imported.
Then it runs read → check → store → export → the window offscreen, and prints ``OFFLINE-OK``.
"""

from __future__ import annotations

import socket
import sys
import tempfile
from pathlib import Path

BLOCKED_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "urllib.Request",
    "http.client.connect",
    "ftplib.connect",
    "smtplib.connect",
}


def _hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family not in (getattr(socket, "AF_UNIX", None), -1):
            raise RuntimeError(f"NETWORK ATTEMPT: {event} {args!r}")
    elif event in BLOCKED_EVENTS:
        if event in ("socket.connect", "socket.bind") and args and getattr(args[0], "family", None) == getattr(socket, "AF_UNIX", None):
            return
        raise RuntimeError(f"NETWORK ATTEMPT: {event} {args!r}")


def main() -> int:
    sys.addaudithook(_hook)
    draft = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        import os

        os.environ["ORDREVIEW_HOME"] = tmp
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ordreview.core.model import Reviewer
        from ordreview.core.review import review_file
        from ordreview.export.annotate import export_annotated
        from ordreview.export.report import export_report
        from ordreview.store import open_store

        review = review_file(draft)
        reviewer = Reviewer("オフライン試験", "OT")
        store = open_store()
        review_id = store.save_review(review, reviewer=reviewer, source_path=str(draft))
        first = review.findings[0]
        store.set_annotation(
            review_id, first.id, status="needs_fix", comment="確認", author=reviewer.name, expected_version=None
        )
        annotations = store.annotations(review_id)
        store.close()
        export_annotated(review=review, annotations=annotations, reviewer=reviewer, path=Path(tmp) / "a.docx")
        export_report(review=review, annotations=annotations, reviewer=reviewer, path=Path(tmp) / "r.docx")

        from ordreview.gui.selftest import selftest_window

        selftest_window(draft)
    print("OFFLINE-OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ordinance in force chosen for an amendment bill is remembered per bill."""

from __future__ import annotations

from pathlib import Path

from ordreview.store import open_store


def test_current_is_remembered_per_bill_and_replaced(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    with open_store(url) as store:
        assert store.bill_current("/bills/a.txt") is None
        store.set_bill_current("/bills/a.txt", "/reiki/current-1.txt")
        store.set_bill_current("/bills/b.txt", "/reiki/current-2.txt")
    with open_store(url) as store:  # kept across sessions
        assert store.bill_current("/bills/a.txt") == "/reiki/current-1.txt"
        assert store.bill_current("/bills/b.txt") == "/reiki/current-2.txt"
        store.set_bill_current("/bills/a.txt", "/reiki/現行条例.docx")
        assert store.bill_current("/bills/a.txt") == "/reiki/現行条例.docx"
        assert store.bill_current("/bills/b.txt") == "/reiki/current-2.txt"

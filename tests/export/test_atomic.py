"""Atomic writing: failures leave no partial file and raise a bilingual ExportError."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ordreview.core.errors import ExportError
from ordreview.export import atomic
from ordreview.export.annotate import export_annotated
from ordreview.export.report import export_report
from tests.export.helpers import REVIEWER, bare_ordinance, review_of, text_document


class _Doc:
    """Writes some bytes, then fails the way it is told to."""

    def __init__(self, fail: OSError | None = None) -> None:
        self.fail = fail

    def save(self, path: str) -> None:
        Path(path).write_bytes(b"PK partial")
        if self.fail is not None:
            raise self.fail


def _review():
    return review_of(bare_ordinance(text_document(["架空市個人情報保護条例", "第1条　目的"])), [])


def test_success_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    assert atomic.save_atomically(_Doc(), target) == target.absolute()
    assert target.read_bytes() == b"PK partial"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


@pytest.mark.parametrize(
    ("error", "ja", "en"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "ディスクの空き容量が不足しています", "the disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "ファイルが Word などで開かれているか、書き込みが許可されていません",
         "the file is open in Word or another program, or writing is not permitted"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error", "Input/output error"),
    ],
)
def test_failed_save_leaves_nothing_and_explains(tmp_path: Path, error: OSError, ja: str, en: str) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"previous version")
    with pytest.raises(ExportError) as info:
        atomic.save_atomically(_Doc(error), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]
    assert target.read_bytes() == b"previous version"
    assert info.value.message_ja == f"Wordファイルを書き込めませんでした: {target}（{ja}）"
    assert info.value.message_en == f"Could not write the Word file: {target} ({en})"


def test_disk_full_during_annotated_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import docx.document

    def full(self, path) -> None:
        Path(path).write_bytes(b"PK")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", full)
    with pytest.raises(ExportError) as info:
        export_annotated(review=_review(), annotations={}, reviewer=REVIEWER, path=tmp_path / "a.docx")
    assert info.value.message_ja == f"Wordファイルを書き込めませんでした: {tmp_path / 'a.docx'}（ディスクの空き容量が不足しています）"
    assert info.value.message_en == f"Could not write the Word file: {tmp_path / 'a.docx'} (the disk is full)"
    assert list(tmp_path.iterdir()) == []


def test_target_locked_on_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.docx"
    target.write_bytes(b"open in Word")

    def locked(src, dst) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as info:
        export_report(review=_review(), annotations={}, reviewer=REVIEWER, path=target)
    assert "Word などで開かれているか" in info.value.message_ja
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]
    assert target.read_bytes() == b"open in Word"


def test_read_only_target_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "r.docx"
    target.write_bytes(b"read only")
    target.chmod(0o444)
    try:
        with pytest.raises(ExportError) as info:
            export_report(review=_review(), annotations={}, reviewer=REVIEWER, path=target)
    finally:
        target.chmod(0o644)
    assert "Word などで開かれているか" in info.value.message_ja
    assert "open in Word" in info.value.message_en
    assert target.read_bytes() == b"read only"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "r.docx"
    with pytest.raises(ExportError) as info:
        export_report(review=_review(), annotations={}, reviewer=REVIEWER, path=target)
    assert "出力先のフォルダがありません" in info.value.message_ja
    assert not (tmp_path / "nowhere").exists()

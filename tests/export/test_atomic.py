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


def _write(path_or_stream, data: bytes) -> None:  # type: ignore[no-untyped-def]
    """python-docx's save takes a path or a stream; the exporter now hands it a stream."""
    if hasattr(path_or_stream, "write"):
        path_or_stream.write(data)
    else:
        Path(path_or_stream).write_bytes(data)


class _Doc:
    """Writes some bytes, then fails the way it is told to."""

    def __init__(self, fail: OSError | None = None) -> None:
        self.fail = fail

    def save(self, path) -> None:  # type: ignore[no-untyped-def]
        _write(path, b"PK partial")
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
        _write(path, b"PK")
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


def test_disk_filling_up_while_the_file_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capfd: pytest.CaptureFixture[str]) -> None:
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(atomic.TEMP_PREFIX):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc to tell the temporary file's descriptor")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError) as info:
        export_report(review=_review(), annotations={}, reviewer=REVIEWER, path=tmp_path / "r.docx")
    import gc

    gc.collect()  # a half-closed ZipFile would complain here ("Exception ignored")
    assert "the disk is full" in info.value.message_en
    assert list(tmp_path.iterdir()) == []
    err = capfd.readouterr().err
    assert "Exception ignored" not in err and "Traceback" not in err


def test_output_is_durable_and_has_the_usual_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    old = os.umask(0o027)
    try:
        target = atomic.save_atomically(_Doc(), tmp_path / "out.docx")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o640  # 0666 less the umask, not mkstemp's 0600
    assert len(synced) == (2 if os.name == "posix" else 1)  # the file, then its folder


def test_temporaries_of_a_killed_export_are_removed_later(tmp_path: Path) -> None:
    import time

    stale = tmp_path / f"{atomic.TEMP_PREFIX}dead.tmp"
    fresh = tmp_path / f"{atomic.TEMP_PREFIX}busy.tmp"
    stale.write_bytes(b"PK half")
    fresh.write_bytes(b"PK being written")
    old = time.time() - atomic.STALE_AFTER_SECONDS - 60
    os.utime(stale, (old, old))
    atomic.save_atomically(_Doc(), tmp_path / "out.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.docx", fresh.name])

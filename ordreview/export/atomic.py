"""Atomic writing of Word files: a temporary file in the target folder, then one replace.

A failure at any point (disk full, target open in Word, folder missing) removes the
temporary file, leaves any previous target untouched and raises ``ExportError`` with a
bilingual message that names the path and the cause. The file is fsynced before the rename
and the folder after it (POSIX), gets the mode any new file gets (umask), and temporary files
left by a killed export are removed by the next export into the folder after an hour.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Protocol

from ordreview.core.errors import ExportError
from ordreview.core.messages import define, render

WRITE_FAILED = define(
    "export.write_failed",
    ja="Wordファイルを書き込めませんでした: {path}（{cause_ja}）",
    en="Could not write the Word file: {path} ({cause_en})",
)
SAME_AS_SOURCE = define(
    "export.same_as_source",
    ja="出力先が元の条例案と同じファイルです。元のファイルは上書きしません: {path}",
    en="The output is the source draft itself; the source is never overwritten: {path}",
)
CAUSE_NO_SPACE = define(
    "export.cause.no_space",
    ja="ディスクの空き容量が不足しています",
    en="the disk is full",
)
CAUSE_LOCKED = define(
    "export.cause.locked",
    ja="ファイルが Word などで開かれているか、書き込みが許可されていません",
    en="the file is open in Word or another program, or writing is not permitted",
)
CAUSE_NO_FOLDER = define(
    "export.cause.no_folder",
    ja="出力先のフォルダがありません",
    en="the output folder does not exist",
)
CAUSE_NOT_FOLDER = define(
    "export.cause.not_folder",
    ja="同じ名前のファイルがあり、フォルダを作れません",
    en="a file of that name is in the way",
)
CAUSE_OTHER = define(
    "export.cause.other",
    ja="{reason}",
    en="{reason}",
)


TEMP_PREFIX = ".~ordreview-"
"""Start of the temporary file's name (hidden on POSIX; ``~`` like Word's own lock files)."""


class Saveable(Protocol):
    """Anything with python-docx's ``save(path_or_stream)``."""

    def save(self, path_or_stream: Any) -> None: ...


def os_error_cause(err: OSError) -> tuple[str, str]:
    """The cause of ``err`` in Japanese and English, for messages about writing files."""
    if err.errno == errno.ENOSPC:
        return render(CAUSE_NO_SPACE)
    if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return render(CAUSE_LOCKED)
    if isinstance(err, FileNotFoundError):
        return render(CAUSE_NO_FOLDER)
    if isinstance(err, (FileExistsError, NotADirectoryError)):
        return render(CAUSE_NOT_FOLDER)
    return render(CAUSE_OTHER, reason=err.strerror or type(err).__name__)


def write_failed(path: Path, err: OSError) -> ExportError:
    """The bilingual ``ExportError`` for an ``OSError`` met while writing ``path``."""
    cause_ja, cause_en = os_error_cause(err)
    return ExportError(WRITE_FAILED, path=str(path), cause_ja=cause_ja, cause_en=cause_en)


def check_not_source(target: Path, source: str | os.PathLike[str] | None) -> None:
    """Raise ``ExportError`` if ``target`` is the source draft file itself."""
    if source is None:
        return
    src = Path(source)
    try:
        same = src.exists() and target.exists() and os.path.samefile(src, target)
    except OSError:
        same = False
    if same or target.resolve() == src.resolve():
        raise ExportError(SAME_AS_SOURCE, path=str(target))


STALE_AFTER_SECONDS = 3600
"""A temporary file older than this is left over by an export that was killed (no export
takes minutes); the next export into that folder removes it."""


def remove_stale_temporaries(folder: Path) -> None:
    """Delete ``.~ordreview-*.tmp`` files older than ``STALE_AFTER_SECONDS`` in ``folder``."""
    import time

    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*.tmp"))
    except OSError:
        return
    now = time.time()
    for tmp in candidates:
        try:
            if now - tmp.stat().st_mtime > STALE_AFTER_SECONDS:
                tmp.unlink()
        except OSError:
            continue


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX: fsync the folder; Windows has no folder handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_atomically(document: Saveable, path: str | os.PathLike[str]) -> Path:
    """Save ``document`` to ``path`` through a temporary file and ``os.replace``.

    A read-only existing target (no write permission bit, even for an administrator) is
    refused the way Windows refuses a file open in Word, so behaviour is the same on every
    platform.

    Returns:
        The absolute path written.

    Raises:
        ExportError: on any ``OSError``; no temporary or partial file is left behind.
    """
    target = Path(path).absolute()
    if target.exists() and (not os.access(target, os.W_OK) or not target.stat().st_mode & stat.S_IWRITE):
        raise write_failed(target, PermissionError(errno.EACCES, "read-only", str(target)))
    remove_stale_temporaries(target.parent)
    # The document is zipped in memory first: a disk that fills up mid-write then fails one
    # plain write (no half-closed ZipFile complaining on stderr when it is collected).
    buffer = io.BytesIO()
    tmp: Path | None = None
    try:
        document.save(buffer)
        # A short fixed prefix, not the target's name: a target whose name is near the
        # 255-byte component limit would otherwise get a temporary name over it.
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(buffer.getbuffer())
            fh.flush()
            os.fsync(fh.fileno())  # the bytes are on disk before the name points at them
        os.chmod(tmp, 0o666 & ~_umask())  # as any new file (mkstemp makes it 0600)
        os.replace(tmp, target)
        tmp = None
        _fsync_folder(target.parent)
    except OSError as err:
        raise write_failed(target, err) from err
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass
    return target

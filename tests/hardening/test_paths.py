"""Where officers keep drafts: Japanese names, long paths, folders they cannot write to.

The CLI ``export`` command is driven end to end. The file-system answers that cannot be
produced for real on every test machine (a folder the process may not write to when the
tests run as an administrator, a target held open by Word) are produced by making the
very call that meets them raise the ``PermissionError`` the OS raises.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import docx
import pytest

from ordreview.cli import main
from ordreview.core.errors import StoreError
from ordreview.export.atomic import save_atomically
from ordreview.store import open_store
from tests.conftest import FIXTURES

DRAFT_NAME = "個人情報保護条例案（第3稿）.docx"
LOCKED_JA = "ファイルが Word などで開かれているか、書き込みが許可されていません"
LOCKED_EN = "the file is open in Word or another program, or writing is not permitted"


def _draft(folder: Path, name: str = DRAFT_NAME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.copy(FIXTURES / "model-complete.docx", path)
    return path


def _outputs(draft: Path, out: Path) -> tuple[Path, Path]:
    return out / f"{draft.stem}_review-annotated.docx", out / f"{draft.stem}_review-report.docx"


def test_japanese_folder_and_file_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(tmp_path / "例規")
    out = tmp_path / "例規" / "審査結果"
    assert main(["export", str(draft), "-o", str(out), "--reviewer", "法制 太郎"]) == 0
    annotated, report = _outputs(draft, out)
    assert annotated.name == "個人情報保護条例案（第3稿）_review-annotated.docx"
    assert capsys.readouterr().out.splitlines() == [f"書き出しました: {annotated}", f"書き出しました: {report}"]
    assert len(list(docx.Document(str(annotated)).comments)) > 0
    assert sorted(p.name for p in out.iterdir()) == sorted([annotated.name, report.name])


def test_path_longer_than_260_characters_with_a_name_near_255_bytes(tmp_path: Path) -> None:
    folder = tmp_path
    for n in range(4):
        folder = folder / f"{n}_令和8年度_個人情報保護条例_改正作業_法制担当_第{n}回検討資料フォルダ"
    stem = "個" * 75  # 225 bytes; + "_review-annotated.docx" = 247 bytes, under 255
    draft = _draft(folder, f"{stem}.docx")
    out = folder / "出力"
    assert len(str(out / f"{stem}_review-annotated.docx")) > 260
    assert main(["export", str(draft), "-o", str(out)]) == 0
    annotated, report = _outputs(draft, out)
    assert len(annotated.name.encode("utf-8")) == 247
    assert sorted(p.name for p in out.iterdir()) == sorted([annotated.name, report.name])


def test_temporary_name_fits_next_to_a_255_byte_target(tmp_path: Path) -> None:
    name = "あ" * 78 + "a" * 16 + ".docx"
    assert len(name.encode("utf-8")) == 255
    written = save_atomically(docx.Document(), tmp_path / name)
    assert written == tmp_path / name
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_export_into_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _draft(tmp_path / "例規")
    out = tmp_path / "読取専用"
    out.mkdir()

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(out))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert main(["export", str(draft), "-o", str(out)]) == 2
    annotated, _ = _outputs(draft, out)
    assert capsys.readouterr().err.splitlines() == [
        f"エラー: Wordファイルを書き込めませんでした: {annotated}（{LOCKED_JA}）",
        f"Error: Could not write the Word file: {annotated} ({LOCKED_EN})",
    ]
    assert list(out.iterdir()) == []


def test_target_open_in_word_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _draft(tmp_path / "例規")
    out = tmp_path / "審査結果"
    assert main(["export", str(draft), "-o", str(out), "--annotated-only"]) == 0
    annotated, _ = _outputs(draft, out)
    before = annotated.read_bytes()
    capsys.readouterr()

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    assert main(["export", str(draft), "-o", str(out), "--annotated-only"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"エラー: Wordファイルを書き込めませんでした: {annotated}（{LOCKED_JA}）",
        f"Error: Could not write the Word file: {annotated} ({LOCKED_EN})",
    ]
    assert annotated.read_bytes() == before
    assert [p.name for p in out.iterdir()] == [annotated.name]


def test_store_whose_folder_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "データ"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    db = blocker / "reviews.sqlite3"
    with pytest.raises(StoreError) as info:
        open_store(str(db))
    assert info.value.code == "store.open_failed"
    assert info.value.message_ja == f"レビューのデータベースを開けません（{db}）: File exists"
    assert info.value.message_en == f"Cannot open the review database ({db}): File exists"


def test_store_in_a_read_only_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "読取専用"
    db = folder / "reviews.sqlite3"
    real_mkdir = Path.mkdir

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        if self == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(StoreError) as info:
        open_store(str(db))
    assert info.value.message_ja == f"レビューのデータベースを開けません（{db}）: Permission denied"
    assert info.value.message_en == f"Cannot open the review database ({db}): Permission denied"

"""``ordreview batch``: recursive discovery, parallel review, matrix, unreadable drafts listed."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from ordreview.cli import main
from ordreview.cli.batch_cmd import find_drafts
from tests.conftest import FIXTURES


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "drafts"
    (root / "sub").mkdir(parents=True)
    shutil.copy(FIXTURES / "model-complete.txt", root / "a-complete.txt")
    shutil.copy(FIXTURES / "defects.txt", root / "sub" / "b-defects.txt")
    shutil.copy(FIXTURES / "bad" / "prose.txt", root / "c-prose.txt")
    (root / "notes.md").write_text("not a draft", encoding="utf-8")
    (root / "~$lock.docx").write_bytes(b"lock")
    return root


def test_find_drafts(folder: Path) -> None:
    assert [p.relative_to(folder).as_posix() for p in find_drafts(folder)] == [
        "a-complete.txt", "c-prose.txt", "sub/b-defects.txt"
    ]


def test_csv_matrix_and_unreadable_list(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_csv = tmp_path / "matrix.csv"
    assert main(["batch", str(folder), "--csv", str(out_csv), "--jobs", "2"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"一覧を書き出しました: {out_csv}",
        "読めません: c-prose.txt",
        f"  条例として読み取れません（「第1条」のような条が見つかりません）: {folder / 'c-prose.txt'}",
        f"  This does not look like an ordinance (no article such as 第1条 was found): {folder / 'c-prose.txt'}",
        "2件を審査（読めないファイル 1件）。誤りのある案 1件。",
    ]
    assert "3/3" in captured.err
    rows = list(csv.reader(out_csv.open(encoding="utf-8-sig")))
    assert rows[0][:4] == ["path", "title", "A1", "A2"] and rows[0][-3:] == ["errors", "warnings", "info"]
    assert len(rows[0]) == 2 + 51 + 1 + 3 and rows[0][-4] == "profile"  # each draft's profile, before the counts
    by_path = {r[0]: r for r in rows[1:]}
    assert set(by_path) == {"a-complete.txt", "sub/b-defects.txt"}
    complete = dict(zip(rows[0], by_path["a-complete.txt"]))
    assert (complete["title"], complete["A1"], complete["C1"], complete["C20"], complete["errors"]) == (
        "みなと市個人情報保護条例", "covered", "covered", "n/a", "0"
    )
    defects = dict(zip(rows[0], by_path["sub/b-defects.txt"]))
    assert defects["A2"] == "missing" and int(defects["errors"]) > 0


def test_json_and_single_process(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(folder), "--json", "--jobs", "1"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [d["path"] for d in data["drafts"]] == ["a-complete.txt", "sub/b-defects.txt"]
    assert data["drafts"][0]["coverage"]["C20"] == "n/a"
    assert [u["path"] for u in data["unreadable"]] == ["c-prose.txt"]
    assert data["unreadable"][0]["message_en"].startswith("This does not look like an ordinance")


@pytest.mark.parametrize(
    ("target", "message"),
    [("missing-dir", "エラー: フォルダではありません"), ("empty", "エラー: 審査できるファイル（.txt .docx .html .htm）がありません")],
)
def test_bad_folders_exit_2(tmp_path: Path, target: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["batch", str(tmp_path / target)]) == 2
    assert capsys.readouterr().err.startswith(message)


def test_mixed_folder_reviews_each_draft_with_its_own_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "mixed"
    root.mkdir()
    shutil.copy(FIXTURES / "model-complete.txt", root / "a-old.txt")
    shutil.copy(FIXTURES / "post-2023.txt", root / "b-new.txt")
    main(["batch", str(root), "--json", "--jobs", "1"])
    data = json.loads(capsys.readouterr().out)
    by_path = {d["path"]: d for d in data["drafts"]}
    assert by_path["a-old.txt"]["profile"]["id"] == "basic-policy-2016"
    assert by_path["b-new.txt"]["profile"]["id"] == "kojin-joho-2023"
    assert by_path["b-new.txt"]["profile"]["reason_ja"].startswith("自動選択: 令和5年4月1日以後")
    assert "A1" in data["requirements"] and "P14" in data["requirements"]
    assert "P14" in by_path["b-new.txt"]["coverage"] and "A1" not in by_path["b-new.txt"]["coverage"]

"""``ordreview export``: both Word files, store annotations, reviewer defaults, clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ordreview.cli import main
from ordreview.cli.export_cmd import initials_of
from tests.conftest import FIXTURES


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    src = tmp_path / "src" / "defects.txt"
    src.parent.mkdir()
    shutil.copy(FIXTURES / "defects.txt", src)
    return src


def test_writes_both_files_and_prints_their_paths(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = draft.read_bytes()
    out = tmp_path / "out"
    assert main(["export", str(draft), "-o", str(out), "--reviewer", "法制 太郎", "--municipality", "あおば市"]) == 0
    annotated, report = out / "defects_review-annotated.docx", out / "defects_review-report.docx"
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"書き出しました: {annotated}", f"書き出しました: {report}"]
    assert captured.err.splitlines()[-1] == (  # which profile was chosen and why, on stderr
        "プロファイル: 個人情報の保護に関する基本方針 3(1)（平成28年10月28日一部変更）（自動選択: 法施行条例の特徴が見当たらないため）"
    )
    comments = list(docx.Document(str(annotated)).comments)
    assert comments and {(c.author, c.initials) for c in comments} == {("法制 太郎", "法太")}
    cover = docx.Document(str(report)).tables[0]
    assert [c.text for c in cover.rows[2].cells] == ["団体名", "あおば市"]
    assert draft.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["defects_review-annotated.docx", "defects_review-report.docx"]


@pytest.mark.parametrize(
    ("flag", "names"),
    [
        ("--annotated-only", ["defects_review-annotated.docx"]),
        ("--report-only", ["defects_review-report.docx"]),
    ],
)
def test_only_flags(draft: Path, tmp_path: Path, flag: str, names: list[str]) -> None:
    assert main(["export", str(draft), "-o", str(tmp_path / "o"), flag]) == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == names


def test_output_into_the_source_folder_keeps_the_source(draft: Path) -> None:
    before = draft.read_bytes()
    assert main(["export", str(draft), "-o", str(draft.parent)]) == 0
    assert draft.read_bytes() == before
    assert sorted(p.name for p in draft.parent.iterdir()) == [
        "defects.txt", "defects_review-annotated.docx", "defects_review-report.docx"]


def test_reviewer_from_environment(draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDREVIEW_REVIEWER", "Hanako Sato")
    assert main(["export", str(draft), "-o", str(tmp_path / "o"), "--annotated-only"]) == 0
    comment = next(iter(docx.Document(str(tmp_path / "o" / "defects_review-annotated.docx")).comments))
    assert (comment.author, comment.initials) == ("Hanako Sato", "HS")


def test_suggest_changes_and_explicit_initials(draft: Path, tmp_path: Path) -> None:
    args = ["export", str(draft), "-o", str(tmp_path / "o"), "--annotated-only", "--suggest-changes", "--reviewer", "審査 係", "--initials", "SK"]
    assert main(args) == 0
    d = docx.Document(str(tmp_path / "o" / "defects_review-annotated.docx"))
    assert {c.initials for c in d.comments} == {"SK"}
    ins = list(d.element.body.iter(qn("w:ins")))
    assert ins and {e.get(qn("w:author")) for e in ins} == {"審査 係"}


def test_no_database_is_created_when_none_exists(draft: Path, tmp_path: Path) -> None:
    from ordreview import paths

    assert main(["export", str(draft), "-o", str(tmp_path / "o"), "--report-only"]) == 0
    assert not paths.default_db_path().exists()


def test_annotations_come_from_the_store(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ordreview.core.model import Reviewer
    from ordreview.core.review import review_file
    from ordreview.store import open_store

    review = review_file(draft)
    target = review.findings[0]
    store = open_store()
    try:
        rid = store.save_review(review, reviewer=Reviewer("法制 太郎", "HT"), source_path=str(draft))
        store.set_annotation(rid, target.id, status="needs_fix", comment="第2条を直す", author="法制 太郎", expected_version=None)
        store.set_municipality(rid, "あおば市")
    finally:
        store.close()
    assert main(["export", str(draft), "-o", str(tmp_path / "o")]) == 0
    assert f"保存済みのレビュー（ID {rid}）から確認状況とコメント 1 件を反映しました。" in capsys.readouterr().out
    comments = [c for c in docx.Document(str(tmp_path / "o" / "defects_review-annotated.docx")).comments]
    first = [p.text for p in comments[0].paragraphs]
    assert "確認状況: 要修正" in first and "担当者コメント: 第2条を直す" in first
    report = docx.Document(str(tmp_path / "o" / "defects_review-report.docx"))
    assert [c.text for c in report.tables[0].rows[2].cells] == ["団体名", "あおば市"]
    findings_rows = [[c.text for c in r.cells] for r in report.tables[3].rows]
    assert ["要修正", "第2条を直す"] in [r[6:] for r in findings_rows]


def test_unreadable_input_is_a_bilingual_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err[0].startswith("エラー: ") and err[1].startswith("Error: ")
    assert not (tmp_path / "o").exists()


def test_output_folder_that_is_a_file(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "o"
    blocker.write_text("not a folder")
    assert main(["export", str(draft), "-o", str(blocker)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"エラー: 出力先フォルダを作成できませんでした: {blocker}（同じ名前のファイルがあり、フォルダを作れません）",
        f"Error: Could not create the output folder: {blocker} (a file of that name is in the way)",
    ]


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("法制 太郎", "法太"),
        ("法制　太郎", "法太"),
        ("Hanako Sato", "HS"),
        ("hanako", "HA"),
        ("法制", "法"),
        ("", ""),
    ],
)
def test_initials_of(name: str, initials: str) -> None:
    assert initials_of(name) == initials


def test_unknown_profile_is_a_bilingual_error(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(draft), "-o", str(tmp_path / "o"), "--profile", "no-such-profile"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "エラー: プロファイルが見つかりません: no-such-profile",
        "Error: Profile not found: no-such-profile",
    ]
    assert not (tmp_path / "o").exists()

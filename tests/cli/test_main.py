"""The dispatcher: which word is the command, `ordreview FILE`, closed pipes, internal errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ordreview.cli import _command_position, main
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["parse", "a.txt"], 0),
        (["--lang", "en", "parse", "a.txt"], 2),
        (["--lang", "ja", "draft.docx"], 2),
        (["--version"], None),
        (["--selftest"], None),
        ([], None),
        (["-h", "check"], 1),
    ],
)
def test_command_position(args: list[str], expected: int | None) -> None:
    assert _command_position(args) == expected


def test_english_output_after_global_language_option(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "parse", str(FIXTURES / "post-2023.txt")])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Title: みずほ市個人情報の保護に関する法律施行条例")


def test_unreadable_file_is_reported_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", str(FIXTURES / "bad" / "prose.txt")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines()[0].startswith("エラー: 条例として読み取れません")
    assert err.splitlines()[1].startswith("Error: ")
    assert "Traceback" not in err


def test_closed_pipe_ends_quietly() -> None:
    """`ordreview parse big.txt | head -1`: no traceback, no 'Exception ignored' noise."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "ordreview", "parse", str(FIXTURES / "model-complete.txt")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) == 1
    assert err == ""


def test_internal_error_is_logged_not_shown(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import ordreview.cli.parse_cmd as parse_cmd

    def explode(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(parse_cmd, "load_ordinance", explode, raising=False)
    monkeypatch.setattr("ordreview.core.parse.load_ordinance", explode)
    code = main(["parse", str(FIXTURES / "model-complete.txt")])
    err = capsys.readouterr().err
    assert code == 3
    assert "内部エラーが発生しました（ZeroDivisionError）" in err
    assert "Traceback" not in err

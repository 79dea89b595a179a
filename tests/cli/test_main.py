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
    """`ordreview parse --json draft | head -1`: no traceback, no 'Exception ignored' noise.

    The JSON of the model draft (~160 kB) is larger than a pipe's buffer, so the writer is
    still writing when the reader goes away.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "ordreview", "parse", "--json", str(FIXTURES / "model-complete.txt")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(64)
    proc.stdout.close()  # what `head -c 64` does once it has its bytes
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) in (0, 1)  # never 120 (failed final flush) or 3 (internal error)
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


def test_log_follows_the_data_folder(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After ORDREVIEW_HOME changes, messages go to the new folder's log, not the old one."""
    import logging

    from ordreview.logs import log_file_path, setup_logging

    for name in ("first", "second"):
        monkeypatch.setenv("ORDREVIEW_HOME", str(tmp_path / name))
        setup_logging()
        logging.getLogger("ordreview.test").warning("message for %s", name)
        for handler in logging.getLogger("ordreview").handlers:
            handler.flush()
        assert log_file_path() == tmp_path / name / "logs" / "ordreview.log"
        assert f"message for {name}" in log_file_path().read_text(encoding="utf-8")
    assert "message for second" not in (tmp_path / "first" / "logs" / "ordreview.log").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "{draft}", "--lang", "en"],
        ["parse", "--lang", "en", "{draft}"],
        ["parse", "{draft}", "--lang=en"],
        ["--lang", "ja", "parse", "{draft}", "--lang", "en"],
    ],
)
def test_language_option_after_the_command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    draft = str(FIXTURES / "post-2023.txt")
    assert main([a.replace("{draft}", draft) for a in argv]) == 0
    expected = capsys.readouterr().out
    assert main(["--lang", "en", "parse", draft]) == 0
    assert capsys.readouterr().out == expected


def test_usage_errors_come_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check"])
    err = capsys.readouterr().err.splitlines()
    assert exited.value.code == 2
    assert err[0].startswith("usage: ordreview check")
    assert err[1] == "エラー: コマンドの指定が正しくありません: the following arguments are required: file（ordreview --help で使い方を表示します）"
    assert err[2] == "Error: The command line is not valid: the following arguments are required: file (ordreview --help shows the usage)"

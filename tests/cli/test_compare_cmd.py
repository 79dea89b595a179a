"""``ordreview compare CURRENT AMENDED -o OUTDIR [--aratamebun]``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

CURRENT = FIXTURES / "amend" / "yuzuriha-current.txt"
AMENDED = FIXTURES / "amend" / "yuzuriha-amended.txt"


def test_writes_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(CURRENT), str(AMENDED), "-o", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = tmp_path / "yuzuriha-amended_taishohyo.docx"
    assert lines == ["改正箇所 13 件（改正 4、移動 3、追加 6、削除 0）", f"書き出しました: {table}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [table.name]


def test_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(CURRENT), str(AMENDED), "-o", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {"rows": 13, "changed": 4, "renumbered": 3, "added": 6, "deleted": 0}
    assert data["rows"][2]["new"]["label"] == "第5条"


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(tmp_path / "missing.txt"), str(AMENDED), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("エラー: ") and "Error: " in err and "Traceback" not in err

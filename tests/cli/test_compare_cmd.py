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


def test_aratamebun_is_written_next_to_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(CURRENT), str(AMENDED), "-o", str(tmp_path), "--aratamebun"]) == 0
    bill = (tmp_path / "yuzuriha-amended_aratamebun.txt").read_bytes().decode("utf-8")
    assert "\r" not in bill
    lines = bill.split("\n")
    assert lines[:3] == [
        "ゆずりは町個人情報保護条例の一部を改正する条例（案）",
        "",
        "ゆずりは町個人情報保護条例（平成13年条例第6号）の一部を次のように改正する。",
    ]
    assert "第3章の次に次の1章を加える。" in lines
    assert lines[-3:] == ["　　　附　則", "この条例は、公布の日から施行する。", ""]


def test_unsupported_change_exits_1_and_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = tmp_path / "amended.txt"
    changed.write_text(CURRENT.read_text(encoding="utf-8").replace("平成13年7月1日から施行", "平成13年10月1日から施行"), encoding="utf-8")
    assert main(["compare", str(CURRENT), str(changed), "-o", str(tmp_path / "o"), "--aratamebun"]) == 1
    captured = capsys.readouterr()
    assert "附則の改正" in captured.err and (tmp_path / "o" / "amended_aratamebun.txt").exists()


def test_never_writes_over_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    current = tmp_path / "x_taishohyo.docx"  # the name the table of AMENDED x.txt would take
    current.write_bytes((FIXTURES / "model-complete.docx").read_bytes())
    amended = tmp_path / "x.txt"
    amended.write_text((FIXTURES / "model-complete.txt").read_text(encoding="utf-8"), encoding="utf-8")
    before = current.read_bytes()
    assert main(["compare", str(current), str(amended), "-o", str(tmp_path)]) == 2
    assert current.read_bytes() == before
    assert "上書きしません" in capsys.readouterr().err


def test_numerals_of_the_aratamebun_can_be_chosen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(CURRENT), str(AMENDED), "-o", str(tmp_path / "a"), "--aratamebun"]) == 0
    assert main(["compare", str(CURRENT), str(AMENDED), "-o", str(tmp_path / "k"), "--aratamebun", "--numerals", "kanji"]) == 0
    arabic = (tmp_path / "a" / "yuzuriha-amended_aratamebun.txt").read_text(encoding="utf-8")
    kanji = (tmp_path / "k" / "yuzuriha-amended_aratamebun.txt").read_text(encoding="utf-8")
    assert "\n第2条" in arabic and "\n第二条" in kanji and "\n第2条" not in kanji
    assert "（平成十三年条例第六号）" in kanji

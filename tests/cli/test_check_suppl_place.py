"""``ordreview check`` names a finding in the 附則 by its 附則 paragraph, as the draft writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.cli import main

DRAFT = Path(__file__).parent.parent / "core" / "checks" / "drafts" / "town-kanji-fusoku.txt"


def test_suppl_findings_are_placed_in_the_fusoku(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(DRAFT)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("✖ 付則第1項 [O10] 施行期日「令和三年三月一日」が、") for line in lines)
    assert "✖ 付則第3項 [O2] 付則第3項中「付則第四項」の引用する付則第4項はない（付則は3項）。引用先を確認の上、改められたい。" in lines
    assert not any(line.startswith("✖ 全体 [O10]") for line in lines)

"""``ordreview parse FILE [--json]``: outline, JSON schema, bilingual errors, light imports."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

DRAFT = """\
架空町個人情報保護条例
令和8年3月25日条例第7号
第1章　総則
（目的）
第1条　この条例は、目的を定める。
（定義）
第2条　この条例において「個人情報」とは、生存する個人に関する情報をいう。
2　前項の規定は、次に掲げる場合に適用する。
　(1)　甲の場合
　(2)　乙の場合
第3条　削除
第9章の2　雑則
附　則
この条例は、公布の日から施行する。
"""


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_outline_in_japanese(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["parse", str(draft)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "題名: 架空町個人情報保護条例",
        "条例番号: 令和8年条例第7号",
        "第1章　総則",
        "    第1条（目的）　1項 0号",
        "    第2条（定義）　2項 2号",
        "    第3条（定義）　削除",
        "第9章の2　雑則",
        "附　則（0条・1項）",
        "3条（附則1件）、定義語1件、参照1件（未解決0件）、警告0件",
    ]


def test_outline_in_english(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--lang", "en", "parse", str(draft)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Title: 架空町個人情報保護条例"
    assert lines[4] == "    第2条（定義）　2 para. 2 items"
    assert lines[5] == "    第3条（定義）　deleted"
    assert lines[-1] == "3 articles (1 supplementary provision), 1 defined term, 1 reference (0 unresolved), 0 warnings"


def test_json_object(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["parse", "--json", str(draft)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "架空町個人情報保護条例"
    assert data["law_num"] == "令和8年条例第7号"
    assert data["source"]["path"] == str(draft)
    assert (data["source"]["format"], data["source"]["encoding"]) == ("txt", "utf-8")
    assert [a["num"] for a in data["articles"]] == ["1", "2", "3"]
    art2 = data["articles"][1]
    assert (art2["title"], art2["caption"], art2["chapter"]) == ("第2条", "定義", "1")
    text = Path(draft).read_text(encoding="utf-8")
    start, end = art2["span"]
    assert text[start:end].startswith("（定義）\n第2条")
    para2 = art2["paragraphs"][1]
    assert (para2["num"], para2["text"]) == (2, "前項の規定は、次に掲げる場合に適用する。")
    assert [(i["num"], i["title"], i["text"], i["items"]) for i in para2["items"]] == [
        ("1", "(1)", "甲の場合", []),
        ("2", "(2)", "乙の場合", []),
    ]
    assert data["articles"][2]["deleted"] is True
    (term,) = data["terms"]
    assert (term["term"], term["definition"], term["article"], term["paragraph"], term["item"],
            term["scope"]) == ("個人情報", "生存する個人に関する情報", "2", 1, None, "ordinance")
    assert text[term["span"][0] : term["span"][1]].startswith("「個人情報」とは")
    (ref,) = data["references"]
    assert (ref["text"], ref["kind"], ref["target"], ref["external_law"]) == (
        "前項", "relative", {"article": "2", "paragraph": 1, "item": None}, None)
    assert [d["title"] for d in data["divisions"]] == ["第1章", "第9章の2"]
    assert data["suppl_provisions"][0]["paragraphs"][0]["text"] == "この条例は、公布の日から施行する。"
    assert data["warnings"] == []
    assert data["unplaced"] == []


def test_missing_file_is_a_bilingual_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["parse", str(tmp_path / "nothing.txt")], capsys)
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert lines[0].startswith("エラー: ") and lines[1].startswith("Error: ")
    assert "Traceback" not in err


@pytest.mark.parametrize("name", ["prose.txt", "empty.txt", "random.bin", "sample.pdf", "truncated.docx"])
def test_bad_inputs_exit_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["parse", str(Path(FIXTURES) / "bad" / name)], capsys)
    assert code == 2
    assert err.startswith("エラー: ") and "\nError: " in err
    assert "Traceback" not in err


def test_prose_is_not_an_ordinance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("会議の議事録です。\n条例の話は出ませんでした。\n", encoding="utf-8")
    code, _, err = _run(["parse", str(path)], capsys)
    assert code == 2
    assert err.splitlines() == [
        f"エラー: 条例として読み取れません（「第1条」のような条が見つかりません）: {path}",
        f"Error: This does not look like an ordinance (no article such as 第1条 was found): {path}",
    ]


def test_txt_path_stays_free_of_heavy_imports() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from ordreview.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main(['parse', '--json', {str(Path(FIXTURES) / 'model-complete.txt')!r}])\n"
        "heavy = ('docx', 'lxml', 'PySide6', 'sqlalchemy', 'diff_match_patch')\n"
        "print(rc, sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 []"


def test_json_output_is_utf8_even_on_a_cp932_console(draft: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ordreview", "parse", "--json", str(draft)],
        capture_output=True, env={"PYTHONIOENCODING": "cp932", **_env()}, check=True,
    )
    assert json.loads(io.TextIOWrapper(io.BytesIO(out.stdout), encoding="utf-8").read())["title"] == (
        "架空町個人情報保護条例")


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}


def test_outline_lists_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("第1条　次に掲げる\n(1)　甲\n(3)　丙\n", encoding="utf-8")
    code, out, _ = _run(["parse", str(path)], capsys)
    assert code == 0
    assert out.splitlines()[-2:] == ["警告:", "  第1条で号等の番号が飛んでいます: (1) の次が (3)"]
    code, out, _ = _run(["--lang", "en", "parse", str(path)], capsys)
    assert out.splitlines()[-2:] == ["Warnings:", "  Item numbering skips in 第1条: (3) follows (1)"]

"""The same finding gets the same label (and the same message) in the window, the CLI, the
report and the Word comment, in both label-numeral settings; the setting is kept with the
other user settings and changed in the settings dialog."""

from __future__ import annotations

import pytest

from ordreview.core.labels import shown_label, shown_message
from ordreview.gui.models.findings import COL_MESSAGE, COL_PLACE
from ordreview.gui.settings import AppSettings
from ordreview.gui.widgets.settings import SettingsDialog
from ordreview.preferences import load_preferences
from tests.core.test_label_numerals import KANJI

MARKS = ("✖ ", "▲ ", "・ ")


@pytest.mark.parametrize("numerals", ["arabic", "draft"])
def test_window_cli_report_and_word_comment_agree(make_window, tmp_path, capsys, numerals: str) -> None:
    from ordreview.cli import main
    from ordreview.export.annotate import comment_lines
    from ordreview.export.report import location_label as report_label

    draft = tmp_path / "kashiwa.txt"
    draft.write_text(KANJI, encoding="utf-8")
    AppSettings().label_numerals = numerals
    window = make_window()
    window.open_file(str(draft))
    review, model = window.review, window.findings_model
    assert review is not None and review.findings
    assert main(["check", str(draft)]) in (0, 1, 2)  # the CLI reads the same saved setting
    cli_rows = [line[2:] for line in capsys.readouterr().out.splitlines() if line[:2] in MARKS]
    inside = 0
    for row, f in enumerate(review.findings):
        place = model.index(row, COL_PLACE).data()
        assert place == shown_label(f.location, review.ordinance) == report_label(f.location, review.ordinance)
        message = model.index(row, COL_MESSAGE).data()
        assert message == shown_message(f.message_ja, review.ordinance)
        assert comment_lines(f, None, review.ordinance)[0][0].endswith(message)
        assert message in window.draft.tooltip_for([f])  # the hover text over the draft too
        assert any(line.startswith(place + " ") or line.startswith(place + " [") for line in cli_rows), place
        if f.location.article is not None:
            inside += 1
            arabic = any(c.isascii() and c.isdigit() for c in place)
            assert arabic == (numerals == "arabic"), place  # 第三条 in a kanji draft only when chosen
    assert inside


def test_cli_option_overrides_the_saved_setting(tmp_path, capsys) -> None:
    from ordreview.cli import main

    draft = tmp_path / "kashiwa.txt"
    draft.write_text(KANJI, encoding="utf-8")
    AppSettings().label_numerals = "draft"
    main(["check", str(draft), "--label-numerals", "arabic"])
    rows = [line[2:] for line in capsys.readouterr().out.splitlines() if line[:2] in MARKS]
    assert any(r.startswith("第2条第2号ロ ") for r in rows) and not any("第二条" in r for r in rows)
    main(["--label-numerals", "draft", "check", str(draft)])
    rows = [line[2:] for line in capsys.readouterr().out.splitlines() if line[:2] in MARKS]
    assert any(r.startswith("第二条第二号ロ ") for r in rows) and not any(r.startswith("第2条") for r in rows)


def test_the_settings_dialog_keeps_the_choice_and_the_window_relabels(make_window, tmp_path, qtbot) -> None:
    draft = tmp_path / "kashiwa.txt"
    draft.write_text(KANJI, encoding="utf-8")
    window = make_window()
    window.open_file(str(draft))
    model = window.findings_model
    before = [model.index(r, COL_PLACE).data() for r in range(model.rowCount())]
    assert "第2条第2号ロ" in before
    dialog = SettingsDialog(window.settings, window)
    page = next(p for p in dialog.pages if hasattr(p, "numerals"))
    page.numerals.setCurrentIndex(page.numerals.findData("draft"))
    dialog.accept()
    window.apply_settings()
    assert load_preferences().label_numerals == "draft"
    after = [model.index(r, COL_PLACE).data() for r in range(model.rowCount())]
    assert "第二条第二号ロ" in after and "第2条第2号ロ" not in after

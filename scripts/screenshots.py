"""Write screenshots of the review window's main states (offscreen, real engine and store).

Usage::

    python scripts/screenshots.py [--out out/screenshots] [--draft fixtures/defects.txt]
    python scripts/screenshots.py --screen 1366x768@100 --out out/screenshots-1366
    python scripts/screenshots.py --screen 1920x1080@150 --out out/screenshots-1920-150
    python scripts/screenshots.py --draft fixtures/model-national-style.txt --label-numerals draft

``--screen WxH@PERCENT`` gives Qt's offscreen platform one screen of that size and scaling, so
the window starts as it would on such a PC (first start: fitted to the screen).

States: opened draft, a definition finding selected with its diff and history, the coverage
view, the settings dialog, the About box, a revised draft with obsolete findings (filtered),
the English UI (built in English, and switched live from Japanese). Uses a throw-away ORDREVIEW_HOME so the
user's database is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORDREVIEW_HOME"] = tempfile.mkdtemp(prefix="ordreview-shots-")


def simulate_screen(spec: str) -> None:
    """Configure the offscreen platform with one screen ``WxH@PERCENT`` (before Qt starts)."""
    m = re.fullmatch(r"(\d+)x(\d+)@(\d+)", spec)
    if m is None:
        raise SystemExit(f"--screen: expected WxH@PERCENT, e.g. 1366x768@100, not {spec!r}")
    width, height, percent = (int(g) for g in m.groups())
    config = Path(os.environ["ORDREVIEW_HOME"]) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": spec, "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96 * percent / 100, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "out" / "screenshots"))
    parser.add_argument("--draft", default=str(ROOT / "fixtures" / "defects.txt"))
    parser.add_argument("--screen", help="simulate one screen, WxH@PERCENT (e.g. 1920x1080@150)")
    parser.add_argument("--label-numerals", choices=("arabic", "draft"), default="arabic",
                        help="the setting 条項の表記: arabic (第3条第4号) or the draft's own numerals")
    args = parser.parse_args(argv)
    if args.screen:
        simulate_screen(args.screen)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from ordreview.gui.app import build_window, ensure_app
    from ordreview.gui.i18n import install_translators
    from ordreview.gui.settings import AppSettings
    from ordreview.gui.widgets.about import AboutDialog
    from ordreview.gui.widgets.dialogs import Dialogs
    from ordreview.gui.widgets.mainwindow import Pools
    from ordreview.gui.widgets.settings import SettingsDialog

    app = ensure_app()
    japanese = install_translators(app, "ja")  # Qt's own strings (OK/キャンセル)
    settings = AppSettings()
    settings.reviewer_name = "法制 花子"
    settings.reviewer_initials = "HH"
    settings.label_numerals = args.label_numerals

    def shoot(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    window = build_window(settings=settings, pools=Pools.synchronous(), dialogs=Dialogs(), lang="ja")
    window.open_file(args.draft)
    shoot(window, "01-opened")
    definition = next((f for f in window.review.findings if f.comparison is not None), None)
    if definition is not None:
        window.select_finding(definition.id)
        window.editor.set_status("needs_fix")
        window.editor.comment.insertPlainText("「生存する」の有無を確認すること。")
        window.editor.flush()
        shoot(window, "02-definition-diff")
    if not args.screen:
        window.resize(1280, 720)  # a 1920x1080 laptop at 150 % scaling
        shoot(window, "02b-small-window")
        window.resize(1400, 860)
    window.left.setCurrentIndex(1)
    shoot(window, "03-coverage")
    window.coverage.tabs.setCurrentIndex(1)
    shoot(window, "04-alignment")
    dialog = SettingsDialog(settings, window)
    shoot(dialog, "05-settings")
    from PySide6.QtWidgets import QTabWidget

    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)  # 表示: language, font size, 条項の表記
    shoot(dialog, "05-settings-display")
    dialog.close()
    about = AboutDialog(profile=window.services.profile_version(), log_path=str(Path(os.environ["ORDREVIEW_HOME"]) / "logs"), parent=window)
    shoot(about, "06-about")
    about.close()

    # a revision: the line of an annotated finding is deleted, so that finding goes obsolete
    source = Path(args.draft)
    victim = next((f for f in window.review.findings if f.location.article and f.location.span is not None
                   and f.id != getattr(definition, "id", None)), None)
    if victim is not None and source.suffix == ".txt":
        window.select_finding(victim.id)
        window.editor.set_status("on_hold")
        window.editor.comment.insertPlainText("次の版で条文ごと見直す予定。")
        window.editor.flush()
        window.editor.set_status("needs_fix")
        window.editor.flush()
        text = window.review.ordinance.text
        start = text.rfind("\n", 0, victim.location.span.start) + 1
        end = text.find("\n", victim.location.span.end)
        revised = Path(os.environ["ORDREVIEW_HOME"]) / f"{source.stem}-rev2.txt"
        revised.write_text(text[:start] + text[end + 1:], encoding="utf-8")
        window.left.setCurrentIndex(0)
        window.open_file(str(revised))
        window.findings.state.setCurrentIndex(window.findings.state.findData("obsolete"))
        obsolete = [f.id for f in window.findings_model.findings() if window.findings_model.is_obsolete(f.id)]
        shown = next((fid for fid in obsolete if window.findings_model.annotation(fid) is not None), None)
        if shown is not None or obsolete:
            window.select_finding(shown or obsolete[0])
        shoot(window, "08-revised-obsolete")
        window.findings.state.setCurrentIndex(0)
        window.set_language("en")
        shoot(window, "09-switched-to-english")
        window.set_language("ja")
    window.close()

    for tr in japanese:
        QApplication.instance().removeTranslator(tr)
    translators = install_translators(app, "en")
    english = build_window(settings=settings, pools=Pools.synchronous(), dialogs=Dialogs(), lang="en")
    if not args.screen:
        english.resize(1400, 860)  # the saved geometry was clamped to the offscreen screen
    english.open_file(args.draft)
    if definition is not None:
        english.select_finding(definition.id)
    shoot(english, "07-english")
    if not args.screen:
        english.resize(1280, 720)
        shoot(english, "07b-english-small-window")
    english.close()
    for tr in translators:
        QApplication.instance().removeTranslator(tr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

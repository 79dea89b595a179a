"""The review window's actions, menus and toolbar, declared once.

Each command of :class:`~ordreview.gui.widgets.mainwindow.MainWindow` is one :class:`ActionSpec`
in :data:`ACTIONS` (attribute name, text, shortcut, the window method it calls); :data:`MENUS` and
:data:`TOOLBAR` say where the actions are placed. :func:`build` makes the actions, menus and
toolbar from these tables, and :func:`retranslate` sets their texts again in the current UI
language. The window itself keeps only layout and wiring.

Texts are Qt translation sources in the ``MainWindow`` context (``QT_TRANSLATE_NOOP`` marks them
for ``lupdate``; :func:`retranslate` looks them up with ``QCoreApplication.translate``), so
``resources/translations/ordreview_en.ts`` applies to them unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ordreview.core.model import ANNOTATION_STATUSES
from ordreview.gui import labels

if TYPE_CHECKING:
    from ordreview.gui.widgets.mainwindow import MainWindow

CONTEXT = "MainWindow"
SEPARATOR = "-"

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    """One command of the window.

    Attributes:
        name: the window attribute that holds the ``QAction`` (e.g. ``"open_action"``).
        text: the menu text, a translation source in the ``MainWindow`` context; ``""`` when
            ``label`` gives the text.
        slot: the window method called when triggered; a dotted path reaches a child widget
            (``"draft.copy"``).
        args: the arguments passed to ``slot``.
        shortcut: a standard key or a key sequence text.
        enabled: whether the action starts enabled (the window enables it when it applies).
        label: a function giving the (already translated) text, for texts from another context.
    """

    name: str
    text: str
    slot: str
    args: tuple = ()
    shortcut: Shortcut = None
    enabled: bool = True
    label: Callable[[], str] | None = None


@dataclass(frozen=True)
class MenuSpec:
    """A menu (or submenu) and what it holds, in order.

    Attributes:
        name: the window attribute that holds the ``QMenu``.
        title: the title, a translation source in the ``MainWindow`` context.
        entries: action names, :data:`SEPARATOR`, or a nested :class:`MenuSpec` (a submenu the
            window fills itself, such as the recent files).
    """

    name: str
    title: str
    entries: tuple[str | MenuSpec, ...] = ()


def _status_action(number: int, code: str) -> ActionSpec:
    return ActionSpec(f"status_{code}_action", "", "set_current_status", (code,), f"Ctrl+{number}",
                      label=lambda: labels.status_label(code))


STATUS_ACTIONS: tuple[ActionSpec, ...] = tuple(
    _status_action(number, code) for number, code in enumerate(ANNOTATION_STATUSES, start=1))
"""Ctrl+1…: set the selected finding's annotation status (one per status, in the core's order)."""

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open_action", QT_TRANSLATE_NOOP("MainWindow", "開く(&O)..."), "ask_open",
               shortcut=QKeySequence.StandardKey.Open),
    ActionSpec("export_action", QT_TRANSLATE_NOOP("MainWindow", "Word に出力(&E)..."), "export",
               shortcut="Ctrl+E", enabled=False),
    ActionSpec("quit_action", QT_TRANSLATE_NOOP("MainWindow", "終了(&X)"), "close", shortcut="Ctrl+Q"),
    ActionSpec("export_review_action", QT_TRANSLATE_NOOP("MainWindow", "レビューファイルを書き出す(&W)..."),
               "export_review_file", enabled=False),
    ActionSpec("import_review_action", QT_TRANSLATE_NOOP("MainWindow", "レビューファイルを読み込む(&I)..."),
               "import_review_file"),
    # Edit
    ActionSpec("copy_action", QT_TRANSLATE_NOOP("MainWindow", "コピー(&C)"), "draft.copy",
               shortcut=QKeySequence.StandardKey.Copy),
    ActionSpec("find_action", QT_TRANSLATE_NOOP("MainWindow", "検索・絞り込み(&F)"), "focus_search",
               shortcut=QKeySequence.StandardKey.Find),
    ActionSpec("settings_action", QT_TRANSLATE_NOOP("MainWindow", "設定(&S)..."), "show_settings"),
    # View
    ActionSpec("show_outline_action", QT_TRANSLATE_NOOP("MainWindow", "構成(&O)"), "left.setCurrentIndex", (0,),
               shortcut="Ctrl+Shift+O"),
    ActionSpec("show_coverage_action", QT_TRANSLATE_NOOP("MainWindow", "対応状況(&C)"), "left.setCurrentIndex", (1,),
               shortcut="Ctrl+Shift+C"),
    ActionSpec("zoom_in_action", QT_TRANSLATE_NOOP("MainWindow", "文字を大きく(&I)"), "zoom", (1,),
               shortcut=QKeySequence.StandardKey.ZoomIn),
    ActionSpec("zoom_out_action", QT_TRANSLATE_NOOP("MainWindow", "文字を小さく(&D)"), "zoom", (-1,),
               shortcut=QKeySequence.StandardKey.ZoomOut),
    # Review
    ActionSpec("next_action", QT_TRANSLATE_NOOP("MainWindow", "次の未処理の指摘(&N)"), "step_open", (1,),
               shortcut="F8"),
    ActionSpec("prev_action", QT_TRANSLATE_NOOP("MainWindow", "前の未処理の指摘(&P)"), "step_open", (-1,),
               shortcut="Shift+F8"),
    ActionSpec("recheck_action", QT_TRANSLATE_NOOP("MainWindow", "再チェック(&R)"), "recheck",
               shortcut=QKeySequence.StandardKey.Refresh),
    *STATUS_ACTIONS,
    ActionSpec("resolve_action", QT_TRANSLATE_NOOP("MainWindow", "解決済みにする／未解決に戻す(&S)"),
               "toggle_resolved", shortcut="Ctrl+D"),
    # Help
    ActionSpec("about_action", QT_TRANSLATE_NOOP("MainWindow", "ordreview について(&A)"), "show_about"),
)

MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file_menu", QT_TRANSLATE_NOOP("MainWindow", "ファイル(&F)"), (
        "open_action",
        MenuSpec("recent_menu", QT_TRANSLATE_NOOP("MainWindow", "最近使ったファイル(&R)")),
        "export_action", SEPARATOR,
        "export_review_action", "import_review_action", SEPARATOR,
        "quit_action",
    )),
    MenuSpec("edit_menu", QT_TRANSLATE_NOOP("MainWindow", "編集(&E)"), (
        "copy_action", "find_action", SEPARATOR, "settings_action",
    )),
    MenuSpec("view_menu", QT_TRANSLATE_NOOP("MainWindow", "表示(&V)"), (
        "show_outline_action", "show_coverage_action", "zoom_in_action", "zoom_out_action",
    )),
    MenuSpec("review_menu", QT_TRANSLATE_NOOP("MainWindow", "レビュー(&R)"), (
        "next_action", "prev_action", SEPARATOR,
        *(spec.name for spec in STATUS_ACTIONS),
        "resolve_action", SEPARATOR,
        "recheck_action",
        MenuSpec("profile_menu", QT_TRANSLATE_NOOP("MainWindow", "プロファイル(&F)")),
    )),
    MenuSpec("help_menu", QT_TRANSLATE_NOOP("MainWindow", "ヘルプ(&H)"), ("about_action",)),
)

TOOLBAR = MenuSpec("toolbar", QT_TRANSLATE_NOOP("MainWindow", "ツールバー"), (
    "open_action", "export_action", SEPARATOR,
    "prev_action", "next_action", SEPARATOR,
    "show_coverage_action",
))
"""The main toolbar (text only)."""


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _resolve(window: MainWindow, path: str) -> Callable:
    target: object = window
    for part in path.split("."):
        target = getattr(target, part)
    return target  # type: ignore[return-value]


def _make_action(window: MainWindow, spec: ActionSpec) -> QAction:
    act = QAction("", window)
    if spec.shortcut is not None:
        act.setShortcut(QKeySequence(spec.shortcut))
    slot, args = _resolve(window, spec.slot), spec.args
    act.triggered.connect(lambda _checked=False: slot(*args))
    act.setEnabled(spec.enabled)
    window.addAction(act)
    return act


def _fill(window: MainWindow, container, entries: tuple[str | MenuSpec, ...]) -> None:
    for entry in entries:
        if isinstance(entry, MenuSpec):
            submenu = container.addMenu("")
            setattr(window, entry.name, submenu)
            _fill(window, submenu, entry.entries)
        elif entry == SEPARATOR:
            container.addSeparator()
        else:
            container.addAction(getattr(window, entry))


def build(window: MainWindow) -> None:
    """Make the window's actions, menus and toolbar from the tables (texts set by :func:`retranslate`).

    Every action becomes the window attribute named in its spec. ``window.status_actions`` maps
    each annotation status to its action.
    """
    for spec in ACTIONS:
        setattr(window, spec.name, _make_action(window, spec))
    window.status_actions = {spec.args[0]: getattr(window, spec.name) for spec in STATUS_ACTIONS}
    bar = window.menuBar()
    for menu in MENUS:
        qmenu: QMenu = bar.addMenu("")
        setattr(window, menu.name, qmenu)
        _fill(window, qmenu, menu.entries)
    toolbar = window.addToolBar("")
    toolbar.setObjectName("mainToolBar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    setattr(window, TOOLBAR.name, toolbar)
    _fill(window, toolbar, TOOLBAR.entries)


def _menus(entries: tuple[str | MenuSpec, ...]):
    for entry in entries:
        if isinstance(entry, MenuSpec):
            yield entry
            yield from _menus(entry.entries)


def retranslate(window: MainWindow) -> None:
    """Set the texts of the window's actions, menus and toolbar in the current UI language."""
    for spec in ACTIONS:
        getattr(window, spec.name).setText(spec.label() if spec.label is not None else _translate(spec.text))
    for menu in _menus(MENUS):
        getattr(window, menu.name).setTitle(_translate(menu.title))
    window.toolbar.setWindowTitle(_translate(TOOLBAR.title))

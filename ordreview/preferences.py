"""Export preferences shared by the window and the command line.

The reviewer's name and initials (author of the Word comments), the 団体名 on the report
cover, the numerals of provision labels and whether 参考 (info) findings go into the exported files are asked at the first
export in the window and remembered here; ``ordreview export`` reads the same file, so both
sign the comments with the same name (never the operating system's user name). A plain JSON
file in the user data folder: no Qt needed to read it, and a help desk can read it too.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from ordreview.paths import user_data_dir

log = logging.getLogger(__name__)

FILE_NAME = "export-preferences.json"
DEFAULT_REVIEWER = "レビュー担当"


@dataclass(frozen=True, slots=True)
class ExportPreferences:
    """What the officer chose for exports.

    Attributes:
        reviewer_name: author of the Word comments (``""``: not asked yet).
        reviewer_initials: the author's initials in Word.
        municipality: 団体名 on the report cover.
        include_info: include 参考 (info) findings in the annotated draft and the report.
        label_numerals: numerals of the provision labels shown in the window, the command
            line, the report and the Word comments: ``"arabic"`` (第3条第4号) or ``"draft"``
            (the draft's own: 第三条第四号 in a kanji draft, 第３条第４号 in a full-width one).
    """

    reviewer_name: str = ""
    reviewer_initials: str = ""
    municipality: str = ""
    include_info: bool = True
    label_numerals: str = "arabic"

    @property
    def asked(self) -> bool:
        """True once a reviewer name was given (the first export asks for it)."""
        return bool(self.reviewer_name.strip())


def preferences_path() -> Path:
    """The preferences file (``ORDREVIEW_HOME`` moves it with the rest of the user data)."""
    return user_data_dir() / FILE_NAME


def load_preferences(path: Path | None = None) -> ExportPreferences:
    """The saved preferences; defaults when the file is missing or unreadable (logged)."""
    path = path or preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ExportPreferences()
    except (OSError, ValueError) as err:
        log.warning("export preferences %s unreadable: %s", path, err)
        return ExportPreferences()
    if not isinstance(raw, dict):
        return ExportPreferences()
    known = {f.name: f.type for f in fields(ExportPreferences)}
    values = {}
    for key, value in raw.items():
        if key not in known:
            continue
        if key == "include_info":
            values[key] = bool(value)
        elif isinstance(value, str):
            values[key] = value.strip()
    if values.get("label_numerals") not in (None, "arabic", "draft"):
        log.warning("export preferences %s: unknown label numerals %r, using arabic", path, values["label_numerals"])
        values["label_numerals"] = "arabic"
    return ExportPreferences(**values)


def save_preferences(prefs: ExportPreferences, path: Path | None = None) -> Path:
    """Write ``prefs`` (atomically: a temporary file renamed over the old one)."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path


def update_preferences(**changes: object) -> ExportPreferences:
    """Load, change the given fields, save; returns the new preferences."""
    prefs = replace(load_preferences(), **changes)  # type: ignore[arg-type]
    save_preferences(prefs)
    return prefs


def initials_of(name: str) -> str:
    """Initials for a name: first letter of each word (upper case), at most three; 山田 太郎 → 山太."""
    parts = [w for w in name.replace("　", " ").replace(".", " ").split() if w]
    if not parts:
        return ""
    if len(parts) == 1:
        word = parts[0]
        return word[:2].upper() if word.isascii() else word[:1]
    return "".join(w[0] for w in parts[:3]).upper()

"""The user's preferences, kept in an INI file in the user data folder via ``QSettings``.

Using an explicit INI path (rather than the registry) keeps tests isolated through
``ORDREVIEW_HOME`` and lets a help desk read the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ordreview.core.model import Reviewer
from ordreview.paths import user_data_dir
from ordreview.preferences import load_preferences, update_preferences

MAX_RECENT = 8
LANGUAGES = ("ja", "en", "system")


class AppSettings:
    """Typed accessors over ``QSettings``. Every property is read/write and saved at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / "settings.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str) -> str:
        value = self._qs.value(key, default)
        return default if value is None else str(value)

    def _set(self, key: str, value: str) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    # The reviewer and the other export choices live in the preferences file the command line
    # reads too (``ordreview.preferences``), so both sign Word comments with the same name.

    @property
    def reviewer_name(self) -> str:
        """The reviewer's name (Word comment author). Read/write."""
        name = load_preferences().reviewer_name
        return name or self._get("reviewer/name", "")  # saved here by earlier versions

    @reviewer_name.setter
    def reviewer_name(self, value: str) -> None:
        update_preferences(reviewer_name=value.strip())

    @property
    def reviewer_initials(self) -> str:
        """The reviewer's initials (Word comment initials). Read/write."""
        return load_preferences().reviewer_initials or self._get("reviewer/initials", "")

    @reviewer_initials.setter
    def reviewer_initials(self, value: str) -> None:
        update_preferences(reviewer_initials=value.strip())

    @property
    def municipality(self) -> str:
        """団体名 on the report cover. Read/write."""
        return load_preferences().municipality

    @municipality.setter
    def municipality(self, value: str) -> None:
        update_preferences(municipality=value.strip())

    @property
    def include_info(self) -> bool:
        """Export 参考 (info) findings too. Read/write."""
        return load_preferences().include_info

    @include_info.setter
    def include_info(self, value: bool) -> None:
        update_preferences(include_info=bool(value))

    @property
    def label_numerals(self) -> str:
        """Numerals of provision labels: ``"arabic"`` (第3条第4号) or ``"draft"`` (the draft's own). Read/write."""
        return load_preferences().label_numerals

    @label_numerals.setter
    def label_numerals(self, value: str) -> None:
        from ordreview.core.labels import set_label_numerals

        update_preferences(label_numerals=set_label_numerals(value))

    def reviewer(self) -> Reviewer:
        """The reviewer; an unnamed user is ``"レビュー担当"`` / ``"RV"``."""
        name = self.reviewer_name or "レビュー担当"
        return Reviewer(name=name, initials=self.reviewer_initials or name[:2])

    @property
    def db_url(self) -> str:
        """Database URL or SQLite file path; ``""`` means the default. Read/write."""
        return self._get("store/url", "")

    @db_url.setter
    def db_url(self, value: str) -> None:
        self._set("store/url", value.strip())

    def store_url(self) -> str | None:
        """The URL to hand to ``open_store``: a bare file path becomes ``sqlite:///path``."""
        raw = self.db_url
        if not raw:
            return None
        if "://" in raw:
            return raw
        return "sqlite:///" + str(Path(raw).expanduser().resolve())

    @property
    def language(self) -> str:
        """``"ja"`` (default), ``"en"`` or ``"system"`` (follow the system locale). Read/write."""
        value = self._get("ui/language", "ja")
        return value if value in LANGUAGES else "ja"

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value if value in LANGUAGES else "ja")

    @property
    def profiles_dir(self) -> str:
        """An extra folder of profile files offered in the settings, ``""`` for none. Read/write."""
        return self._get("profiles/dir", "")

    @profiles_dir.setter
    def profiles_dir(self, value: str) -> None:
        self._set("profiles/dir", value.strip())

    @property
    def profile(self) -> str:
        """Profile id or path of a profile file; ``""`` for the default profile. Read/write."""
        return self._get("profiles/profile", "")

    @profile.setter
    def profile(self, value: str) -> None:
        self._set("profiles/profile", value.strip())

    @property
    def font_size(self) -> int:
        """Point size of the draft text, 8–32 (default 11). Read/write."""
        try:
            size = int(self._get("ui/font_size", "11"))
        except ValueError:
            return 11
        return min(32, max(8, size))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("ui/font_size", str(min(32, max(8, int(value)))))

    def window_state(self) -> tuple[QByteArray, QByteArray, QByteArray]:
        """Saved ``(geometry, window state, splitter state)``; empty arrays when none."""
        def get(key: str) -> QByteArray:
            value = self._qs.value(key)
            return value if isinstance(value, QByteArray) else QByteArray()

        return get("window/geometry"), get("window/state"), get("window/splitter")

    def set_window_state(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        """Remember the window's size, toolbar state and pane sizes."""
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/splitter", splitter)
        self._qs.sync()

    def recent_files(self) -> list[str]:
        """Recently opened drafts, newest first."""
        raw = self._qs.value("recent/files", [])
        if isinstance(raw, str):
            raw = [raw] if raw else []
        return [str(p) for p in (raw or [])][:MAX_RECENT]

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent list and return the new list."""
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        files = files[:MAX_RECENT]
        self._qs.setValue("recent/files", files)
        self._qs.sync()
        return files

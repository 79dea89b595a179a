"""Where ordreview finds its resources and keeps the user's data, for every run mode.

Resolved in one place (as Meld's ``conf.py`` does): the source tree, an installed wheel
(resources are packaged as ``ordreview/_resources``) and a PyInstaller bundle
(``sys._MEIPASS/resources``). No Qt here: the CLI uses it too.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

APP_NAME = "ordreview"
APP_AUTHOR = "ordreview"


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    """The folder holding profiles/, policy/, translations/, icons/ and samples/."""
    override = os.environ.get("ORDREVIEW_RESOURCES")
    if override:
        return Path(override)
    return _bundled_resources_dir()


@lru_cache(maxsize=1)
def _bundled_resources_dir() -> Path:
    """The resources shipped with this copy of the program (they do not move while it runs;
    looked up once, as the engine asks for each model wording)."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a bundled resource file, e.g. ``resource("profiles", "basic-policy-2016.json")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder (database, user profiles); ``ORDREVIEW_HOME`` overrides it."""
    override = os.environ.get("ORDREVIEW_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def user_profiles_dir() -> Path:
    """Folder where a user may drop extra profile files (e.g. a prefecture's checklist)."""
    return user_data_dir() / "profiles"


def user_log_dir() -> Path:
    """Folder for rotating log files."""
    override = os.environ.get("ORDREVIEW_HOME")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    """The default SQLite database file."""
    return user_data_dir() / "reviews.sqlite3"


def sample_draft() -> Path:
    """The bundled sample draft used by ``--selftest`` and the README's first command.

    Packaged builds carry it as ``resources/samples/sample-draft.txt``; in the source tree it
    is ``fixtures/model-complete.txt``.
    """
    bundled = resource("samples", "sample-draft.txt")
    if bundled.is_file():
        return bundled
    return Path(__file__).resolve().parent.parent / "fixtures" / "model-complete.txt"

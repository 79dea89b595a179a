"""Finding and loading profiles: the bundled ones (``resources/profiles``) and those in the
user's profile folder (``paths.user_profiles_dir()``), by id or by file path."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ordreview import paths
from ordreview.core.errors import ProfileError
from ordreview.core.messages import define
from ordreview.core.profile.schema import DEFAULT_PROFILE, Profile, ProfileInfo
from ordreview.core.profile.validate import parse_profile

E_NOT_FOUND = define(
    "profile.not_found",
    ja="プロファイルが見つかりません: {name}",
    en="Profile not found: {name}",
)
E_UNREADABLE = define(
    "profile.unreadable",
    ja="プロファイルを読み込めません（{path}）: {reason}",
    en="Cannot read the profile ({path}): {reason}",
)


def _bundled_dir() -> Path:
    return paths.resource("profiles")


def _candidates() -> list[tuple[Path, bool]]:
    found: list[tuple[Path, bool]] = []
    for folder, bundled in ((_bundled_dir(), True), (paths.user_profiles_dir(), False)):
        if folder.is_dir():
            found.extend((p, bundled) for p in sorted(folder.glob("*.json")))
    return found


def list_profiles() -> list[ProfileInfo]:
    """Bundled profiles, then those in the user's profile folder; invalid files are skipped."""
    infos: list[ProfileInfo] = []
    for path, bundled in _candidates():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            infos.append(
                ProfileInfo(
                    id=str(data["id"]),
                    version=str(data["version"]),
                    title_ja=str(data.get("title_ja", "")),
                    title_en=str(data.get("title_en", "")),
                    path=str(path),
                    bundled=bundled,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return infos


def load_profile(id_or_path: str | None = None) -> Profile:
    """Load and validate a profile by id (bundled or user folder) or by file path.

    ``None`` loads the default profile, ``"basic-policy-2016"``. Raises ``ProfileError``
    when nothing is found or a field is invalid (the message names the field).
    """
    name = id_or_path or DEFAULT_PROFILE
    path = Path(name)
    if not (path.suffix == ".json" and path.is_file()):
        path = next((p for p, _ in _candidates() if p.stem == name), None)  # type: ignore[assignment]
        if path is None:
            for info in list_profiles():
                if info.id == name:
                    path = Path(info.path)
                    break
        if path is None:
            raise ProfileError(E_NOT_FOUND, name=name)
    return _load_path(str(path.resolve()), path.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _load_path(path: str, _mtime: int) -> Profile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ProfileError(E_UNREADABLE, path=path, reason=str(exc)) from exc
    return parse_profile(data, path=path)


def policy_text(profile: Profile) -> str:
    """The full Basic Policy text the profile ships (empty if the resource is missing)."""
    try:
        return paths.resource(profile.policy_text).read_text(encoding="utf-8")
    except OSError:
        return ""

"""Which profile a draft is reviewed with, and why.

A draft written for the regime in force since 2023-04-01 (an ordinance implementing the
個人情報の保護に関する法律, 法施行条例) is reviewed with the ``kojin-joho-2023`` profile; any
other draft with the default profile (the 2016 Basic Policy). The decision reuses the regime
detection behind O15 (:func:`ordreview.core.align.detect_regime`, driven by the default
profile's ``regime_signals``), so the two can never disagree: a draft for which the default
profile would report O15 is the draft that gets the post-2023 profile.

The officer can always override the choice (``--profile`` on the command line, the window's
profile chooser); :class:`ProfileChoice` records whether the choice was automatic and its reason,
for the CLI's line, the ``profile.choice`` field of ``check --json`` and the window's status bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ordreview.core.align import DraftIndex, detect_regime
from ordreview.core.messages import define, render
from ordreview.core.model import Ordinance
from ordreview.core.profile import DEFAULT_PROFILE, Profile, load_profile

POST_2023_PROFILE = "kojin-joho-2023"
"""The profile of ordinances implementing the Act since 2023-04-01."""

AUTO = "auto"
"""The profile reference meaning "choose from the draft"."""

REASON_POST_2023 = define(
    "profile.choice.post_2023",
    ja="自動選択: 令和5年4月1日以後の法施行条例の特徴（{found}）があるため",
    en="chosen automatically: the draft has features of an ordinance implementing the Act since 2023-04-01 ({found})",
)
REASON_DEFAULT = define(
    "profile.choice.default",
    ja="自動選択: 法施行条例の特徴が見当たらないため",
    en="chosen automatically: no features of a post-2023 implementing ordinance",
)
REASON_USER = define(
    "profile.choice.user",
    ja="利用者が指定",
    en="chosen by the user",
)
CHOICE_LINE = define(
    "profile.choice.line",
    ja="プロファイル: {title}（{reason}）",
    en="Profile: {title_en} ({reason_en})",
)


@dataclass(frozen=True)
class ProfileChoice:
    """The profile a draft is reviewed with.

    Attributes:
        profile: the loaded profile.
        automatic: True when chosen from the draft, False when the user named it.
        reason_ja / reason_en: why (shown to the officer).
        signals: the post-2023 wordings found in the draft (empty when none or not looked for).
        index: the draft's index built to choose (for ``profile``, the default profile), so
            that the review that follows need not build it again; ``None`` otherwise.
    """

    profile: Profile
    automatic: bool
    reason_ja: str
    reason_en: str
    signals: tuple[str, ...] = ()
    index: DraftIndex | None = field(default=None, compare=False, repr=False)

    def line(self) -> tuple[str, str]:
        """「プロファイル: …（自動選択: …）」 in both languages."""
        return render(CHOICE_LINE, title=self.profile.title_ja, title_en=self.profile.title_en,
                      reason=self.reason_ja, reason_en=self.reason_en)

    def to_json(self) -> dict[str, Any]:
        """The ``profile.choice`` object of ``check --json``."""
        return {"automatic": self.automatic, "reason_ja": self.reason_ja, "reason_en": self.reason_en,
                "signals": list(self.signals)}


def is_auto(ref: object) -> bool:
    """True when ``ref`` asks for the automatic choice (``None`` or ``"auto"``)."""
    return ref is None or ref == AUTO


def choose_profile(ordinance: Ordinance, requested: Profile | str | None = None) -> ProfileChoice:
    """The profile for ``ordinance``: ``requested`` when given (a profile, id or path), else
    chosen from the draft (see the module docstring). Raises ``ProfileError`` for a bad
    ``requested`` profile."""
    if isinstance(requested, Profile):
        ja, en = render(REASON_USER)
        return ProfileChoice(requested, False, ja, en)
    if not is_auto(requested):
        ja, en = render(REASON_USER)
        return ProfileChoice(load_profile(str(requested)), False, ja, en)
    default = load_profile(DEFAULT_PROFILE)
    index = DraftIndex(ordinance, default)
    regime, spans = detect_regime(index)
    if regime:
        words = tuple(dict.fromkeys(s.slice(ordinance.text) for s in spans))
        found = "、".join(words[:3])
        ja, en = render(REASON_POST_2023, found=found)
        return ProfileChoice(load_profile(POST_2023_PROFILE), True, ja, en, words)
    ja, en = render(REASON_DEFAULT)
    return ProfileChoice(default, True, ja, en, index=index)

"""The Act's data for the post-2023 profile (``"act"`` in ``resources/profiles/kojin-joho-2023.json``).

From 2023-04-01 the 個人情報の保護に関する法律 (平成15年法律第57号) applies to local bodies
directly (令和3年法律第37号 第51条); what an implementing ordinance (法施行条例) may still set
is fixed by the articles of its 第5章. This module validates the data the profile carries
about them and exposes it as :class:`ActData`, for the rules of
:mod:`ordreview.core.checks.act2023`:

- ``articles``: the current numbering of 第5章 (article number → caption), cited in messages;
- ``old_citations``: wordings of repealed numbering (the former 行政機関個人情報保護法 and its
  law number, 非識別加工情報 …) with what replaced them; ``old_articles`` maps articles of
  the former act to the current article (the suggestion, only for the pairs listed);
- ``defined_terms``: the terms 法 defines, which the ordinance must take by reference;
- ``statute_yohairyo``: the categories of 法第2条第3項 (an ordinance's 条例要配慮個人情報 must
  not repeat them);
- ``deadline_days`` / ``extension_days``: the bounds of 法第83条 (PPC: an ordinance may
  shorten, never lengthen them);
- ``kokin_from``: the date from which penalties read 拘禁刑 (令和4年法律第67号, 施行
  2025-06-01);
- ``designated_cities``: the 指定都市 (地方自治法第252条の19), which with the 都道府県 must
  invite proposals for 行政機関等匿名加工情報 and so need the fee of 法第119条;
- ``applies_from`` (optional): the date from which 法第5章 applies to local bodies
  (2023-04-01, 令和3年法律第37号 附則第1条第7号): an implementing ordinance cannot take
  effect before it;
- ``anon_fee_standard`` (optional): the Cabinet-Order standard amounts for the 法第119条第3項
  fee, ``base_yen`` and ``per_hour_yen`` (unverified against the current 施行令: the
  requirement using them is marked ``verify``).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ActArticle:
    """One article of 法第5章 as now numbered."""

    num: str
    caption: str


@dataclass(frozen=True, slots=True)
class OldCitation:
    """A wording of repealed numbering and what replaced it.

    ``pattern`` is a regular expression on the folded draft text.
    """

    pattern: str
    label_ja: str
    label_en: str
    current_ja: str
    current_en: str


@dataclass(frozen=True)
class ActData:
    """The validated ``act`` section of a profile (see the module docstring)."""

    articles: tuple[ActArticle, ...]
    old_citations: tuple[OldCitation, ...]
    old_articles: dict[str, str]
    defined_terms: tuple[str, ...]
    statute_yohairyo: tuple[str, ...]
    deadline_days: int
    extension_days: int
    kokin_from: _dt.date
    designated_cities: tuple[str, ...]
    applies_from: _dt.date | None = None
    anon_fee_standard: dict[str, int] | None = None

    def caption(self, num: str) -> str:
        """The caption of article ``num`` of the Act (``""`` when not in the table)."""
        return next((a.caption for a in self.articles if a.num == num), "")

    def cite(self, num: str, para: str = "") -> str:
        """``"法第89条第2項（手数料）"``: an article of the Act with its caption when known."""
        cap = self.caption(num)
        return f"法第{num}条{para}" + (f"（{cap}）" if cap else "")


def _need(obj: dict[str, Any], key: str, kind: type) -> Any:
    if key not in obj:
        raise ValueError(f"{key}: is missing")
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ValueError(f"{key}: {value!r} is not a {kind.__name__}")
    return value


def _need_date(obj: dict[str, Any], key: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(_need(obj, key, str))
    except ValueError:
        raise ValueError(f"{key}: {obj.get(key)!r} is not a date (YYYY-MM-DD)") from None


def _strs(obj: dict[str, Any], key: str) -> tuple[str, ...]:
    items = _need(obj, key, list)
    for i, s in enumerate(items):
        if not isinstance(s, str) or not s:
            raise ValueError(f"{key}[{i}]: {s!r} is not a non-empty str")
    return tuple(items)


def parse_act(obj: dict[str, Any]) -> ActData:
    """Validate the ``act`` object; raises ``ValueError("field: problem")``."""
    arts = []
    for i, a in enumerate(_need(obj, "articles", list)):
        if not isinstance(a, dict):
            raise ValueError(f"articles[{i}]: must be an object")
        num, cap = a.get("num"), a.get("caption")
        if not isinstance(num, str) or not re.fullmatch(r"\d+(?:_\d+)*", num):
            raise ValueError(f"articles[{i}].num: {num!r} is not an article number")
        if not isinstance(cap, str) or not cap:
            raise ValueError(f"articles[{i}].caption: {cap!r} is not a non-empty str")
        arts.append(ActArticle(num, cap))
    olds = []
    for i, o in enumerate(_need(obj, "old_citations", list)):
        if not isinstance(o, dict):
            raise ValueError(f"old_citations[{i}]: must be an object")
        vals = []
        for k in ("pattern", "label_ja", "label_en", "current_ja", "current_en"):
            v = o.get(k)
            if not isinstance(v, str) or not v:
                raise ValueError(f"old_citations[{i}].{k}: {v!r} is not a non-empty str")
            vals.append(v)
        try:
            re.compile(vals[0])
        except re.error as exc:
            raise ValueError(f"old_citations[{i}].pattern: bad regular expression: {exc}") from None
        olds.append(OldCitation(*vals))
    old_articles = _need(obj, "old_articles", dict)
    for k, v in old_articles.items():
        if not (re.fullmatch(r"\d+(?:_\d+)*", k) and isinstance(v, str) and re.fullmatch(r"\d+(?:_\d+)*", v)):
            raise ValueError(f"old_articles.{k}: {v!r} is not an article number")
    days = {k: _need(obj, k, int) for k in ("deadline_days", "extension_days")}
    for k, v in days.items():
        if v <= 0:
            raise ValueError(f"{k}: {v!r} is not positive")
    kokin = _need_date(obj, "kokin_from")
    applies = _need_date(obj, "applies_from") if "applies_from" in obj else None
    standard = None
    if "anon_fee_standard" in obj:
        standard = dict(_need(obj, "anon_fee_standard", dict))
        for key in ("base_yen", "per_hour_yen"):
            value = standard.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"anon_fee_standard.{key}: {value!r} is not a positive int")
    return ActData(
        applies_from=applies,
        anon_fee_standard=standard,
        articles=tuple(arts),
        old_citations=tuple(olds),
        old_articles=dict(old_articles),
        defined_terms=_strs(obj, "defined_terms"),
        statute_yohairyo=_strs(obj, "statute_yohairyo"),
        deadline_days=days["deadline_days"],
        extension_days=days["extension_days"],
        kokin_from=kokin,
        designated_cities=_strs(obj, "designated_cities"),
    )

"""Translated labels for the core's codes (severity, point, coverage status, annotation status).

The literals are Japanese and go through ``QCoreApplication.translate`` so that lupdate
finds them; ``tests/gui/test_labels.py`` pins the status labels to ``core.model.STATUS_LABELS``.
Severity is shown with a symbol as well as a colour, for colour-blind users.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ordreview.core.model import Finding, Ordinance

SEVERITY_SYMBOLS: dict[str, str] = {"error": "●", "warning": "▲", "info": "■"}
SEVERITY_COLOURS: dict[str, str] = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0"}
SEVERITY_BACKGROUNDS: dict[str, str] = {"error": "#fde7e7", "warning": "#fff3d6", "info": "#e6f0fb"}
COVERAGE_SYMBOLS: dict[str, str] = {
    "covered": "✓",
    "partial": "△",
    "missing": "✕",
    "not_applicable": "－",
}
POINTS: tuple[str, ...] = ("A", "B", "C", "other")


def severity_label(severity: str) -> str:
    """``"誤り"`` / ``"注意"`` / ``"参考"`` (translated): the words of the CLI, the Word
    comments and the report (``export.labels.SEVERITY_LABEL``), so that a finding is called the
    same wherever the officer reads it."""
    if severity == "error":
        return QCoreApplication.translate("Labels", "誤り")
    if severity == "warning":
        return QCoreApplication.translate("Labels", "注意")
    return QCoreApplication.translate("Labels", "参考")


def severity_text(severity: str) -> str:
    """Symbol and label, e.g. ``"● エラー"``."""
    return f"{SEVERITY_SYMBOLS.get(severity, '■')} {severity_label(severity)}"


def severity_colour(severity: str) -> QColor:
    """The foreground colour of a severity."""
    return QColor(SEVERITY_COLOURS.get(severity, "#444444"))


def point_label(point: str) -> str:
    """The heading of a Basic Policy point (A, B, C or other)."""
    if point == "A":
        return QCoreApplication.translate("Labels", "A 個人情報の定義の明確化")
    if point == "B":
        return QCoreApplication.translate("Labels", "B 要配慮個人情報の取扱い")
    if point == "C":
        return QCoreApplication.translate("Labels", "C 非識別加工情報の仕組み")
    return QCoreApplication.translate("Labels", "その他の確認事項")


def point_short(point: str) -> str:
    """``"A"``, ``"B"``, ``"C"`` or ``"他"`` (translated)."""
    if point in ("A", "B", "C"):
        return point
    return QCoreApplication.translate("Labels", "他")


def coverage_label(status: str) -> str:
    """The label of a coverage status."""
    if status == "covered":
        return QCoreApplication.translate("Labels", "充足")
    if status == "partial":
        return QCoreApplication.translate("Labels", "一部")
    if status == "missing":
        return QCoreApplication.translate("Labels", "欠落")
    return QCoreApplication.translate("Labels", "対象外")


def coverage_text(status: str) -> str:
    """Symbol and label, e.g. ``"✓ 充足"``."""
    return f"{COVERAGE_SYMBOLS.get(status, '?')} {coverage_label(status)}"


def status_label(status: str) -> str:
    """The label of an annotation status (same texts as ``core.model.STATUS_LABELS``)."""
    if status == "needs_fix":
        return QCoreApplication.translate("Labels", "要修正")
    if status == "no_action":
        return QCoreApplication.translate("Labels", "対応不要")
    if status == "on_hold":
        return QCoreApplication.translate("Labels", "保留")
    return QCoreApplication.translate("Labels", "未確認")


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
          "xvi", "xvii", "xviii", "xix", "xx")


def _en_number(number: str) -> str:
    """``"2_2"`` → ``"2-2"`` (第2条の2 is cited as Article 2-2 in English)."""
    return number.replace("_", "-")


def _en_item(number: str, *, depth: int) -> str:
    """An item number as English translations of Japanese laws cite it: (iii), sub-items (a)."""
    if depth == 0:
        head, _, rest = number.partition("_")
        roman = _ROMAN[int(head) - 1] if head.isdigit() and 0 < int(head) <= len(_ROMAN) else head
        return f"({roman}{'-' + rest.replace('_', '-') if rest else ''})"
    if number.isdigit() and 0 < int(number) <= 26:  # sub-items (イ, ロ…) count from 1
        return f"({chr(ord('a') + int(number) - 1)})"
    return f"({number.replace('_', '-')})"


def place_label(ordinance: Ordinance | None, finding: Finding, lang: str = "ja") -> str:
    """Where a finding sits: ``"第2条第3号"`` in Japanese (``core.labels``, the one builder the
    CLI, the Word comments and the report use), ``"Art. 2(1)(iii)"`` in English.

    ``"全体"`` / "Whole draft" when it has no node; ``ordinance=None`` (a finding of an
    earlier revision) names the article from the finding alone.
    """
    from ordreview.core.labels import place_label as core_place_label
    from ordreview.core.labels import shown_label

    loc = finding.location
    if lang != "en":
        return shown_label(loc, ordinance)  # the one label the CLI, the report and Word show
    if loc.article is None:
        if loc.span is None or ordinance is None:
            return QCoreApplication.translate("Labels", "全体")
        ref = ordinance.locate(loc.span.start)
        place = core_place_label(ordinance, loc)
        if ref.article is not None and place != "全体":  # a span inside an article: named as the article
            from ordreview.core.model import Location

            loc = Location(ref.article, ref.paragraph, ref.item, loc.span)
        else:
            for ja, en in _PLACES_EN.items():
                if place.startswith(ja):
                    rest = place[len(ja):]
                    number = "".join(c for c in rest if c.isdigit() or c == "の").replace("の", "-")
                    return f"{en} {number}".strip() if number else en
            return place
    article = ordinance.article(loc.article) if ordinance is not None else None
    single = article is not None and len(article.paragraphs) <= 1
    show_paragraph = loc.paragraph is not None and loc.paragraph > 0 and not single
    items = loc.item.split(".") if loc.item else []
    # (Japanese labels returned above: shown_label is the one builder)
    text = f"Art. {_en_number(loc.article)}"
    if show_paragraph:
        text += f"({loc.paragraph})"
    elif items:  # an item is cited under its paragraph; a single paragraph is (1)
        text += "(1)" if single or loc.paragraph is None else f"({loc.paragraph})"
    return text + "".join(_en_item(n, depth=i) for i, n in enumerate(items))


_PLACES_EN = {"題名": "Title", "目次": "Contents", "前文": "Preamble", "制定文": "Enacting clause",
              "附則": "Suppl.", "付則": "Suppl.", "別表": "Appended Table", "全体": "Whole draft",
              "本則": "Main provisions", "第": "Ch."}


def earlier_place(finding: Finding, ordinance: Ordinance | None, lang: str = "ja") -> str:
    """Where a finding of an earlier revision sat: the label stored with it (the first 項 is
    never guessed), in the numerals chosen for the current draft ``ordinance``."""
    from ordreview.core.labels import earlier_label

    if lang == "en":
        return place_label(None, finding, lang)
    return earlier_label(finding, ordinance)


def message(finding: Finding, lang: str, ordinance: Ordinance | None = None) -> str:
    """The finding's message in the UI language, its provision labels in the numerals chosen
    in the settings (the draft's own when ``ordinance`` is given and that is the choice)."""
    from ordreview.core.labels import shown_message

    return finding.message_en if lang == "en" else shown_message(finding.message_ja, ordinance)

"""Labels shared by both exports and the CLI listings: severities, points, counts.

Kept free of python-docx so that ``ordreview check`` can use it without loading Word code.
"""

from __future__ import annotations

from collections.abc import Iterable

from ordreview.core.messages import define
from ordreview.core.model import Finding

SEVERITIES = ("error", "warning", "info")
"""Severities from the most to the least serious."""

SEVERITY_LABEL = {
    "error": define("export.severity.error", ja="誤り", en="Error"),
    "warning": define("export.severity.warning", ja="注意", en="Warning"),
    "info": define("export.severity.info", ja="参考", en="Note"),
}
"""Message code of each severity's label."""

POINT_TITLES: dict[str, tuple[str, str]] = {
    "A": ("個人情報の定義の明確化", "clearer definition of personal information"),
    "B": ("要配慮個人情報の取扱い", "handling of special-care information"),
    "C": ("非識別加工情報の提供の仕組み", "non-identifying processed information"),
}
"""(Japanese, English) title of each point of section 3 of the Basic Policy."""


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each severity, keyed in ``SEVERITIES`` order (zeros included)."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts

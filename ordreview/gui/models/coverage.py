"""The coverage tree (requirements grouped by point) and the article ↔ requirement alignment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ordreview.core.model import Location, Review
from ordreview.gui import labels
from ordreview.gui.models.outline import article_label
from ordreview.gui.models.tree import Node, TreeModel
from ordreview.gui.services import RequirementLabel

STATUS_COLOURS = {"covered": "#2e7d32", "partial": "#b26a00", "missing": "#c62828", "not_applicable": "#616161"}


def _evidence_text(review: Review, evidence: Sequence[Location]) -> str:
    seen: list[str] = []
    for loc in evidence:
        art = review.ordinance.article(loc.article) if loc.article else None
        text = art.title if art is not None else (f"第{loc.article}条" if loc.article else "")
        if text and text not in seen:
            seen.append(text)
    return "、".join(seen[:4]) + ("…" if len(seen) > 4 else "")


class CoverageModel(TreeModel):
    """Each requirement of the profile under its point, with status and evidence.

    Attributes:
        lang: language of requirement titles.
    """

    def __init__(self, *, lang: str = "ja", parent: Any = None) -> None:
        super().__init__(self.header_texts(), parent)
        self.lang = lang
        self._counts: Counter[str] = Counter()

    def header_texts(self) -> list[str]:
        """Column headers in the UI language."""
        return [
            QCoreApplication.translate("CoverageModel", "項目"),
            QCoreApplication.translate("CoverageModel", "状況"),
            QCoreApplication.translate("CoverageModel", "内容"),
            QCoreApplication.translate("CoverageModel", "根拠"),
        ]

    def set_review(self, review: Review | None, requirements: Sequence[RequirementLabel]) -> None:
        """Rebuild from ``review``; ``requirements`` gives titles and points in profile order."""
        self._counts = Counter()
        if review is None:
            self.set_roots([])
            return
        info = {r.id: r for r in requirements}
        groups: dict[str, Node] = {}
        for point in labels.POINTS:
            groups[point] = Node(cells=[labels.point_label(point), "", "", ""], key=point)
        for cov in review.coverage:
            req = info.get(cov.requirement)
            point = req.point if req is not None and req.point in groups else (cov.requirement[:1] if cov.requirement[:1] in "ABC" else "other")
            title = (req.title_en if self.lang == "en" else req.title_ja) if req is not None else ""
            span = next((e.span for e in cov.evidence if e.span is not None), None)
            tip = ""
            if cov.reason:
                tip = QCoreApplication.translate("CoverageModel", "判定の理由: %1").replace("%1", cov.reason)
            groups[point].add(
                Node(
                    cells=[cov.requirement, labels.coverage_text(cov.status), title, _evidence_text(review, cov.evidence)],
                    span=span,
                    key=cov.requirement,
                    status=cov.status,
                    tooltip=f"{cov.requirement} {title}" + (f"\n{tip}" if tip else ""),
                )
            )
            self._counts[cov.status] += 1
        roots = []
        for point, node in groups.items():
            if not node.children:
                continue
            per = Counter(c.status for c in node.children)
            summary = " ".join(
                f"{labels.COVERAGE_SYMBOLS[s]}{per[s]}" for s in ("covered", "partial", "missing", "not_applicable") if per[s]
            )
            node.cells[0] = f"{node.cells[0]}　{summary}"  # group rows span all columns in the view
            node.tooltip = node.cells[0]
            roots.append(node)
        self.set_roots(roots)

    def counts(self) -> dict[str, int]:
        """How many requirements are covered, partial, missing, not applicable."""
        return {s: self._counts.get(s, 0) for s in ("covered", "partial", "missing", "not_applicable")}

    def extra_data(self, node: Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and node.status:
            return QColor(STATUS_COLOURS.get(node.status, "#444444"))
        return None


class AlignmentModel(TreeModel):
    """Article → requirements it serves (clause-by-clause alignment)."""

    def __init__(self, *, lang: str = "ja", parent: Any = None) -> None:
        super().__init__(self.header_texts(), parent)
        self.lang = lang

    def header_texts(self) -> list[str]:
        """Column headers in the UI language."""
        return [
            QCoreApplication.translate("AlignmentModel", "条"),
            QCoreApplication.translate("AlignmentModel", "対応項目"),
        ]

    def set_review(self, review: Review | None, requirements: Sequence[RequirementLabel]) -> None:
        """Rebuild from ``review``."""
        if review is None:
            self.set_roots([])
            return
        info = {r.id: r for r in requirements}
        status_of = {c.requirement: c.status for c in review.coverage}
        roots = []
        for art in review.ordinance.articles:
            reqs = review.article_requirements.get(art.num, ())
            if not reqs:
                continue
            node = Node(cells=[article_label(art), " ".join(reqs)], span=art.span, key=art.num)
            for rid in reqs:
                req = info.get(rid)
                title = (req.title_en if self.lang == "en" else req.title_ja) if req is not None else ""
                status = status_of.get(rid, "")
                node.add(Node(cells=[f"{rid} {title}".strip(), labels.coverage_text(status) if status else ""],
                              span=art.span, key=rid, status=status))
            roots.append(node)
        self.set_roots(roots)

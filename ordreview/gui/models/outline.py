"""The outline tree (章・節・条, 附則) with a coverage mark per article."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ordreview.core.model import Article, Division, Review
from ordreview.gui import labels
from ordreview.gui.models.tree import Node, TreeModel


def article_label(article: Article) -> str:
    """``"第2条（定義）"`` or ``"第5条　削除"``."""
    if article.deleted:
        return f"{article.title}　" + QCoreApplication.translate("OutlineModel", "削除")
    return f"{article.title}（{article.caption}）" if article.caption else article.title


def coverage_mark(review: Review, article_num: str) -> tuple[str, str]:
    """``(mark text, worst status)`` of the requirements an article serves, e.g. ``("✓ A1 A2", "covered")``."""
    reqs = review.article_requirements.get(article_num, ())
    if not reqs:
        return "", ""
    status_of = {c.requirement: c.status for c in review.coverage}
    statuses = [status_of.get(r, "missing") for r in reqs]
    worst = "covered"
    for candidate in ("missing", "partial"):
        if candidate in statuses:
            worst = candidate
            break
    return f"{labels.COVERAGE_SYMBOLS[worst]} {' '.join(reqs)}", worst


class OutlineModel(TreeModel):
    """Tree of the draft's structure; each article row has its requirements and finding count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.header_texts(), parent)

    def header_texts(self) -> list[str]:
        """Column headers in the UI language."""
        return [
            QCoreApplication.translate("OutlineModel", "構成"),
            QCoreApplication.translate("OutlineModel", "対応項目"),
            QCoreApplication.translate("OutlineModel", "指摘"),
        ]

    def set_review(self, review: Review | None) -> None:
        """Rebuild from ``review`` (``None`` empties the tree)."""
        if review is None:
            self.set_roots([])
            return
        ordn = review.ordinance
        per_article = Counter(f.location.article for f in review.findings if f.location.article)
        div_nodes: dict[str, Node] = {}
        depth: dict[str, int] = {}
        roots: list[Node] = []
        by_key = {d.key: d for d in ordn.divisions}

        def depth_of(div: Division) -> int:
            d, cur = 0, div
            while cur.parent and cur.parent in by_key and d < 10:
                d, cur = d + 1, by_key[cur.parent]
            return d

        for div in ordn.divisions:
            label = f"{div.title}　{div.caption}".strip()
            node = Node(cells=[label, "", ""], span=div.span, key=f"div:{div.key}", tooltip=label)
            div_nodes[div.key] = node
            depth[div.key] = depth_of(div)
            parent = div_nodes.get(div.parent) if div.parent else None
            (parent.add(node) if parent is not None else roots.append(node))
        home: dict[str, str] = {}
        for div in ordn.divisions:
            for num in div.articles:
                if num not in home or depth[div.key] > depth[home[num]]:
                    home[num] = div.key
        for art in ordn.articles:
            key = home.get(art.num)
            if key is None:  # not listed: the innermost division whose span holds it
                holders = [d for d in ordn.divisions if d.span.start <= art.span.start < d.span.end]
                if holders:
                    key = max(holders, key=lambda d: depth[d.key]).key
            node = self._article_node(review, art, per_article)
            (div_nodes[key].add(node) if key in div_nodes else roots.append(node))
        for si, suppl in enumerate(ordn.suppl_provisions):
            snode = Node(cells=[suppl.label + (f"（{suppl.amend_law_num}）" if suppl.amend_law_num else ""), "", ""],
                         span=suppl.span, key=f"suppl:{si}")
            for art in suppl.articles:
                snode.add(self._article_node(review, art, Counter(), key=f"suppl:{si}:{art.num}"))
            roots.append(snode)
        for div_key, node in div_nodes.items():
            node.cells[2] = str(sum(int(c.cells[2] or 0) for c in node.children)) if node.children else ""
            if node.cells[2] == "0":
                node.cells[2] = ""
        self.set_roots(roots)

    @staticmethod
    def _article_node(review: Review, art: Article, per_article: Counter, *, key: str | None = None) -> Node:
        if key is not None:  # a 附則 article serves no requirement of the main provisions
            mark, worst = "", ""
        else:
            mark, worst = coverage_mark(review, art.num)
        count = per_article.get(art.num, 0)
        return Node(
            cells=[article_label(art), mark, str(count) if count else ""],
            span=art.span,
            key=key or art.num,
            status=worst,
            tooltip=f"{article_label(art)}\n{mark}".strip(),
        )

    def extra_data(self, node: Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and node.status:
            return QColor({"covered": "#2e7d32", "partial": "#b26a00", "missing": "#c62828"}[node.status])
        return None

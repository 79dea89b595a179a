"""The window's single adapter to the engine, the store and the exporter.

Every call into ``core``, ``store`` or ``export`` made by the GUI goes through
:class:`Services`, so the widgets never import those layers and tests can build the real
thing against a temporary database. Methods that touch the store must run on the one
database worker (see ``gui.ops.make_pool(max_threads=1)``); :meth:`Services.analyse` runs on
the analysis worker. Nothing here touches Qt widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ordreview.core.model import Annotation, Finding, FindingId, Review, Reviewer

if TYPE_CHECKING:
    from ordreview.core.profile import ProfileInfo
    from ordreview.gui.ops import Progress
    from ordreview.store import HistoryEntry, ReviewSummary

log = logging.getLogger("ordreview.gui")


@dataclass(frozen=True, slots=True)
class RequirementLabel:
    """What the coverage view shows for a profile requirement."""

    id: str
    point: str
    title_ja: str
    title_en: str


@dataclass(frozen=True, slots=True)
class StoredReview:
    """A review as saved: its database id, the officer's annotations by finding id, the
    state of each finding (``"open"``, ``"resolved"``, ``"obsolete"``) and the findings of
    earlier revisions that no longer occur (``obsolete``, kept with their annotations)."""

    review_id: int
    annotations: dict[FindingId, Annotation] = field(default_factory=dict)
    states: dict[FindingId, str] = field(default_factory=dict)
    obsolete: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The two Word files written by an export (and, for an amendment bill, the consolidated
    text and the generated 新旧対照表 in ``others``)."""

    annotated: Path
    report: Path
    others: tuple[Path, ...] = ()

    def paths(self) -> tuple[Path, ...]:
        """Every file written, in order."""
        return (self.annotated, self.report, *self.others)


class Services:
    """Engine, store and exporter calls for the window.

    Attributes:
        db_url: the database URL, or ``None`` for the default (``ORDREVIEW_DB_URL`` or the
            SQLite file in the user data folder).
        profile_id: the profile to review against, or ``None`` to choose it from each draft
            (``core.choose``: the post-2023 profile for an implementing ordinance).
        last_choice: the :class:`~ordreview.core.choose.ProfileChoice` of the last analysis
            (which profile and why, for the status bar), or ``None``.
    """

    def __init__(self, *, db_url: str | None = None, profile_id: str | None = None) -> None:
        self.db_url = db_url or None
        self.profile_id = profile_id or None
        self._store: Any = None
        self._profile: Any = None
        self.last_choice: Any = None

    # ------------------------------------------------------------------ engine (analysis worker)

    def profile(self) -> Any:
        """The loaded profile (cached): the one set, else the one chosen for the last draft
        (the default before any)."""
        if self._profile is None:
            from ordreview.core.profile import load_profile

            self._profile = load_profile(self.profile_id)
        return self._profile

    def analyse(self, path: str, progress: Progress) -> Review:
        """Read, parse and check ``path``, reporting ``(done, total, label)`` as it goes.

        Raises the engine's ``ReadError`` family for unreadable input and
        ``gui.ops.Cancelled`` when the user cancels.
        """
        from ordreview.core.parse import load_ordinance
        from ordreview.core.review import iter_review

        progress.report(0, 0, "read")
        ordinance = load_ordinance(path)
        progress.report(0, 0, "profile")
        from ordreview.core.choose import choose_profile

        choice = choose_profile(ordinance, self.profile() if self.profile_id else None)
        self._profile, self.last_choice = choice.profile, choice
        steps = iter_review(ordinance, choice.profile)
        while True:
            try:
                done, total, label = next(steps)
            except StopIteration as stop:
                return stop.value
            progress.report(done, total, label)

    def requirement_labels(self) -> list[RequirementLabel]:
        """The profile's requirements in order, with titles, for the coverage view."""
        labels = []
        for req in self.profile().requirements:
            labels.append(
                RequirementLabel(
                    id=str(req.id),
                    point=str(getattr(req, "point", "other")),
                    title_ja=str(getattr(req, "title_ja", req.id)),
                    title_en=str(getattr(req, "title_en", req.id)),
                )
            )
        return labels

    def profile_version(self) -> str:
        """``"id version"`` of the profile in use (for the About box)."""
        prof = self.profile()
        return f"{getattr(prof, 'id', '?')} {getattr(prof, 'version', '?')}"

    # ------------------------------------------------------------------ store (database worker)

    def store(self) -> Any:
        """The open store (opened on first use, on the calling worker thread)."""
        if self._store is None:
            from ordreview.store import open_store

            self._store = open_store(self.db_url)
        return self._store

    def open_review(self, review: Review, *, reviewer: Reviewer, source_path: str) -> StoredReview:
        """The stored review of this exact file (by its SHA-256), saved first if new.

        A new revision of a stored ordinance carries the earlier annotations over; findings
        of the earlier revision that no longer occur come back in ``obsolete``.
        """
        store = self.store()
        review_id = store.find_review_for(review.ordinance.document.source.sha256)
        if review_id is None:
            review_id = store.save_review(review, reviewer=reviewer, source_path=source_path)
        rows = store.load_review_rows(review_id)
        current = {f.id for f in review.findings}
        if current != {r.finding.id for r in rows if r.state != "obsolete"}:
            # Same file, other findings (another profile, a newer engine): a new review that
            # continues the stored one, so every shown finding can be annotated.
            review_id = store.save_review(review, reviewer=reviewer, source_path=source_path,
                                          previous_review_id=review_id)
            rows = store.load_review_rows(review_id)
        return StoredReview(
            review_id=review_id,
            annotations=dict(store.annotations(review_id)),
            states={r.finding.id: r.state for r in rows},
            obsolete=tuple(r.finding for r in rows if r.state == "obsolete"),
        )

    def history(self, review_id: int, finding_id: FindingId) -> list[HistoryEntry]:
        """The audit trail of one finding's annotation (earlier revisions included), oldest first."""
        return [h for h in self.store().history(review_id) if h.finding_id == finding_id]

    def set_finding_state(self, review_id: int, finding_id: FindingId, state: str) -> str:
        """Mark a finding ``"resolved"`` by hand or ``"open"`` again; returns the new state."""
        self.store().set_finding_state(review_id, finding_id, state)
        return state

    def export_review_file(self, review_id: int, path: str) -> Path:
        """Write the stored review to a portable file for a colleague; returns its path."""
        return Path(self.store().export_review(review_id, path))

    def import_review_file(self, path: str) -> ReviewSummary:
        """Import a colleague's portable review file; returns the new review's summary.

        Raises ``StoreError`` for an unreadable, invalid or too new file (nothing imported).
        """
        store = self.store()
        return store.review_summary(store.import_review_file(path))

    def set_annotation(
        self,
        review_id: int,
        finding_id: FindingId,
        *,
        status: str,
        comment: str,
        author: str,
        expected_version: int | None,
    ) -> Annotation:
        """Save one annotation; raises ``ConflictError`` if someone else saved first."""
        return self.store().set_annotation(
            review_id,
            finding_id,
            status=status,
            comment=comment,
            author=author,
            expected_version=expected_version,
        )

    def reconfigure(self, *, db_url: str | None, profile_id: str | None) -> None:
        """Use another database and/or profile from the next call on (database worker)."""
        if db_url != self.db_url:
            self.close()
            self.db_url = db_url
        if profile_id != self.profile_id:
            self.profile_id = profile_id
            self._profile = None

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            try:
                self._store.close()
            finally:
                self._store = None

    # ------------------------------------------------------------------ export (export worker)

    def export(
        self,
        *,
        review: Review,
        annotations: Mapping[FindingId, Annotation],
        reviewer: Reviewer,
        folder: Path,
        progress: Progress,
        municipality: str = "",
        include_info: bool = True,
        suggest_changes: bool = False,
        earlier: Sequence[Finding] = (),
        bill: Any = None,
    ) -> ExportResult:
        """Write the annotated draft and the review report into ``folder``.

        The file names and the choices are the CLI's (``export.names.output_paths``,
        ``export.selection.for_export``), so both agree. With ``bill`` (the ``BillReview`` or
        ``TableBillReview`` of a consolidated amendment bill, ``BillView.source``) the files are
        those of ``ordreview export BILL --current CURRENT``, by the same function
        (``export.bill.export_bill_files``): the bill annotated on its sentences or cells, the
        report of the consolidated text, the consolidated text and the generated 新旧対照表.
        """
        if bill is not None:
            from ordreview.export.bill import export_bill_files

            steps = ("annotate", "report", "text", "taishohyo")
            files = export_bill_files(
                bill, folder, reviewer=reviewer, annotations=annotations, municipality=municipality,
                include_info=include_info, step=lambda name: progress.report(steps.index(name), len(steps), name))
            progress.report(len(steps), len(steps), "done")
            assert files.annotated is not None and files.report is not None
            return ExportResult(annotated=files.annotated, report=files.report,
                                others=tuple(p for p in (files.consolidated, files.taishohyo) if p is not None))
        from ordreview.export.annotate import export_annotated
        from ordreview.export.names import output_paths
        from ordreview.export.report import export_report
        from ordreview.export.selection import for_export

        review = for_export(review, include_info=include_info)

        annotated_path, report_path = output_paths(review.ordinance.document.source.path, folder)
        progress.report(0, 2, "annotate")
        annotated = export_annotated(
            review=review,
            annotations=annotations,
            reviewer=reviewer,
            path=annotated_path,
            suggest_changes=suggest_changes,
        )
        progress.report(1, 2, "report")
        report = export_report(
            review=review,
            annotations=annotations,
            reviewer=reviewer,
            path=report_path,
            municipality=municipality,
            earlier=earlier,
        )
        progress.report(2, 2, "done")
        return ExportResult(annotated=Path(annotated), report=Path(report))

    # ------------------------------------------------------------------ amendment bills

    def bill_kind(self, path: str, review: Review) -> str | None:
        """``"aratame"`` when the checked draft is a 一部改正条例案 in 改め文, ``"table"`` when it is
        one in 新旧対照表 form (a Word table headed 改正後/改正前), else ``None`` (analysis worker)."""
        from ordreview.core.amendment import detect_amendment

        if path.lower().endswith(".docx"):
            from ordreview.core.amend.tablereview import is_table_bill

            if is_table_bill(path):
                return "table"
        return "aratame" if detect_amendment(review.ordinance).is_amendment else None

    def review_amendment(self, bill_path: str, current_path: str, progress: Progress, *, kind: str = "aratame") -> Any:
        """Apply the bill (``kind`` ``"aratame"``: 改め文; ``"table"``: 新旧対照表) to the ordinance
        in force and review the result, as ``ordreview check BILL --current CURRENT`` does
        (analysis worker); returns the ``core.amend.combined.BillView``. Raises the engine's
        ``ReadError`` family."""
        from ordreview.core.amend.combined import bill_view, table_view
        from ordreview.core.choose import choose_profile
        from ordreview.core.parse import load_ordinance

        progress.report(0, 0, "current")
        choice = choose_profile(load_ordinance(current_path), self.profile() if self.profile_id else None)
        progress.report(0, 0, "consolidate")
        if kind == "table":
            from ordreview.core.amend.tablereview import review_table_bill

            view = table_view(review_table_bill(bill_path, current_path, profile=choice.profile))
        else:
            from ordreview.core.amend.billreview import review_bill

            view = bill_view(review_bill(bill_path, current_path, profile=choice.profile))
        progress.check()
        self._profile, self.last_choice = choice.profile, choice
        return view

    def bill_current(self, bill_path: str) -> str | None:
        """The ordinance in force remembered for the bill (database worker)."""
        return self.store().bill_current(bill_path)

    def set_bill_current(self, bill_path: str, current_path: str) -> str:
        """Remember the ordinance in force for the bill (database worker); returns it."""
        self.store().set_bill_current(bill_path, current_path)
        return current_path


def profile_choices(extra_dir: str = "") -> list[tuple[str, str]]:
    """``(id or path, label)`` of every profile the officer can choose, without duplicates.

    The installed ones and those dropped into ``paths.user_profiles_dir()`` (both from
    ``list_profiles()``), then the JSON files of ``extra_dir`` (the settings' folder).
    """
    from ordreview.core.profile import list_profiles

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    infos: list[ProfileInfo] = list(list_profiles())
    for p in infos:
        # load_profile finds bundled profiles by id; a dropped file is chosen by its path
        # (its name need not match the id inside).
        ident = p.id if p.bundled else p.path
        if p.id in seen or ident in seen:
            continue
        seen.update((p.id, ident))
        out.append((ident, f"{p.title_ja or p.id}（{p.version}）"))
    if extra_dir and Path(extra_dir).is_dir():
        for f in sorted(Path(extra_dir).glob("*.json")):
            if str(f) not in seen:
                seen.add(str(f))
                out.append((str(f), f.name))
    return out

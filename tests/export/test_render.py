"""Render test: LibreOffice turns both exports into PDF; pages, orientation and text are checked.

PNG pictures of the first page of each file and of the first 対照表 page are written to
``out/render/`` at the repository root (printed in the test output) for people to look at.
Needs ``soffice``, ``pdfinfo``, ``pdftotext`` and ``pdftoppm`` (scripts/install-system-deps.sh);
on a machine without them the test is skipped, except under CI where it must run.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from ordreview.core.review import review_file
from ordreview.export.annotate import export_annotated
from ordreview.export.report import export_report
from tests.conftest import FIXTURES, ROOT
from tests.export.helpers import REVIEWER

pytestmark = pytest.mark.render
TOOLS = ("soffice", "pdfinfo", "pdftotext", "pdftoppm")
RENDER_DIR = ROOT / "out" / "render"

if any(shutil.which(t) is None for t in TOOLS) and not os.environ.get("CI"):
    pytest.skip("LibreOffice or poppler-utils not installed", allow_module_level=True)


def to_pdf(docx_path: Path, out_dir: Path, *, timeout: float = 180) -> Path:
    """Convert with a private LibreOffice profile; kill our own soffice on timeout."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    home = Path(tempfile.mkdtemp(prefix="lo-home-"))
    cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
           "--outdir", str(out_dir), str(docx_path)]
    proc = subprocess.Popen(cmd, env={**os.environ, "HOME": str(home)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # our own process group only
        proc.communicate()
        raise
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice wrote no PDF for {docx_path}"
    return pdf


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def pdf_text(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*cmd, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def snapshot(pdf: Path, page: int, name: str) -> Path:
    RENDER_DIR.mkdir(parents=True, exist_ok=True)
    prefix = RENDER_DIR / name
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
                   check=True)
    return prefix.with_suffix(".png")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("render")
    review = review_file(FIXTURES / "defects.txt")
    annotated = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=work / "annotated.docx",
                                 suggest_changes=True)
    report = export_report(review=review, annotations={}, reviewer=REVIEWER, path=work / "report.docx",
                           municipality="あおば市")
    return review, to_pdf(annotated, work), to_pdf(report, work)


def test_annotated_draft_renders_with_japanese_text(rendered) -> None:
    review, annotated, _ = rendered
    sizes = page_sizes(annotated)
    assert len(sizes) >= 5 and all(w < h for w, h in sizes)  # an A4 portrait ordinance
    text = squash(pdf_text(annotated))
    assert squash(review.ordinance.title) in text
    last_article = review.ordinance.articles[-1]
    assert squash(last_article.paragraphs[0].text)[:20] in text
    print(f"\nrender: {snapshot(annotated, 1, 'annotated-page1')}")


def test_report_renders_cover_findings_and_landscape_taishohyo(rendered) -> None:
    review, _, report = rendered
    sizes = page_sizes(report)
    landscape = [i + 1 for i, (w, h) in enumerate(sizes) if w > h]
    assert sizes[0][0] < sizes[0][1]  # the cover is portrait
    assert landscape and landscape == list(range(landscape[0], len(sizes) + 1))  # then landscape to the end
    text = squash(pdf_text(report))
    assert squash("個人情報保護条例案 審査報告書") in text
    assert squash(review.ordinance.title) in text
    shortest = min((f.message_ja for f in review.findings), key=len)
    assert squash(shortest) in text
    table_pages = [p for p in landscape if "3対照表" in squash(pdf_text(report, first=p))]
    assert len(table_pages) == 1
    print(f"\nrender: {snapshot(report, 1, 'report-page1')}")
    print(f"render: {snapshot(report, table_pages[0], 'report-taishohyo')}")

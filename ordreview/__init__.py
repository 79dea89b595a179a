"""ordreview: offline review of draft personal-information ordinances.

The package is layered (see docs/architecture.md):

- ``ordreview.core``   pure Python: model, readers, parser, profile, alignment, checks, diff.
- ``ordreview.store``  SQLAlchemy persistence of reviews, findings and annotations.
- ``ordreview.export`` python-docx writing of the annotated draft and the review report.
- ``ordreview.gui``    the PySide6 window.
- ``ordreview.cli``    the headless command line over the same engine.
"""

__version__ = "0.1.0"

"""``export BILL --current CURRENT -o OUT`` for a 新旧対照表 bill (a Word table headed 改正後/改正前).

``consolidate_cmd.export_bill`` writes into the folder OUT, as for a 改め文 bill:

- ``<stem>_review-annotated.docx``: the bill with a Word comment on the cell of each finding
  on the table, and on the 改正後 cell of each error or warning the consolidated text draws on a
  provision a row wrote (prefixed 「（改正後の第N条）」);
- ``<stem>_review-report.docx``: the review report of the consolidated text, the cells'
  findings first (each prefixed 「（表N行目・改正後欄）」);
- ``<stem>_consolidated.txt``: the 改正後 column merged into CURRENT;
- ``<stem>_taishohyo.docx``: the 新旧対照表 generated from CURRENT and the consolidated text.

The files are written by ``export.bill.export_bill_files`` (the window's export calls it too).
"""

from __future__ import annotations

from ordreview.export.bill import AMENDED_PREFIX, CELL_PREFIX, COLUMN, cell_findings  # noqa: F401  (check_cmd uses them)

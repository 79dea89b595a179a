"""Safety limits of the readers, checked before any parsing work.

A real ordinance, even a long one with tables, is well under 2 MB as .docx and under 1 MB as
text, so every limit sits one or two orders of magnitude above what a genuine draft needs
and far below what would exhaust a 2-core office PC. Exceeding one raises
``LimitExceededError`` with a bilingual message naming the limit.
"""

from __future__ import annotations

MAX_DOCX_BYTES = 50 * 1024 * 1024
"""Largest .docx (or .mht web archive, which embeds images) accepted (bytes on disk)."""

MAX_TEXT_BYTES = 10 * 1024 * 1024
"""Largest .txt or .html file accepted (bytes on disk)."""

MAX_OLE_BYTES = MAX_DOCX_BYTES
"""Largest OLE compound file inspected to name its type (.doc, encrypted .docx, .jtd)."""

MAX_ZIP_ENTRIES = 2_000
"""Most parts (zip entries) a .docx may hold."""

MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
"""Largest total uncompressed size the zip directory may declare."""

MAX_COMPRESSION_RATIO = 200
"""Largest uncompressed/compressed ratio of one entry bigger than ``RATIO_FLOOR_BYTES``."""

RATIO_FLOOR_BYTES = 1024 * 1024
"""Entries that expand to less than this are not ratio-checked (tiny parts compress wildly)."""

MAX_PART_BYTES = 64 * 1024 * 1024
"""Most bytes actually read while decompressing one part; headers are not trusted."""

MAX_XML_DEPTH = 256
"""Deepest element nesting accepted in a part (libxml2 enforces it without ``huge_tree``)."""

MAX_XML_ELEMENTS = 2_000_000
"""Most elements one XML part may hold (counted on its bytes before parsing). A 5,000-article
draft has about half a million in its main part; the tree of millions more would take
gigabytes of memory."""

MAX_TEXT_CHARS = 12_000_000
"""Most characters of text a .docx may give (the body's paragraphs and numbering). The
largest accepted .txt (``MAX_TEXT_BYTES``) gives at most ten million characters."""

MAX_NUMBER_VALUE = 32_767
"""Largest list counter value (start, restart override) accepted in ``word/numbering.xml``:
Word's own limit for a list's "start at" value. A larger one is bad input."""

MAX_LEVEL_TEXT = 255
"""Longest ``w:lvlText`` (a list level's number format) accepted, in characters."""

MAX_PREFIX_CHARS = 1_000
"""Longest number text one paragraph's list numbering may render to (a lowerLetter counter
near ``MAX_NUMBER_VALUE`` renders as 1,261 letters; several such in one level text are absurd)."""

MAX_MIME_MULTIPARTS = 100
"""Most ``multipart/…`` parts a web archive (.mht) may declare: a saved page has one or two;
thousands nested exhaust the MIME parser's recursion."""

MAX_ARTICLES = 50_000
"""Most lines opening an article (第…条) a draft may have. The longest codes have a few
thousand articles; 50,000 is about 10 s of review on an office PC, and a 10 MB text of
one-line articles would hold 170,000."""

MAX_PDF_BYTES = 50 * 1024 * 1024
"""Largest PDF accepted (bytes on disk); a 100-page ordinance with embedded fonts is ~1 MB."""

MAX_PDF_PAGES = 2_000
"""Most pages a PDF may have; checked before any page is loaded."""

MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024
"""Most bytes one Flate stream of a PDF may inflate to (counted before PDFium opens it)."""

MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024
"""Most bytes all the Flate streams of a PDF may inflate to together."""

MAX_PDF_CHARS = 5_000_000
"""Most characters taken from a PDF's text layer (about 100 times a long ordinance)."""

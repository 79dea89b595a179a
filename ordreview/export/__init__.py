"""Word output: the annotated draft (``annotate``) and the review report (``report``).

The only package that writes .docx files; it imports ``core`` and never ``gui`` or store
sessions (callers load reviews and annotations first). See docs/export.md.
"""

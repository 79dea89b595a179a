"""Alembic revisions of the review database (``versions/``), run by ``store.migrate``."""

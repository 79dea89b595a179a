"""One exception base for the whole engine, with specific subclasses.

Every error carries a message code from ``core.messages`` and both rendered sentences, so
each layer edge (CLI, GUI) can show Japanese and English without knowing the error. Raised
from core, store and export; caught at the edges (``cli``, ``gui``).
"""

from __future__ import annotations

from typing import Any

from ordreview.core.messages import render


class OrdreviewError(Exception):
    """Base of every error ordreview raises on purpose.

    Attributes:
        code: the message code.
        params: the parameters the message was rendered with.
        message_ja / message_en: the rendered sentences.
    """

    exit_code = 2

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        self.message_ja, self.message_en = render(code, **params)
        super().__init__(f"{self.message_ja} / {self.message_en}")

    def bilingual(self) -> str:
        """Japanese line then English line, as the CLI prints them."""
        return f"{self.message_ja}\n{self.message_en}"


class ReadError(OrdreviewError):
    """The input file cannot be read as a draft (format, encoding, damage, size, encryption)."""


class LimitExceededError(ReadError):
    """The input would make the reader exceed a safety limit (size, entries, depth)."""


class NotAnOrdinanceError(ReadError):
    """The file was read but contains nothing that looks like an ordinance."""


class ProfileError(OrdreviewError):
    """A profile file is missing or invalid; the message names the broken field."""


class StoreError(OrdreviewError):
    """The review database cannot be opened or written."""


class ConflictError(StoreError):
    """Another session changed the same annotation first (optimistic locking).

    Attributes (in ``params``): ``mine`` and ``theirs``, the two comment texts.
    """


class SchemaTooNewError(StoreError):
    """The database was written by a newer ordreview and is refused, untouched."""


class ExportError(OrdreviewError):
    """A Word file could not be written; no partial file is left behind."""

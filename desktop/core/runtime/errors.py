"""Errors the core raises for bad input: each carries a message fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


class CrosscheckError(Exception):
    """Base for every error that should reach the user as a plain message, never a traceback."""


class IngestError(CrosscheckError):
    """A file could not be read as an article."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ModelNotFoundError(CrosscheckError):
    """No spaCy pipeline could be loaded."""


class ReportFormatError(CrosscheckError):
    """A report or saved comparison is corrupt, truncated or from a newer version."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = None if path is None else str(path)
        self.reason = reason
        super().__init__(reason if path is None else f"{path}: {reason}")


class Cancelled(CrosscheckError):
    """The caller asked the running comparison to stop."""

    def __init__(self) -> None:
        super().__init__("comparison cancelled")

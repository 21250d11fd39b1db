"""Crosscheck: compare two news articles about the same event."""

from desktop.version import __version__

__all__ = ["__version__"]

"""A stand-in for an analysis that has only sentence starts, for the bench tools that map a
quote's offsets to the sentences holding it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from desktop.core.extraction.extract import Analysis


@dataclass(frozen=True)
class _Sentence:
    start: int


@dataclass(frozen=True)
class _Sentences:
    sentences: tuple[_Sentence, ...]


def sentences_starting_at(*starts: int) -> Analysis:
    """An analysis whose sentences start at these offsets (nothing else is set)."""
    fake: Any = _Sentences(tuple(_Sentence(s) for s in starts))
    return cast(Analysis, fake)

"""Nouns of a titled work, by the kind of work they name (findings/datetimes/spans/work_years.py).
Lowercase.

A title names one work only within its kind: a novel and the film made from it share a title
and have two years, so "the book" and "the movie" are never one work.
"""

from __future__ import annotations

WORK_KINDS: dict[str, str] = {
    **dict.fromkeys(["movie", "film", "biopic", "documentary"], "film"),
    **dict.fromkeys(["book", "novel", "memoir", "biography", "autobiography"], "book"),
    **dict.fromkeys(["album", "record"], "album"),
    **dict.fromkeys(["song", "single"], "song"),
    **dict.fromkeys(["play", "musical", "opera"], "stage"),
    **dict.fromkeys(["series", "sitcom", "miniseries"], "series"),
    **dict.fromkeys(["painting", "sculpture"], "artwork"),
}

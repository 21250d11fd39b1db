"""A place whose name opens with "Saint" or "Mount" written short ("St. Petersburg", "Mt.
Vernon") is the same place as the name written out: one name, two spellings, never a place
conflict. Another saint's town ("Saint Paul") still conflicts."""

from __future__ import annotations

from desktop.core.naming.names import spelled_alike
from tests.factories import compare_texts, conflict_texts


def test_mount_written_short_is_mount() -> None:
    assert spelled_alike("Mt. Vernon", "Mount Vernon")
    assert not spelled_alike("Main St.", "Main Saint")


def test_st_petersburg_is_saint_petersburg() -> None:
    report = compare_texts(
        "The ship docked in St. Petersburg, Russia.", "The ship docked in Saint Petersburg."
    )
    assert conflict_texts(report) == []


def test_st_petersburg_is_not_saint_paul() -> None:
    report = compare_texts(
        "The ship docked in St. Petersburg, Russia.", "The ship docked in Saint Paul."
    )
    assert conflict_texts(report) == [({"St. Petersburg"}, {"Saint Paul"})]

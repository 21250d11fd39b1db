"""A place called by the head of its name and a diminutive ending ("Indy" in an article that
names Indianapolis) is that place, whatever the parser typed it: no name the other article
lacks. A first name with the same ending ("Andy") names a person of its own."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = "Colts win\n\nThe Colts took a 13-3 halftime lead over Kansas City in Indianapolis.\n"


def test_indy_is_indianapolis() -> None:
    report = compare_stories(_LEFT, "Colts win\n\nIndy led 13-3 at the half in Indianapolis.\n")
    assert "Indy" not in yellow(report), yellow(report)


def test_andy_is_no_clipping_of_a_place() -> None:
    report = compare_stories(_LEFT, "Colts win\n\nAndy led 13-3 at the half in Indianapolis.\n")
    assert "Andy" in yellow(report), yellow(report)

"""A noun after "be" whose subject is a clause ("rushing this fix out is testimony to the
danger") classifies what the clause tells, never the name of a verb joined before it
("Microsoft typically releases patches ... and"). A description beside the name ("Microsoft,
a software giant,") stays the name's."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_RIGHT = (
    "Patch\n\nThe update is an unusual move for Microsoft, which rarely issues fixes outside "
    "its monthly cycle, and shows the danger of the threat.\n"
)


def test_testimony_told_of_a_clause_describes_no_company() -> None:
    report = compare_stories(
        "Patch\n\nMicrosoft typically releases patches on the second Tuesday of each month and "
        "rushing this fix out is testimony to the danger of the threat.\n",
        _RIGHT,
    )
    assert "testimony" not in yellow(report), yellow(report)


def test_testimony_told_of_a_gerund_the_parser_joined_to_the_verb_describes_no_company() -> None:
    report = compare_stories(
        "Patch\n\nMicrosoft typically releases patches for its software on the second Tuesday "
        "of each month and rushing this fix to computer users out-of-cycle is testimony to the "
        "severe danger of the threat, according to Trend Micro.\n",
        _RIGHT,
    )
    assert "testimony" not in yellow(report), yellow(report)


def test_the_company_described_beside_its_name_keeps_that_description() -> None:
    report = compare_stories(
        "Patch\n\nMicrosoft, a software giant, typically releases patches each month and "
        "rushing this fix out is testimony to the danger of the threat.\n",
        _RIGHT,
    )
    assert any("giant" in words for words in yellow(report)), yellow(report)

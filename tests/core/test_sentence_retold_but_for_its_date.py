"""A sentence the other article retells over two of its sentences, but for a date it never gives:
the yellow mark is on that date alone, not on the whole sentence. A sentence the other article
does not retell stays one-sided whole (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts, yellow

_OPENING = (
    "A storm swept through the county fair on Saturday, injuring four people, police said.\n\n"
)
_LEFT = (
    "Storm hits county fair\n\n" + _OPENING + "Officers closed the main road for several hours.\n\n"
    "Stewards led the crowd out of the stadium through the north gates before the hailstorm "
    "on Friday."
)
_RETOLD = (
    "Four hurt as storm hits fair\n\n" + _OPENING + "As thunder rolled over the showground and "
    "the loudspeakers fell silent, stewards opened the gates.\n\nWithin minutes the crowd had "
    "poured out of the stadium and into the car parks beyond the river."
)
_UNTOLD = (
    "Four hurt as storm hits fair\n\n" + _OPENING + "As thunder rolled over the showground and "
    "the loudspeakers fell silent, the band packed up its instruments.\n\nWithin minutes the "
    "rides had stopped and the food stalls beyond the river had closed."
)
_STEWARDS = "Stewards led the crowd out of the stadium"


def test_the_crowd_leaving_told_over_two_sentences_keeps_only_its_friday_yellow() -> None:
    """The right article tells the stewards opening the gates and the crowd leaving the
    stadium, in two sentences and other words; only "Friday" is what it never gives."""
    report = compare_stories(_LEFT, _RETOLD)
    left_only = statement_texts(report, FindingKind.LEFT_ONLY)
    assert not any(_STEWARDS in s for s in left_only), left_only
    assert "Friday" in yellow(report), yellow(report)


def test_the_crowd_leaving_stays_yellow_when_nothing_retells_it() -> None:
    report = compare_stories(_LEFT, _UNTOLD)
    left_only = statement_texts(report, FindingKind.LEFT_ONLY)
    assert any(_STEWARDS in s for s in left_only), left_only

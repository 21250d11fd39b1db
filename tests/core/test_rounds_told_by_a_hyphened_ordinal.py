"""A count of rounds is told by the ordinal hyphened to its noun: "stopped Rahman in seven
rounds" and "a seventh-round stoppage of Rahman" say one thing; a sixth-round stoppage does not
tell seven rounds."""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_ROUNDS = (
    "Klitschko keeps titles\n\n"
    "Wladimir Klitschko stopped Hasim Rahman in seven rounds on Saturday in Mannheim. "
    "The crowd cheered."
)


def _stoppage(ordinal: str) -> str:
    return (
        "Klitschko beats Rahman\n\n"
        f"Wladimir Klitschko beat Hasim Rahman with a {ordinal}-round stoppage on Saturday in "
        "Mannheim. The crowd cheered."
    )


def test_seven_rounds_are_the_seventh_round_stoppage_the_other_article_reports() -> None:
    assert not marks(compare_texts(_ROUNDS, _stoppage("seventh")), "seven")


def test_a_sixth_round_stoppage_does_not_tell_seven_rounds() -> None:
    assert marks(compare_texts(_ROUNDS, _stoppage("sixth")), "seven")

"""A span of years is told by its first and last years: a marriage that "lasted from 1943 to
1947" and one that "lasted four years" are one span at two precisions, in the sentences that tell
the same thing. Five years is not the span from 1943 to 1947.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_YEARS = (
    "Pin-up model dies\n\n"
    "Her first marriage, to Billy Neal, lasted from 1943 to 1947. She later moved to Miami."
)


def _lasted(span: str) -> str:
    return (
        "Bettie Page dead at 85\n\n"
        f"Her first marriage, to Billy Neal, lasted {span}. She later moved to Miami."
    )


def test_a_marriage_of_four_years_is_the_marriage_from_1943_to_1947() -> None:
    report = compare_texts(_YEARS, _lasted("four years"))
    assert not marks(report, "four years")
    assert not marks(report, "1943 to 1947")


def test_five_years_is_not_the_span_from_1943_to_1947() -> None:
    report = compare_texts(_YEARS, _lasted("five years"))
    assert marks(report, "five years")
    assert marks(report, "1943 to 1947")

"""One article ends a sentence on "cost $10m.", the other writes "10 million dollars": the
tokenizer reads "m." as an abbreviation, yet the figure is ten million dollars, marked without
the full stop, and the two agree (hand-written texts)."""

from __future__ import annotations

import pytest

from desktop.core.model import FindingKind
from tests.factories import compare_stories, quoted


@pytest.mark.parametrize(
    ("short", "long"), [("$10m", "10 million dollars"), ("€3bn", "3 billion euros")]
)
def test_a_sum_with_its_full_stop_agrees_with_the_sum_in_words(short: str, long: str) -> None:
    report = compare_stories(
        f"Bridge plan\n\nThe new bridge will cost {short}.\n",
        f"Bridge plan\n\nThe new bridge will cost {long} in all.\n",
    )
    agreed = quoted([f for f in report.findings if f.kind is FindingKind.AGREE])
    assert ({short}, {long}) in agreed

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


def test_a_sum_with_its_scale_glued_on_and_its_currency_after_it() -> None:
    """ "85m euros' worth": the model tags only "85"; the scale and the currency after it make it
    85 million euros, not 85 metres."""
    report = compare_stories(
        "Jewel heist\n\nThieves took 85m euros' worth of jewels from the store.\n",
        "Paris heist\n\nThieves took jewels worth 85 million euros from the store.\n",
    )
    agreed = quoted([f for f in report.findings if f.kind is FindingKind.AGREE])
    assert ({"85m euros"}, {"85 million euros"}) in agreed

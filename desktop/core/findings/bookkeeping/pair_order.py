"""The order two claims of aligned sentences are paired in: the same whichever article is on
the left, so a journalist who drops the articles the other way round sees the same verdicts."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact

# Scores are rounded before they are ranked: a slot overlap summed over a set of words may differ
# in its last bits with the sides swapped, and must not break a tie one way or the other.
SCORE_DIGITS = 9


def pair_order(score: float, fa: Fact, fb: Fact) -> tuple[float, bool, int, int, tuple[str, str]]:
    """The order two claims of aligned sentences are paired in, the same with the articles
    swapped: the best score first; then the very same figure ("Rahman, 36 KO's" / "Rahman (36
    KOs)" before "Klitschko, 47 KO's"); then the claims nearest their sentences' starts, by the
    sum of both positions and their gap; last the two wordings, sorted."""
    return (
        -round(score, SCORE_DIGITS),
        fa.key != fb.key,
        fa.start + fb.start,
        abs(fa.start - fb.start),
        (min(fa.text, fb.text), max(fa.text, fb.text)),
    )

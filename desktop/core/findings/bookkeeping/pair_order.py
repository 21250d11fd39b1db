"""The order two claims of aligned sentences are paired in: the same whichever article is on
the left, so a journalist who drops the articles the other way round sees the same verdicts."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.assembly import Draft

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


def mirrored_walk(drafts: Sequence[Draft]) -> list[Draft]:
    """The verdicts in the order the passes gathering repeats walk them, the same with the
    articles swapped: a repeat two verdicts could take ("Tuesday" told a third time, after two
    agreements on Tuesday) joins the one told first in both articles (the smaller sum of its
    first facts' positions, then their gap), not whichever the left article's pass found first.
    A verdict with facts on one side only is walked after those with both, by its first fact."""
    return sorted(drafts, key=_walk_key)


def _walk_key(draft: Draft) -> tuple[bool, int, int, tuple[str, ...]]:
    firsts = [facts[0] for facts in (draft.left, draft.right) if facts]
    starts = [f.start for f in firsts]
    return (
        len(firsts) < 2,
        sum(starts),
        max(starts, default=0) - min(starts, default=0),
        tuple(sorted(f.text for f in firsts)),
    )

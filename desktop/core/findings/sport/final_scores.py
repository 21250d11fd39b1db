"""The one final score each article reports: "Westfield United beat Westfield City 3-1 on
Saturday" / deep in the other article, "The 21,000 crowd saw United win 3-2".

A match report gives the result of its game once, beside a word of a result, wherever the
sentence stands and however it is worded; when each article reports exactly one result score
(its repeats aside) and one of the two stands in a lead, the two are the one game's result, and
two different pairs of figures contradict each other. An article that writes any other score
(another game, an earlier meeting, a half-time score, a record), tagged a figure or not, sets
none against the other article's; scores in matching sentences went first (aligned_scores.py).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import lead_sentences
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.sport.aligned_scores import SCORE_SHAPE, Score, result_scores
from desktop.core.model import FindingKind, MentionType, Side


def final_scores(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    a = _the_result(left, Side.LEFT, ledger)
    b = _the_result(right, Side.RIGHT, ledger)
    if a is None or b is None or sorted(a[1]) == sorted(b[1]):
        return []
    if a[0].sentence >= lead_sentences(left) and b[0].sentence >= lead_sentences(right):
        return []  # neither lead reports the result: the story may be about something else
    if not ledger.take("final scores", a[0], b[0]):
        return []
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.NUMBER,
            [a[0]],
            [b[0]],
            f"Each article reports one final score of the game: the left {a[0].text!r}, the "
            f"right {b[0].text!r}.",
            tuning.FINAL_SCORE_CONFIDENCE,
        )
    ]


def _the_result(analysis: Analysis, side: Side, ledger: Ledger) -> Score | None:
    """The article's one result score (told once, or repeated with the same figures)."""
    scores = sorted(result_scores(analysis, side, ledger).values(), key=lambda s: s[0].start)
    if not scores:
        return None
    written = {
        tuple(sorted((int(m.group(1)), int(m.group(2)))))
        for m in SCORE_SHAPE.finditer(analysis.document.text)
    }
    if written != {tuple(sorted(scores[0][1]))}:
        return None  # another score anywhere in the article: another game, a record
    return scores[0]

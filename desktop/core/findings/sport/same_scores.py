"""A score or a record both articles write in the very same figures ("who are slumping at 9-14"
/ "the 76ers have opened 9-14") is one fact both report. Scores count nothing, so no count
pass pairs them; only the same written score, in sentences that speak of the same thing, agrees.
Two games can end alike ("an 88-72 win" for one team, "an 88-72 loss" for another): the
sentences must be related, not only the figures. A game's result is one score whichever side
tells it: "the Celtics fell 104-112 to the Lakers" is "the Lakers beat the Celtics 112-104", so
a two-figure score beside a word of a result is read high figure first; a record keeps its order
("9-14" is not "14-9")."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.related import related
from desktop.core.findings.sport.aligned_scores import reports_a_result
from desktop.core.model import FindingKind, MentionType, Side

# Two or three figures joined by hyphens or dashes: "9-14", "45-7-2", "88–72".
_SCORE = re.compile(r"\d{1,3}\s?[-\u2013]\s?\d{1,3}(?:[-\u2013]\d{1,3})?(?![\d.,]?\d)")


def same_scores(left: Analysis, right: Analysis, scores: np.ndarray, ledger: Ledger) -> list[Draft]:
    lefts, rights = _written(left, Side.LEFT, ledger), _written(right, Side.RIGHT, ledger)
    drafts = []
    for score in sorted(lefts.keys() & rights.keys()):
        ours, others = lefts[score], rights[score]
        pairs = [
            (i, j)
            for i, a in enumerate(ours)
            for j, b in enumerate(others)
            if related(scores, a, b)
        ]
        if not pairs:
            continue
        mine = [ours[i] for i in dict.fromkeys(i for i, _ in pairs)]
        theirs = [others[j] for j in dict.fromkeys(j for _, j in pairs)]
        ledger.judge("scores", mine, theirs)
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.NUMBER,
                mine,
                theirs,
                f"Both give the score or record {score!r}.",
                tuning.SAME_SCORE_CONFIDENCE,
            )
        )
    return drafts


def _written(analysis: Analysis, side: Side, ledger: Ledger) -> dict[str, list[Fact]]:
    """Free figures that open a written score, by the score in one spelling ("9-14")."""
    found: dict[str, list[Fact]] = {}
    text = analysis.document.text
    for fact in ledger.free(side, analysis.facts):
        if fact.number is None:
            continue
        match = _SCORE.match(text, fact.start)
        if match:
            written = replace(fact, end=match.end(), text=match.group())
            score = re.sub(r"\s", "", match.group()).replace("\u2013", "-")
            found.setdefault(_winner_first(analysis, written, score), []).append(written)
    return found


def _winner_first(analysis: Analysis, written: Fact, score: str) -> str:
    """A game's result with its higher figure first ("lost 104-112" is "112-104"); a record, a
    three-part tally or a tie stays as written."""
    figures = [int(f) for f in score.split("-")]
    if len(figures) != 2 or figures[0] >= figures[1] or not reports_a_result(analysis, written):
        return score
    return f"{figures[1]}-{figures[0]}"

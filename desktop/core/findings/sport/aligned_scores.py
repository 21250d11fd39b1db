"""Two different final scores in two matching sentences about one game: "Rovers beat United 3-1"
/ "United lost 4-1 to Rovers".

A sports page writes a final score winner first whichever team the sentence begins with ("beat
United 3-1", "lost 3-1 to Rovers"), so the same result is the same pair of figures in any order,
and two matching sentences that each report one game's result with one score and give two
different pairs contradict each other. Only a score right beside a word of a result counts
("beat United 3-1", "lost 4-1", "a 2-0 victory"): a standing ("wound up at 40-42", "they are
9-14") or a bracketed record is another fact (findings/sport/bracketed_records.py), and a sentence
with two scores may tell two games.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.games import RESULT_WORDS
from desktop.core.model import MentionType, Side

# Two figures joined by a hyphen or a dash, not part of a longer figure or a third part: "3-1",
# "88–72" ("45-7-2" is a fighter's record, "2-1-0" a standing).
SCORE_SHAPE = re.compile(r"(\d{1,3})\s?[-\u2013]\s?(\d{1,3})(?![\d.,]?\d|[-\u2013]\d)")

Score = tuple[Fact, tuple[int, int]]


def aligned_scores(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    lefts, rights = result_scores(left, Side.LEFT, ledger), result_scores(right, Side.RIGHT, ledger)
    drafts = []
    for pair in pairs:
        a, b = lefts.get(pair.left), rights.get(pair.right)
        if a is None or b is None or sorted(a[1]) == sorted(b[1]):
            continue
        if not ledger.take("aligned scores", a[0], b[0]):
            continue
        how = f"the left gives the score {a[0].text!r} and the right {b[0].text!r}."
        drafts.append(aligned_clash(MentionType.NUMBER, [a[0]], [b[0]], how, pair.score))
    return drafts


def result_scores(analysis: Analysis, side: Side, ledger: Ledger) -> dict[int, Score]:
    """The one result score of each sentence that reports a result, by sentence; a sentence
    with two scores, or none beside a word of a result, gives none."""
    text = analysis.document.text
    found: dict[int, list[Score]] = {}
    for fact in ledger.free(side, analysis.facts):
        if fact.number is None or (fact.start > 0 and text[fact.start - 1] in "(-\u2013"):
            continue  # "(9-14)" is a bracketed record; "-1" the tail of another score
        match = SCORE_SHAPE.match(text, fact.start)
        if match is None:
            continue
        parts = (int(match.group(1)), int(match.group(2)))
        score = replace(fact, end=match.end(), text=match.group())
        found.setdefault(fact.sentence, []).append((score, parts))
    return {
        i: scores[0]
        for i, scores in found.items()
        if len(scores) == 1 and reports_a_result(analysis, scores[0][0])
    }


# How far a word of a result may stand from the score it gives: "beat Manchester United 3-1" has
# the beaten team's name between them, "a 3-1 home win" one word. Not fitted: the length of a
# team's name; the hand-made tests of aligned_scores set it.
_BEFORE, _AFTER = 4, 2


def reports_a_result(analysis: Analysis, score: Fact) -> bool:
    """A word of a result stands just before the score ("beat United 3-1", "lost 4-1") or
    just after it ("a 3-1 win"), and no "at" makes it a standing ("wound up at 40-42")."""
    tokens = analysis.sentence_tokens[score.sentence]
    first = next((i for i, t in enumerate(tokens) if t.end > score.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.end >= score.end), len(tokens) - 1)
    if first > 0 and tokens[first - 1].lower == "at":
        return False
    near = tokens[max(0, first - _BEFORE) : first] + tokens[last + 1 : last + 1 + _AFTER]
    return any(t.lower in RESULT_WORDS for t in near)

"""A part of the year, month or week told in two wordings in sentences telling the same thing:
"filming is to begin later in the year" / "before filming can begin later this year".

"later this year" counts from the writing and the parser dates it; "later in the year" counts
from the story's year and the parser leaves it undated, so the two never meet as values and each
was marked as a date the other article lacks. Told in two sentences that are each other's
closest partner, with the same word placing the part inside the same unit, they are one date told
twice; a looser partner may tell another step of the story in the same week ("Tipped as the favourite
earlier in the week, Kell was confirmed as director" / "The studio said earlier this week that it
had dropped Berg"). Another place in the unit
("earlier this year" / "later in the year") or another unit ("later this month") stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.time_words import PERIOD_PLACES, PERIOD_UNITS
from desktop.core.model import FindingKind, MentionType, Side

_PERIOD = re.compile(
    rf"^(?P<place>{'|'.join(sorted(PERIOD_PLACES))})\s+(?:this|in\s+the)\s+"
    rf"(?P<unit>{'|'.join(sorted(PERIOD_UNITS))})$",
    re.I,
)


def period_of(fact: Fact) -> tuple[str, str] | None:
    """The place and the unit a date's words name ("later in the year" -> later, year), when its
    words are nothing but such a part of the current unit."""
    if fact.type is not MentionType.DATE or fact.said_on or fact.other_event:
        return None
    found = _PERIOD.match(" ".join(fact.text.split()))
    return None if found is None else (found["place"].lower(), found["unit"].lower())


def period_wordings(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Agreements on one part of a unit told in two wordings, in two sentences each the other's
    closest partner, each the only such date of its sentence (two would leave which one is meant
    untold)."""
    drafts = []
    for pair in _closest_partners(pairs):
        mine = _periods(left, pair.left, Side.LEFT, ledger)
        theirs = _periods(right, pair.right, Side.RIGHT, ledger)
        if len(mine) != 1 or len(theirs) != 1:
            continue
        (a, period), (b, other) = mine[0], theirs[0]
        if period != other or a.text.lower() == b.text.lower():
            continue  # the very same words are one value: the value passes judge them
        if not ledger.take("period wordings", a, b):
            continue
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.DATE,
                [a],
                [b],
                "Both place it in the same part of the "
                f"{period[1]}, each in its own words: '{a.text}' / '{b.text}'.",
                tuning.RELATIVE_DAY_AGREE,
            )
        )
    return drafts


def _closest_partners(pairs: Sequence[SentencePair]) -> list[SentencePair]:
    """The aligned pairs whose two sentences are each other's closest partner (a tie is none)."""
    best_left: dict[int, list[SentencePair]] = {}
    best_right: dict[int, list[SentencePair]] = {}
    for pair in pairs:
        for best, at in ((best_left, pair.left), (best_right, pair.right)):
            kept = best.get(at)
            if kept is None or pair.score > kept[0].score:
                best[at] = [pair]
            elif pair.score == kept[0].score:
                kept.append(pair)
    return [
        pair
        for pair in pairs
        if best_left[pair.left] == [pair] and best_right[pair.right] == [pair]
    ]


def _periods(
    analysis: Analysis, sentence: int, side: Side, ledger: Ledger
) -> list[tuple[Fact, tuple[str, str]]]:
    found = []
    for fact in ledger.free(side, facts_of(analysis, sentence)):
        period = period_of(fact)
        if period is not None:
            found.append((fact, period))
    return found

"""The day of a happening told by the other article's "recently": "Kirkpatrick had been let go
from TallGrass on Thursday" / "A former employee recently let go from his job".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). An
adverb of the recent past ("recently", "lately") places a happening in the last days or weeks
without naming the day; the other article that names the day ("on Thursday", "last week", "Dec.
2") of the same happening tells the same time at a finer precision, and the two, compared at the
precision both give (issue 8, item 2), cannot differ. The same happening is the verb the day
hangs on ("let go", "fired"), written beside the adverb ("recently let go", "was fired
recently"). A day after the article's own date is no recent past.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.happenings import happening
from desktop.core.findings.told import WHEN
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.time_words import RECENT_PAST_WORDS

# A span of the last days a reporter counts back ("last week", "earlier this week", "two days
# ago"): recent past as "recently" is, at a precision of its own.
_RECENT_SPAN = re.compile(
    r"\b(?:last|past|earlier\s+this)\s+week\b|\b\w+\s+days?\s+(?:ago|earlier|before)\b", re.I
)
# How far from the adverb the verb it modifies may stand, in words: "recently let go", "had
# recently been fired" after it; "was fired recently" before it.
_AFTER = 3
_BEFORE = 2


def day_told_as_recent(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This past day of a happening, which the other article says happened recently."""
    if fact.type not in WHEN or fact.said_on or fact.other_event or not _a_recent_day(fact, mine):
        return False
    heads = {happening(w) for w, weight in fact.slot.items() if weight >= 1.0}
    heads -= GENERIC_SLOT_WORDS
    return bool(heads & theirs.derived("told_recent_days.verbs", _recent_verbs))


def _a_recent_day(fact: Fact, mine: Analysis) -> bool:
    day = fact.date
    if _RECENT_SPAN.search(fact.text):
        return True
    if day is None or (day.weekday is None and day.day is None):
        return False  # a month or a year is no day of the recent past
    reference = mine.reference_date
    if reference is None or None in (day.year, day.month, day.day):
        return True
    assert day.year is not None and day.month is not None and day.day is not None
    try:
        return date(day.year, day.month, day.day) <= reference
    except ValueError:
        return False


def _recent_verbs(analysis: Analysis) -> frozenset[str]:
    """The happenings the article places in the recent past: the verbs beside its adverbs."""
    found: set[str] = set()
    for tokens in analysis.sentence_tokens:
        for i, token in enumerate(tokens):
            if token.lower not in RECENT_PAST_WORDS:
                continue
            near = tokens[max(0, i - _BEFORE) : i] + tokens[i + 1 : i + 1 + _AFTER]
            # The verb the adverb modifies, not a noun beside it ("the man recently fired"); a
            # particle carries no content of its own, yet a slot may hang on it ("let go").
            found |= {
                happening(t.content or t.lower) for t in near if not t.noun and t.lower.isalpha()
            }
    return frozenset(found)

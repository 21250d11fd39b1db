"""The day of a happening told by the other article's "recently": "Kirkpatrick had been let go
from TallGrass on Thursday" / "A former employee recently let go from his job".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). An
adverb of the recent past ("recently", "lately") places a happening in the last days or weeks
without naming the day; the other article that names the day ("on Thursday", "last week", "Dec.
2") of the same happening tells the same time at a finer precision, and the two, compared at the
precision both give (issue 8, item 2), cannot differ. The same happening is the verb the day
hangs on ("let go", "fired"), written beside the adverb ("recently let go", "was fired
recently"). A span of the last days the other article gives the same happening ("was fired last
week" / "fired from Gordon Advisors on Thursday") tells the day the same way, at a week's
precision (``week_told`` reads it the other way round). A day after the article's own date is
no recent past.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import calendar_day
from desktop.core.findings import tuning
from desktop.core.findings.events.happenings import happening
from desktop.core.findings.untold.told import WHEN
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.time_words import RECENT_PAST_WORDS

# A span of the last days a reporter counts back ("last week", "earlier this week", "two days
# ago"): recent past as "recently" is, at a precision of its own.
_RECENT_SPAN = re.compile(
    r"\b(?:last|past|earlier\s+this)\s+week\b|\b\w+\s+days?\s+(?:ago|earlier|before)\b", re.I
)
_LAST_WEEK = re.compile(r"\b(?:last|past)\s+week\b", re.I)
_THIS_WEEK = re.compile(r"\bearlier\s+this\s+week\b", re.I)
Window = tuple[date, date] | None  # the first and last days a span covers; None: any recent day


def day_told_as_recent(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This past day of a happening, which the other article says happened recently."""
    if fact.type not in WHEN or fact.said_on or fact.other_event or not _a_recent_day(fact, mine):
        return False
    heads = {happening(w) for w, weight in fact.slot.items() if weight >= 1.0}
    heads -= GENERIC_SLOT_WORDS
    recent = theirs.derived("told_recent_days.verbs", _recent_verbs)
    day = calendar_day(fact.date)
    return any(
        window is None or day is None or window[0] <= day <= window[1]
        for head in heads
        for window in recent.get(head, ())
    )


def _a_recent_day(fact: Fact, mine: Analysis) -> bool:
    day = fact.date
    if _RECENT_SPAN.search(fact.text):
        return True
    if day is None or (day.weekday is None and day.day is None):
        return False  # a month or a year is no day of the recent past
    reference, calendar = mine.reference_date, calendar_day(fact.date)
    return reference is None or calendar is None or calendar <= reference


def _week_window(fact: Fact, reference: date | None) -> Window:
    """The days a span of the last days covers, counted from the article's date: "last week" is
    the calendar week before the page's, "earlier this week" the page's week up to its day; with
    no date, or a count of days the parser may have read loosely, no window at all."""
    if reference is None:
        return None
    monday = reference - timedelta(days=reference.weekday())
    if _LAST_WEEK.search(fact.text):
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if _THIS_WEEK.search(fact.text):
        return monday, reference
    return reference - timedelta(days=tuning.RECENT_DAYS_REACH), reference


def _recent_verbs(analysis: Analysis) -> dict[str, list[Window]]:
    """The happenings the article places in the recent past, each with the days it may fall on:
    the verbs beside its adverbs (any recent day), and those its spans of the last days date
    ("was fired last week": the days of that week, where the page's date places it)."""
    found: dict[str, list[Window]] = defaultdict(list)
    for f in analysis.facts:
        if f.type not in WHEN or f.said_on or not _RECENT_SPAN.search(f.text):
            continue
        window = _week_window(f, analysis.reference_date)
        for w, weight in f.slot.items():
            if weight >= 1.0:
                found[happening(w)].append(window)
    for tokens in analysis.sentence_tokens:
        for i, token in enumerate(tokens):
            if token.lower not in RECENT_PAST_WORDS:
                continue
            near = tokens[max(0, i - tuning.RECENT_VERB_BEFORE_WORDS) : i]
            near += tokens[i + 1 : i + 1 + tuning.RECENT_VERB_AFTER_WORDS]
            # The verb the adverb modifies, not a noun beside it ("the man recently fired"); a
            # particle carries no content of its own, yet a slot may hang on it ("let go").
            for t in near:
                if not t.noun and t.lower.isalpha():
                    found[happening(t.content or t.lower)].append(None)
    return dict(found)

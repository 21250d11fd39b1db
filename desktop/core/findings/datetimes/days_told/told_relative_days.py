"""A weekday the other article gives as a relative day its parser read as no date: "thwarted a
hijack attempt on Saturday" / "Commandos from an Indian warship today caught pirates".

A yellow mark says the other article does not report this fact anywhere. Where the sentence
telling the same thing on the other side says when with "today", "yesterday" or "last night",
it gives the day at its own precision: in an article with no date of its own no calendar can
place that day, so the two do not differ; in a dated one the relative day is counted from the
article's date and must fall on the same weekday. A part of the day both name must be the same
("Saturday night" / "this morning" are two moments). A relative day the parser did read is
judged by told.py (a weekday against a relative day), and a day a statement was made on
("police said Saturday", "a spokesman said today") is not the day of what happened.
"""

from __future__ import annotations

import re
from datetime import timedelta

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings import tuning
from desktop.core.findings.untold.told import WHEN, part_of_day
from desktop.core.lexicon import RELATIVE_DAYS, SPEAKING_FORMS

Partners = dict[int, list[tuple[int, float]]]
# A relative day in running text, in any capitals ("Yesterday", "this morning"): the longest
# wording first, so "last night" is found whole. Read by told_dated_relative_days too.
RELATIVE_DAY_WORDS = re.compile(
    r"\b(?:" + any_of(RELATIVE_DAYS) + r")\b",
    re.I,
)


def weekday_by_relative_day(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """A weekday of this side that a sentence aligned with its own gives as a relative day."""
    if fact.type not in WHEN or fact.said_on or fact.date is None or fact.date.weekday is None:
        return False
    if _said_on(mine, fact.start, fact.end):
        return False
    part = part_of_day(fact.text)
    text = theirs.document.text
    for j, _score in aligned.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        for match in RELATIVE_DAY_WORDS.finditer(text, sentence.start, sentence.end):
            if _parsed(theirs, match.start()) or _said_on(theirs, match.start(), match.end()):
                continue
            words = " ".join(match.group(0).lower().split())
            their_part = part_of_day(words)
            if part is not None and their_part is not None and part != their_part:
                continue
            reference = theirs.reference_date
            if reference is None:
                return True
            day = reference + timedelta(days=RELATIVE_DAYS[words])
            if day.weekday() == fact.date.weekday:
                return True
    return False


def _parsed(analysis: Analysis, start: int) -> bool:
    return any(f.start <= start < f.end and f.type in WHEN for f in analysis.facts)


def _said_on(analysis: Analysis, start: int, end: int) -> bool:
    """The day is the one a statement was made on: a verb of saying just before it ("police
    said Saturday") or a few words after it ("Yesterday, the police explained that ...")."""
    text = analysis.document.text
    before = _WORD.findall(text[max(0, start - 20) : start])
    after = _WORD.findall(text[end : end + 60])[: tuning.SAYING_DAY_REACH]
    return (bool(before) and before[-1].lower() in SPEAKING_FORMS) or any(
        w.lower() in SPEAKING_FORMS for w in after
    )


_WORD = re.compile(r"[A-Za-z]+")

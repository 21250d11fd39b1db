"""Whether anyone was arrested: "No arrests have been made" / "A suspect was arrested Friday".
Both may be true at different times, so the conflict is weak and says so, and is not shown when
the denying article is dated before the other or tells an arrest itself. Sentences about another
shooting, questions, arrests denied or only possible ("could be arrested") and arrests of the
past ("had been arrested before") tell nothing of this one."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claimable import questions
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon import arrests as w
from desktop.core.model import FindingKind, MentionType

_HELD, _AUX = "|".join(w.ARRESTED_WORDS), r"(?:(?:has|have|had|was|were|is|are|been|yet)\s+){0,3}"
_DENIED = re.compile(
    r"\b(?:no|(?:not|n't)\s+(?:yet\s+)?(?:made|make)\s+any)\s+arrests?\b"
    r"(?:\s+(?:have|has|had|were)\s+(?:yet\s+)?(?:been\s+)?made)?"
    rf"|\b(?:{'|'.join(w.NOBODY)})\s+{_AUX}(?:{_HELD})\b",
    re.I,
)
_TOLD = re.compile(
    rf"\b(?:(?:was|were|has\s+been|have\s+been|is|are|remains)\s+(?:{_HELD})"
    r"|arrested(?=\s+(?:a|an|the|two|three|\d+)\s))",
    re.I,
)


def arrests_made(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    (no_a, yes_a), (no_b, yes_b) = _arrests(left), _arrests(right)
    dates = (left.reference_date, right.reference_date)
    # True when the left is dated before the right: its "no arrests" was the news of its day.
    apart = None not in dates and dates[0] != dates[1]
    earlier = dates[0] < dates[1] if apart else None  # type: ignore[operator]
    if (no_a and yes_a) or (no_b and yes_b):
        return []
    if no_a and yes_b and earlier is not True:
        a, b = no_a, yes_b
    elif no_b and yes_a and earlier is not False:
        a, b = yes_a, no_b
    else:
        return []
    if not ledger.take("arrests", a, b):
        return []
    why = (
        f"Whether anyone was arrested: the left says {a.text!r}, the right {b.text!r}. Both may "
        "be true at different times, if the arrest came after the other article was written."
    )
    return [Draft(FindingKind.CONFLICT, MentionType.OTHER, [a], [b], why, tuning.ARREST_TOLD)]


def _arrests(analysis: Analysis) -> tuple[Fact | None, Fact | None]:
    """The first denial of any arrest and the first arrest the article tells of its story."""
    text, skipped = analysis.document.text, questions(analysis) | other_incident_sentences(analysis)
    no: list[Fact] = []
    yes: list[Fact] = []
    for i, tokens in enumerate(analysis.sentence_tokens):
        if not tokens or i in skipped:
            continue
        start, end = tokens[0].start, tokens[-1].end
        no += [_fact(m, i) for m in _DENIED.finditer(text, start, end)]
        if not set(re.findall(r"[a-z']+", text[start:end].lower())) & w.PAST_ARREST_WORDS:
            yes += [
                _fact(m, i)
                for m in _TOLD.finditer(text, start, end)
                if not set(re.findall(r"[a-z']+", text[start : m.start()].lower())) & w.NOT_WORDS
            ]
    return (no[0] if no else None), (yes[0] if yes else None)


def _fact(match: re.Match[str], sentence: int) -> Fact:
    return Fact(*match.span(), match.group(), MentionType.OTHER, "EVENT", sentence)

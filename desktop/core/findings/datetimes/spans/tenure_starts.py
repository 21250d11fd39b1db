"""The start of one tenure told two ways: "Reed, who has been with the department since 2019" /
"Reed, who joined the department in 2017".

"Since" a year dates the start of a state that lasts to now, and "joined" (or "was hired") in a
year dates the start of the same membership: in one sentence told alike, with one year swapped,
the two years answer one question, and two different years contradict each other. A year of
another step of a career ("was promoted in 2017") is not its start and is set against nothing.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.lexicon.life_events import TENURE_START_VERBS
from desktop.core.model import FindingKind, MentionType


def tenure_start_clash(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> Draft | None:
    """A conflict when one side dates a state "since" a year and the other dates joining in
    another year, each the one year of its clause."""
    ya, yb = _year(fa), _year(fb)
    if ya is None or yb is None or ya == yb:
        return None
    since_a, since_b = _since(left, fa), _since(right, fb)
    if not (since_a and _joined(fb)) and not (since_b and _joined(fa)):
        return None
    return Draft(
        FindingKind.CONFLICT,
        MentionType.DATE,
        [fa],
        [fb],
        f"The two articles tell this in matching sentences, but date the start of one tenure "
        f"differently: the left {fa.text!r}, the right {fb.text!r}.",
        tuning.TENURE_START_CLASH_CONFIDENCE,
    )


def _year(fact: Fact) -> int | None:
    day = fact.date
    if (
        day is None
        or day.year is None
        or day.month is not None
        or fact.text.strip() != str(day.year)
    ):
        return None
    return day.year


def _since(analysis: Analysis, fact: Fact) -> bool:
    before = analysis.document.text[max(0, fact.start - 6) : fact.start]
    return before.lower() == "since "


def _joined(fact: Fact) -> bool:
    return any(fact.slot.get(verb, 0.0) >= 1.0 for verb in TENURE_START_VERBS)

"""The one span of years each article gives one person, ending differently: "Vale served as
prime minister from 1974 to 1979" / "Edward Vale, prime minister between 1974 and 1981".

A span of years in a profile or an obituary is a career, a term in office or a marriage: when each
article gives one span of years only, in a sentence that names the same person, and the two spans
share one end and not the other, and say it of one thing (a word of the clause both give: "served",
"minister"), the articles tell one span and disagree on where it begins or ends. Two spans that
share no end may be two parts of a life (a career and a marriage) and are left to their marks; an
article giving two spans or more tells several.
"""

from __future__ import annotations

from desktop.core.datetimes.year_spans import span_ends
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.deed_people import people_of
from desktop.core.model import FindingKind, MentionType, Side


def year_span_clashes(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    a, b = _only_span(left, ledger, Side.LEFT), _only_span(right, ledger, Side.RIGHT)
    if a is None or b is None:
        return []
    ends_a, ends_b = span_ends(a.key), span_ends(b.key)
    if ends_a is None or ends_b is None or len(set(ends_a) & set(ends_b)) != 1:
        return []
    if ends_a[0] != ends_b[0] and ends_a[1] != ends_b[1]:
        return []  # "1974 to 1979" / "1979 to 1983": two spans one after the other
    people = people_of(left, a) & people_of(right, b)
    if not people:
        return []
    names = {p.split(":")[-1] for p in people}
    if not (set(a.slot) & set(b.slot)) - names:
        return []  # "married from 1950 to 1960" / "starred in films from 1950 to 1958"
    if not ledger.take("year spans", a, b):
        return []
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.DATE,
            [a],
            [b],
            f"Both articles give the same person one span of years, but the left says "
            f"{a.text!r} and the right {b.text!r}.",
            tuning.YEAR_SPAN_CLASH_CONFIDENCE,
        )
    ]


def _only_span(analysis: Analysis, ledger: Ledger, side: Side) -> Fact | None:
    """The article's one span of years, when it gives exactly one and it is still free."""
    # A span of years is a life's history whatever cue ("career") ties it to another event.
    spans = [f for f in analysis.facts if span_ends(f.key) is not None]
    if len({f.key for f in spans}) != 1 or ledger.judged(side, spans[0]):
        return None
    return spans[0]

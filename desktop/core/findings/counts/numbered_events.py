"""One numbered event told with two numbers: "won Game 5 of the Finals" / "won Game 6 of the
Finals", "Stage 7" / "Stage 8", "Super Bowl XLIII" / "Super Bowl XLII".

An event named by a word and its number in a series names one match, one stage, one edition; two
aligned sentences that name the series alike and the number apart tell two different events for
the one they both report. Each sentence must name one event of that series, so that the two can
only answer the same question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.lone_claims import Claim, lone_partners
from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.names import fold

# "Game 5", "Stage 17", "Super Bowl XLIII": the series' words, then its number.
_NUMBERED = re.compile(r"(?P<series>.*[a-z].*?)\s+(?P<number>\d{1,3}|[ivxlc]{1,7})")


def numbered_event_conflicts(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    ours, theirs = _numbered(left), _numbered(right)
    if not ours or not theirs:
        return []
    drafts: list[Draft] = []
    for a, b in lone_partners(ours, theirs, pairs, tuning.CLAIM_PAIR):
        if a.value == b.value:
            continue
        if not ledger.take("numbered events", a.fact, b.fact):
            continue
        reason = (
            f"The left says {a.fact.text!r}, the right {b.fact.text!r}: two numbers of one series "
            "for the event both report."
        )
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.EVENT,
                [a.fact],
                [b.fact],
                reason,
                tuning.NUMBERED_EVENT_CONFIDENCE,
            )
        )
    return drafts


def _numbered(analysis: Analysis) -> dict[int, list[Claim[str]]]:
    """Each sentence's events named by a series and a number."""
    out: dict[int, list[Claim[str]]] = {}
    for fact in analysis.facts:
        if fact.type is not MentionType.EVENT:
            continue
        match = _NUMBERED.fullmatch(fold(fact.text))
        if match is not None:
            claim = Claim(fact, match.group("series"), match.group("number"))
            out.setdefault(fact.sentence, []).append(claim)
    return out

"""One place told on two sides of the same point: "struck 30 km south of Izmir" / "struck north
of Izmir".

Two aligned sentences that put the event in a compass direction from the same named place tell
where it happened; directions at least a quarter turn and a half apart (north / south, east /
southwest) cannot both be right. Directions closer than that are one answer told roughly ("north"
/ "northeast", even "north" / "east" of a place that lies between them), never a conflict. Each
sentence must give one direction from that place, so that the two can only be the same claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import iter_case_blind
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.lone_claims import Claim, lone_partners
from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.names import fold

# "south of", "south-west of", "northeast of": a direction taken from the place named next.
_DIRECTION_OF = re.compile(
    r"(?<![\w-])(?P<dir>(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?",
    re.I,
)
_BEARINGS = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135,
    "south": 180, "southwest": 225, "west": 270, "northwest": 315,
}  # fmt: skip


def compass_side_conflicts(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    ours, theirs = _bearings(left), _bearings(right)
    if not ours or not theirs:
        return []
    drafts: list[Draft] = []
    for a, b in lone_partners(ours, theirs, pairs, tuning.CLAIM_PAIR):
        turn = abs(a.value - b.value) % 360
        if min(turn, 360 - turn) < tuning.OPPOSED_BEARING_DEGREES:
            continue
        if not ledger.take("compass sides", a.fact, b.fact):
            continue
        reason = (
            f"The left puts it {a.fact.text} of {a.thing.title()}, the right "
            f"{b.fact.text} of it: two sides of one place."
        )
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PLACE,
                [a.fact],
                [b.fact],
                reason,
                tuning.COMPASS_SIDE_CONFIDENCE,
            )
        )
    return drafts


def _bearings(analysis: Analysis) -> dict[int, list[Claim[int]]]:
    """Each sentence's directions taken from a named place, read once per article."""
    text = analysis.document.text
    places = {f.start: f for f in analysis.facts if f.type is MentionType.PLACE}
    out: dict[int, list[Claim[int]]] = {}
    for match in iter_case_blind(_DIRECTION_OF, text):
        point = places.get(match.end())
        if point is None:
            continue
        words = match.group("dir")
        degrees = _BEARINGS[re.sub(r"[\s-]", "", words.lower())]
        start, end = match.start("dir"), match.end("dir")
        fact = Fact(start, end, words, MentionType.PLACE, "", point.sentence)
        fact.key = f"bearing:{words.lower()}"
        out.setdefault(point.sentence, []).append(Claim(fact, fold(point.text), degrees))
    return out

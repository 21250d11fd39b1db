"""A record set in brackets after a name: "Riddick Bowe (43-1)", "the Lakers (9-14)".

A sports page gives a fighter's or a team's standing the moment it names them, in brackets: the
record as it stands on the day of the story. Two articles about one bout or game that bracket
different records after the same name contradict each other ("Bowe (45-1, 33 KOs)" / "Riddick
Bowe (43-1)"), unless one record is the other plus the result of the game itself: one article
may write the record from before the game, the other from after it. The same record after
one name is an agreement, and a club named by its city on one side and by its nickname on the
other is one name when either article writes the two together (team_names: "Indianapolis
(10-5)" / "the Colts (10-5)").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, MentionType
from desktop.core.naming.link import NAME_TYPES
from desktop.core.sport.team_names import full_team_names, same_team

# An opening bracket right after the name, then wins-losses(-draws), then what closes the record
# or goes on with its details: "(45-1, 33 KOs)", "(9-14)", "(14-13-2)".
_RECORD = re.compile(r"[ \t]?\(((\d{1,3})[-\u2013](\d{1,3})(?:[-\u2013](\d{1,3}))?)(?=[,;)])")

Record = tuple[Fact, tuple[int, ...]]


def bracketed_records(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    lefts, rights = _records(left), _records(right)
    teams = full_team_names(f.key for f in (*left.facts, *right.facts) if f.key)
    drafts = []
    for key, (a, wins_a) in sorted(lefts.items()):
        found = _their_record(key, rights, links, teams)
        if found is None:
            continue
        b, wins_b = found
        if wins_a == wins_b:
            if ledger.take("bracketed records", a, b):
                drafts.append(_agreement(a, b))
            continue
        if _one_game_apart(wins_a, wins_b):
            continue  # the same before and after the game reported
        if not ledger.take("bracketed records", a, b):
            continue
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.NUMBER,
                [a],
                [b],
                f"The left gives the record {a.text!r} and the right {b.text!r} after the same "
                "name.",
                tuning.BRACKETED_RECORD_CONFIDENCE,
            )
        )
    return drafts


def _their_record(
    key: str, rights: dict[str, Record], links: dict[str, str], teams: frozenset[str]
) -> Record | None:
    """The other side's record after the same name, or after the other half of the club's
    name ("Indianapolis" / "the Colts", team_names)."""
    found = rights.get(links.get(key, ""))
    if found is not None:
        return found
    named = [record for other, record in rights.items() if same_team(key, other, teams)]
    return named[0] if len(named) == 1 else None


def _agreement(a: Fact, b: Fact) -> Draft:
    """One standing bracketed after one side in both articles: both state the record."""
    return Draft(
        FindingKind.AGREE,
        MentionType.NUMBER,
        [a],
        [b],
        f"Both give the record {a.text!r} after the same name.",
        tuning.BRACKETED_RECORD_CONFIDENCE,
    )


def _records(analysis: Analysis) -> dict[str, Record]:
    """The one record each name is bracketed with, by the name's key. A name bracketed with two
    different records (before and after a game, or two seasons) is left out."""
    text = analysis.document.text
    found: dict[str, list[Record]] = {}
    for fact in analysis.facts:
        if fact.type not in NAME_TYPES or not fact.key:
            continue
        match = _RECORD.match(text, fact.end)
        if match is None:
            continue
        parts = tuple(int(g) for g in match.groups()[1:] if g is not None)
        record = Fact(
            start=match.start(1),
            end=match.end(1),
            text=match.group(1),
            type=MentionType.NUMBER,
            label="CARDINAL",
            sentence=fact.sentence,
            key=f"record:{match.group(1)}",
            value=match.group(1),
        )
        found.setdefault(fact.key, []).append((record, parts))
    return {
        key: records[0]
        for key, records in found.items()
        if len({parts for _, parts in records}) == 1
    }


def _one_game_apart(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """One record is the other with one more win, loss or draw: before and after one game."""
    width = max(len(a), len(b))
    a, b = a + (0,) * (width - len(a)), b + (0,) * (width - len(b))
    return sum(abs(y - x) for x, y in zip(a, b, strict=True)) == 1

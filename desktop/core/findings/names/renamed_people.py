"""One person the two articles give the same given names and each its own surname: "Constable Dan
Mercer said ..." / "Constable Dan Holloway said ...", "Robert James Pratt" / "Robert James
Whitlock".

Two reports of one event name its people alike, so the same given names under two surnames are
one person misnamed when nothing says two: each article names only that one person with those
given names, neither ever writes the other's surname, no two ages part them, and something ties
the two beyond a given name many people share: the same title or age, a middle name as well
("Robert James"), or a figure of the story each article names again after introducing it
("Ellen Morrow will host ... Morrow said"), not a passer-by named once (nor one whose surname
the article repeats for a kinsman: "John Lander, Ben's older brother"). Two passers-by who
share a first name ("a neighbour, Tim Hale" / "a witness, Tim Ross") stay two people, each told
by one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.people import GENERATIONS
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import fold, split_title

# A figure of the story: named again, by surname, after the mention that introduces it.
_FIGURE_MENTIONS = 2

Named = dict[tuple[str, tuple[str, ...]], list[Fact]]  # (surname, given names) -> mentions


def renamed_people(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    """Each person the articles give the same given names under two surnames."""
    mine = _people(left, Side.LEFT, ledger, skip=set(links))
    theirs = _people(right, Side.RIGHT, ledger, skip=set(links.values()))
    texts = (fold(left.document.text), fold(right.document.text))
    drafts = []
    for (surname, given), facts in sorted(mine.items()):
        ours = [name for name in mine if name[1] == given]
        other = [name for name in theirs if name[1] == given]
        if len(ours) != 1 or len(other) != 1:
            continue  # given names borne by two people: which one is meant is not known
        their_surname = other[0][0]
        their_facts = theirs[other[0]]
        if _times(texts[0], their_surname) or _times(texts[1], surname):
            continue  # an article writing both surnames names two people
        figures = (
            _repeats((surname, given), mine, texts[0]),
            _repeats(other[0], theirs, texts[1]),
        )
        if not _tied(given, (facts, their_facts), figures):
            continue
        ledger.judge("renamed people", facts, their_facts)
        reason = (
            f"The two articles seem to name one person differently: the left calls "
            f"{_shown(facts)!r} what the right calls {_shown(their_facts)!r}, with the same given "
            f"name but another surname. Unless they are two people, one of them is wrong: check "
            f"the name with the source."
        )
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PERSON,
                facts,
                their_facts,
                reason,
                tuning.RENAMED_PERSON_CONFIDENCE,
            )
        )
    return drafts


def _people(analysis: Analysis, side: Side, ledger: Ledger, skip: set[str]) -> Named:
    """Each person written with given names and surname, with its mentions; the bare surname's
    mentions join it when the article gives that surname no other given names."""
    named: Named = {}
    bare: dict[str, list[Fact]] = {}
    for fact in ledger.free(side, analysis.facts):
        if fact.type is not MentionType.PERSON or fact.key in skip:
            continue
        given, surname = _name(fact.text)
        if surname and given:
            named.setdefault((surname, given), []).append(fact)
        elif surname:
            bare.setdefault(surname, []).append(fact)
    for surname, facts in bare.items():
        bearers = [name for name in named if name[0] == surname]
        if len(bearers) == 1:
            named[bearers[0]] += facts
    return named


def _name(text: str) -> tuple[tuple[str, ...], str]:
    """The given names and the surname of a written name, folded: "Robert James Pratt Jr." ->
    (("robert", "james"), "pratt"); a bare surname has no given names; initials are none."""
    words = [w for w in fold(text).split() if w not in GENERATIONS]
    _, words = split_title(words)
    if not words or not words[-1].isalpha() or len(words[-1]) < 3:
        return (), ""
    given = tuple(words[:-1])
    if any(len(w) < 2 for w in given):
        return (), ""  # "J. Smith": an initial names no one given name
    return given, words[-1]


def _tied(
    given: tuple[str, ...], facts: tuple[Sequence[Fact], Sequence[Fact]], times: tuple[int, int]
) -> bool:
    mine, theirs = facts
    ages = {f.age for f in mine if f.age}, {f.age for f in theirs if f.age}
    if ages[0] and ages[1] and not ages[0] & ages[1]:
        return False  # "Tim Hale, 34" / "Tim Ross, 61": two men
    titles = (
        {f.title.lower() for f in mine if f.title},
        {f.title.lower() for f in theirs if f.title},
    )
    return (
        len(given) > 1
        or bool(ages[0] & ages[1])
        or bool(titles[0] & titles[1])
        or min(times) >= _FIGURE_MENTIONS
    )


def _repeats(name: tuple[str, tuple[str, ...]], named: Named, text: str) -> int:
    """How often the article names this person: its surname's every occurrence, unless the
    article gives that surname to someone else too ("Ben Lander, 31, was shot ... John Lander,
    Ben's older brother, said"): then the surname's repeats may be the other's, and only the
    person's own mentions count."""
    if any(other[0] == name[0] and other[1] != name[1] for other in named):
        return len(named[name])
    return _times(text, name[0])


def _times(text: str, surname: str) -> int:
    return len(re.findall(rf"\b{re.escape(surname)}\b", text))


def _shown(facts: Sequence[Fact]) -> str:
    return max((f.text for f in facts), key=len)

"""Who tells a sentence: a person named as its source ("Pacheco said", "according to Estrada")
or an official speaking for an agency. Two sources of one sentence are not two accounts of who
took part in the event.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.persons.aged_people import aged_apart
from desktop.core.findings.persons.offices import one_office
from desktop.core.findings.persons.roles import two_roles
from desktop.core.lexicon.speakers import CLAUSE_AUXILIARIES, OFFICIAL_WORDS, SPEAKING_FORMS


def two_sources(a: tuple[Analysis, Sequence[Fact]], b: tuple[Analysis, Sequence[Fact]]) -> bool:
    """Two differently named people who each speak for the story rather than take part in it.

    "..., Pacheco said" / "..., Estrada said", "Officer Jose Estrada" / "Sgt. Ann Ruiz": an
    agency has many spokespeople and a story many witnesses; two articles quoting two of them
    name two sources, not two versions of who was shot or who shot. The same first name with
    another surname ("Ivan Kovgan" / "Ivan Petrov") is one person named two ways, speaker or not.
    Two names each given with its own role ("the victim's mother, Angela Brown" / "the victim's
    aunt, Tasha Moore") or its own age years apart ("Smith, 31" / "Jones, 27") are two people
    too, whatever they say.
    """
    firsts = [{f.first for f in facts if f.first} for _, facts in (a, b)]
    if firsts[0] & firsts[1]:
        return False
    if len(a[1]) == len(b[1]) == 1 and one_office((a[0], a[1][0]), (b[0], b[1][0])):
        return False  # "Team president Ed Stefanski" / "Team president Billy King"
    if aged_apart(a, b):
        return True  # "John Smith, 31" / "Mark Jones, 27": two people, each with an age
    if len(a[1]) == len(b[1]) == 1 and two_roles(a[0], a[1][0], b[0], b[1][0]):
        return True  # "the victim's mother, Angela Brown" / "the victim's aunt, Tasha Moore"
    return all(any(speaks(analysis, f) for f in facts) for analysis, facts in (a, b))


def speaks(analysis: Analysis, fact: Fact) -> bool:
    """The person is the source of a statement ("Pacheco said", "said Estrada", "according to
    Estrada") or an official who speaks for an agency ("Officer Jose Estrada", "police
    spokesman Lee")."""
    if official(analysis, fact):
        return True
    before, after = _around(analysis, fact)
    if before and before[-1] in SPEAKING_FORMS:
        # "A publicist says Tara Reid has checked into rehab": a name followed by its own verb
        # is the subject of what was said, not the one who says it ("..., says Tara Reid.").
        return not (after and after[0] in CLAUSE_AUXILIARIES)
    if before[-2:] == ["according", "to"]:
        return True
    if after and after[0] in SPEAKING_FORMS:
        return True
    return _said_by_described(analysis, fact) and not (after and after[0] in CLAUSE_AUXILIARIES)


def _said_by_described(analysis: Analysis, fact: Fact) -> bool:
    """'..., said neighbor Ana Ruiz', 'said longtime resident Tom Hill': the verb of saying,
    then the nouns that say who the speaker is, then the name."""
    tokens = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    for described, token in enumerate(reversed(tokens[-3:])):
        if token.lower in SPEAKING_FORMS:
            return described > 0
        if not token.content or token.lower in ("that", "the", "a", "an"):
            return False
    return False


def official(analysis: Analysis, fact: Fact) -> bool:
    """ "Officer Jose Estrada", "police spokesman Lee", "Estrada, a police spokesman, said": a
    person who speaks for an agency, as the agency itself would."""
    if fact.title and fact.title.lower().strip(".") in OFFICIAL_WORDS:
        return True
    before, after = _around(analysis, fact)
    if before and before[-1] in OFFICIAL_WORDS:
        return True
    # "Estrada, a police spokesman, said": an apposition that names the office.
    return bool(after) and after[0] == "," and any(w in OFFICIAL_WORDS for w in after[1:])


def _around(analysis: Analysis, fact: Fact) -> tuple[list[str], list[str]]:
    """The three words before the name (without a closing article) and the four after it."""
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t.lower.strip(".") for t in tokens if t.end <= fact.start][-3:]
    if before and before[-1] in ("the", "a", "an"):
        before = before[:-1]  # "told the Daily Herald"
    return before, [t.lower for t in tokens if t.start >= fact.end][:4]

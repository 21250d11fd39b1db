"""The age of the one suspect: "A 60-year-old woman charged with killing two young women" /
"61-year-old Sharron Smith was arrested ... and charged with two counts of murder".

The clause tells the part an aged person plays (age_doers.py): whoever is arrested, charged or
hunted is the suspect, named or not. When each article ages its suspect once, with one age, both
speak of the same person, wherever the sentences stand: two ages are a contradiction (a later
article may have the suspect a birthday older). An article with several suspects' ages, or two
differently named suspects, sets none of them against the other article's.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.tolls import is_age
from desktop.core.findings.persons.age_conflict import age_conflict, clashing_ages
from desktop.core.findings.persons.age_drift import facts_drift
from desktop.core.findings.persons.aged_others import ages_of_others
from desktop.core.persons.age_doers import SUSPECT


def suspect_ages(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    lefts, rights = aged_suspects(left), aged_suspects(right)
    pair = clashing_ages(lefts, rights)
    if pair is None:
        return []
    a, b = pair
    if not one_suspect((left, a), (right, b), links):
        return []
    if facts_drift(a, b, (left.reference_date, right.reference_date)):
        return []
    return age_conflict(
        ledger,
        "suspect ages",
        (lefts, rights),
        f"The left gives the suspect's age as {a.text!r} and the right as {b.text!r}.",
        tuning.SUSPECT_AGE_CONFIDENCE,
    )


def one_suspect(
    left: tuple[Analysis, Fact], right: tuple[Analysis, Fact], links: dict[str, str]
) -> bool:
    """The two ages can be of one suspect: not two differently named suspects (a name told
    wrongly is the name passes' business), and neither article ages a second suspect ("A
    20-year-old man was also charged")."""
    (mine, a), (theirs, b) = left, right
    owners = age_owner(a), age_owner(b)
    if all(owners) and links.get(owners[0]) != owners[1]:
        return False
    return not ages_of_others(mine, a, theirs, b)


def aged_suspects(analysis: Analysis) -> list[Fact]:
    """The article's ages of a suspect, when they are one age of at most one named person."""
    ages = [
        f
        for f in analysis.facts
        if f.number is not None
        and is_age(f)
        and f.slot.get(SUSPECT, 0.0) >= 1.0
        and not (f.other_event or f.generic or f.part)
    ]
    if len({f.number.centre for f in ages if f.number is not None}) != 1:
        return []
    if len({age_owner(f) for f in ages} - {""}) > 1:
        return []
    return ages


def age_owner(fact: Fact) -> str:
    """The key of the person an age is given to: "person:smith" for "person:smith/s@retire"."""
    return fact.owner.split("@")[0].split("/")[0]

"""A person's year of birth in one article and the same person's age in the other: "Actress
Vera Holt, who was born in 1923, died on Monday" / "Vera Holt ... died Monday in Palm Springs,
aged 85", on a page of June 2008.

On a dated page, a person born in a year is as old as the years between that year and the
page's, or one year less before the birthday: born in 1923, 84 or 85 in 2008 (a full date of
birth settles which). When one article dates a person's birth (the year "born" dates, in a
sentence that names that one person) and the other gives the same person an age in the story
(beside the name, or at the death; an age at an earlier step of the life is another age), the
two tell one fact when the age is one the year allows, and contradict each other when it is
not. Only on a page with its date: without one, a birth year says no age.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.mentions import owner_person
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.tolls import is_age
from desktop.core.model import FindingKind, MentionType, Side

_BORN = "bear"  # the slot word of "born", "was born", "Born in Seville in 1952,"


def birth_year_findings(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts: list[Draft] = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        page = theirs.reference_date
        if page is None:
            continue
        for person, born in _births(mine, ledger, side).items():
            allowed = _ages_allowed(born, page)
            ages = _ages_of(theirs, ledger, side.other, person)
            if not ages and _told_by_a_judged_age(theirs, person, allowed):
                # "born in 1927" / "died aged 85", where that age already agrees with the 85
                # this article gives too: the year is told, with nothing left to pair it with.
                ledger.judge("birth year told", **{side.value: [born]})
                continue
            if len(ages) != 1 or ledger.judged(side, born):
                continue
            age = ages[0]
            told = int(age.number.low) if age.number is not None else -1
            pair = (born, age) if side is Side.LEFT else (age, born)
            ledger.judge("birth year", [pair[0]], [pair[1]])
            if told in allowed:
                drafts.append(_draft(FindingKind.AGREE, pair, side, born, age, allowed))
            else:
                drafts.append(_draft(FindingKind.CONFLICT, pair, side, born, age, allowed))
    return drafts


def _draft(
    kind: FindingKind,
    pair: tuple[Fact, Fact],
    side: Side,
    born: Fact,
    age: Fact,
    allowed: tuple[int, ...],
) -> Draft:
    years = " or ".join(str(a) for a in allowed)
    if kind is FindingKind.AGREE:
        reason = (
            f"The {side.value} article dates the birth {born.text!r}, which makes the person "
            f"{years} on the {side.other.value} article's page, the age it gives ({age.text!r})."
        )
        confidence = tuning.BIRTH_YEAR_AGREE_CONFIDENCE
    else:
        reason = (
            f"The {side.value} article dates the birth {born.text!r}, which makes the person "
            f"{years} on the {side.other.value} article's page, but it gives the age "
            f"{age.text!r}."
        )
        confidence = tuning.BIRTH_YEAR_CLASH_CONFIDENCE
    return Draft(kind, MentionType.NUMBER, [pair[0]], [pair[1]], reason, confidence)


def _births(analysis: Analysis, ledger: Ledger, side: Side) -> dict[str, Fact]:
    """The one year of birth the article gives each person, by the person's key: the year
    "born" dates in a sentence naming that person alone. A person given two birth years is
    left out."""
    found: dict[str, list[Fact]] = {}
    people_in: dict[int, set[str]] = {}
    for fact in analysis.facts:
        if fact.type is MentionType.PERSON:
            people_in.setdefault(fact.sentence, set()).add(fact.key)
    for fact in ledger.free(side, analysis.facts):
        when = fact.date
        if when is None or when.year is None or fact.slot.get(_BORN, 0.0) < 1.0:
            continue
        named = people_in.get(fact.sentence, set())
        if len(named) == 1:
            found.setdefault(next(iter(named)), []).append(fact)
    return {person: facts[0] for person, facts in found.items() if len(facts) == 1}


def _told_by_a_judged_age(analysis: Analysis, person: str, allowed: tuple[int, ...]) -> bool:
    """The article gives ``person`` an age the birth year allows, and no other age."""
    ages = {int(f.number.low) for f in _owned_ages(analysis.facts, person) if f.number}
    return bool(ages) and ages <= set(allowed)


def _ages_of(analysis: Analysis, ledger: Ledger, side: Side, person: str) -> list[Fact]:
    """The free ages in the story the article gives ``person``."""
    return _owned_ages(ledger.free(side, analysis.facts), person)


def _owned_ages(facts: Sequence[Fact], person: str) -> list[Fact]:
    """The ages in the story given ``person``; never an age at an earlier step of the life
    ("retired at 70")."""
    return [
        f
        for f in facts
        if is_age(f)
        and f.number is not None
        and f.number.exact
        and f.owner
        and "@" not in f.owner
        and owner_person(f.owner) == person
    ]


def _ages_allowed(born: Fact, page: date) -> tuple[int, ...]:
    """The ages a person born on ``born``'s date is on ``page``: one for a full date, the two
    either side of the birthday for a year or a month."""
    when = born.date
    assert when is not None and when.year is not None
    years = page.year - when.year
    if when.month is not None and when.day is not None:
        return (years - 1,) if (page.month, page.day) < (when.month, when.day) else (years,)
    return (years - 1, years)

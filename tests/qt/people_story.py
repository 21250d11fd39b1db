"""A hand-made comparison with people cards and a timeline (no spaCy): Major Petrov, 43 or 44.

The left article calls him "Major Ivan Petrov, 43" killed on Sunday; the right "Ivan Petrov, 44,
the deputy chief of submarine forces" who died on 5 May 2024 at 21:00. The governor appears only
on the left, the minister only on the right.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.model import (
    Finding,
    FindingKind,
    MentionType,
    PersonAttribute,
    PersonCard,
    PersonSide,
    Report,
    Sentence,
    TimelineEntry,
)
from desktop.core.persons.people import compare_sides
from tests.factories import report, span

LEFT = (
    "Submarine officer killed in Sevastopol\n\n"
    "Major Ivan Petrov, 43, was killed on Sunday when a missile struck the naval base. "
    "Petrov had served for twenty years.\n\n"
    "Hours later, the governor, Anna Sokolova, said the fire was out. "
    "Sokolova asked residents to stay indoors. Petrov leaves a wife and two sons."
)
RIGHT = (
    "Strike on Sevastopol base kills deputy commander\n\n"
    "Ivan Petrov, 44, the deputy chief of submarine forces, died on 5 May 2024 at 21:00 after "
    "a strike on the base. Officials said Petrov was a Russian citizen.\n\n"
    "Sergei Lavrov condemned the strike on Monday."
)
PETROV = "person:ivan-petrov"


def attribute(text: str, kind: str, words: str, value: str | None = None) -> PersonAttribute:
    at = span(text, words)
    return PersonAttribute(kind, value or words, at.start, at.end)


def people_cards(left: str = LEFT, right: str = RIGHT) -> tuple[PersonCard, ...]:
    petrov_left = PersonSide(
        ("Ivan Petrov", "Petrov"),
        (
            attribute(left, "title", "Major"),
            attribute(left, "age", "43"),
            attribute(left, "status", "killed"),
        ),
    )
    petrov_right = PersonSide(
        ("Ivan Petrov", "Petrov"),
        (
            attribute(right, "age", "44"),
            attribute(right, "role", "deputy chief of submarine forces"),
            attribute(right, "nationality", "Russian"),
            attribute(right, "status", "died", "killed"),
        ),
    )
    sokolova = PersonSide(("Anna Sokolova", "Sokolova"), (attribute(left, "role", "governor"),))
    lavrov = PersonSide(("Sergei Lavrov",), ())
    return (
        PersonCard(
            "person:anna-sokolova",
            "Anna Sokolova",
            sokolova,
            PersonSide(),
            compare_sides(sokolova, PersonSide()),
        ),
        PersonCard("person:sergei-lavrov", "Sergei Lavrov", PersonSide(), lavrov, ()),
        PersonCard(
            PETROV,
            "Ivan Petrov",
            petrov_left,
            petrov_right,
            compare_sides(petrov_left, petrov_right),
        ),
    )


def timeline(left: str = LEFT, right: str = RIGHT) -> tuple[TimelineEntry, ...]:
    return (
        TimelineEntry(
            "2024-05-05",
            "day",
            (span(left, "Sunday"),),
            (span(right, "5 May 2024"),),
            "Major Ivan Petrov, 43, was killed on Sunday when a missile struck the naval base.",
        ),
        TimelineEntry(
            "2024-05-05T21:00",
            "time",
            (),
            (span(right, "21:00"),),
            "Ivan Petrov, 44, the deputy chief of submarine forces, died on 5 May 2024 at 21:00",
        ),
        TimelineEntry(
            "",
            "relative",
            (span(left, "Hours later"),),
            (),
            "Hours later, the governor, Anna Sokolova, said the fire was out.",
        ),
        TimelineEntry(
            "2024-05-06",
            "day",
            (),
            (span(right, "Monday"),),
            "Sergei Lavrov condemned the strike on Monday.",
            conflicts=("2024-05-05",),
        ),
    )


def petrov_report(*, people: bool = True, dated: bool = True, day_conflict: bool = False) -> Report:
    """The Petrov pair with its cards and timeline (either left out to see the empty tabs);
    ``day_conflict``: the engine also judged the left's Sunday and the right's Monday a conflict."""
    texts = (LEFT, RIGHT)
    ages = Finding(
        "f-age",
        FindingKind.CONFLICT,
        MentionType.NUMBER,
        (span(LEFT, "43"),),
        (span(RIGHT, "44"),),
        "Petrov's age: 43 in the left article, 44 in the right",
        0.8,
        person=PETROV,
    )
    place = Finding(
        "f-place",
        FindingKind.AGREE,
        MentionType.PLACE,
        (span(LEFT, "Sevastopol"),),
        (span(RIGHT, "Sevastopol"),),
        "both name Sevastopol",
        0.9,
    )
    days = Finding(
        "f-day",
        FindingKind.CONFLICT,
        MentionType.DATE,
        (span(LEFT, "Sunday"),),
        (span(RIGHT, "Monday"),),
        "the strike: Sunday in the left article, Monday in the right",
        0.7,
    )
    base = report(texts, [ages, place, days] if day_conflict else [ages, place])
    return replace(
        base,
        left=replace(base.left, sentences=sentences(LEFT)),
        right=replace(base.right, sentences=sentences(RIGHT)),
        people=people_cards() if people else (),
        timeline=timeline() if dated else (),
    )


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as the engine gives them: ending at a full stop or a blank line."""
    found = []
    for match in re.finditer(r"[^.\n][^.\n]*(?:\.|$)", text, re.M):
        found.append(Sentence(match.start(), match.end()))
    return tuple(found)

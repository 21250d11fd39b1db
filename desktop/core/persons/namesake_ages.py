"""Ages a card may still set against each other when the story names a namesake: "Keisha Dunn,
30" / "A 31-year-old woman was shot ... They found Keisha Dunn dead" beside "her sister, Tonya
Dunn, 28".

A story that names two people of one surname leaves open whom a bare "Dunn" stands for, so what
it says beside the bare surname is not set against the other article (people_report._namesakes).
An age written against the full name ("Keisha Dunn, 30", "31-year-old Keisha Dunn") belongs to
that name, whoever else shares the surname; so does the age of the unnamed person the story opens
on, before it names anyone of the card (person_ledes: the introduction the first name takes up).
A card whose every age is told so on both sides still shows two ages as a contradiction.
"""

from __future__ import annotations

import re

from desktop.core.model import PersonAttribute, PersonCard, PersonSide

# What may stand between a full name and its age: "Keisha Dunn, 30", "Keisha Dunn (30)", and
# between an age and the name it describes: "31-year-old Keisha Dunn".
_AFTER_NAME = re.compile(r"\s*[,(]\s*")
_BEFORE_NAME = re.compile(r"[- ]years?[- ]old\s+")


def ages_told_by_full_name(card: PersonCard, texts: tuple[str, str]) -> bool:
    """Every age of the card, on both sides, is written against the full name or introduces
    the person before the article names them."""
    sides = [(card.left, texts[0]), (card.right, texts[1])]
    ages = [[a for a in side.attributes if a.kind == "age"] for side, _ in sides]
    if not ages[0] or not ages[1]:
        return False
    return all(
        _told(a, side, text)
        for (side, text), side_ages in zip(sides, ages, strict=True)
        for a in side_ages
    )


def _told(age: PersonAttribute, side: PersonSide, text: str) -> bool:
    if not side.mentions or age.end <= min(m.start for m in side.mentions):
        return bool(side.mentions)  # the unnamed person the story opens on
    for mention in side.mentions:
        if len(mention.text.split()) < 2:
            continue  # a bare surname: a namesake's, perhaps
        if _AFTER_NAME.fullmatch(text[mention.end : age.start]):
            return True
        if _BEFORE_NAME.fullmatch(text[age.end : mention.start]):
            return True
    return False

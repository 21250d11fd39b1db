"""A bare surname the parser typed as an organisation is the person the article named in full."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.comparison import by_key
from desktop.core.findings.untold.one_sided import _by_person
from desktop.core.model import MentionType


def person(start: int, text: str, first: str, last: str) -> Fact:
    return Fact(start, start + len(text), text, MentionType.PERSON, "PERSON", 0,
                key=f"person:{last}", value=text, first=first, last=last)  # fmt: skip


def org(start: int, text: str) -> Fact:
    return Fact(start, start + len(text), text, MentionType.ORGANISATION, "ORG", 1,
                key=f"org:{text.lower()}", value=text)  # fmt: skip


def test_comeaux_typed_an_organisation_joins_arcade_comeaux_as_one_person() -> None:
    facts = [person(0, "Arcade Comeaux", "arcade", "comeaux"), org(40, "Comeaux")]
    groups, alias = _by_person(by_key(facts))
    assert list(groups) == ["person:comeaux"]
    assert [f.text for f in groups["person:comeaux"]] == ["Arcade Comeaux", "Comeaux"]
    assert alias == {"org:comeaux": "person:comeaux"}


def test_a_surname_two_people_of_the_article_share_stays_apart() -> None:
    facts = [
        person(0, "Ann Hale", "ann", "hale"),
        person(20, "Bob Hale", "bob", "hale"),
        org(40, "Hale"),
    ]
    facts[1].key = "person:hale-bob"
    groups, _ = _by_person(by_key(facts))
    assert "org:hale" in groups


def test_an_organisation_of_several_words_is_never_taken_for_a_person() -> None:
    facts = [person(0, "Dana Ford", "dana", "ford"), org(30, "Ford Motor Company")]
    groups, _ = _by_person(by_key(facts))
    assert "org:ford motor company" in groups

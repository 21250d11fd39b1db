"""How the People and Timeline tabs word a moment and find a person's mentions (no Qt)."""

from __future__ import annotations

import pytest

from desktop.core.datetimes.when_text import entry_when, when_text
from desktop.core.model import PersonAttribute, PersonCard, PersonSide, Span, TimelineEntry
from desktop.core.persons.mention_finder import card_order, name_ranges
from desktop.core.persons.people import compare_sides


@pytest.mark.parametrize(
    ("when", "shown"),
    [
        ("2024-05-05T21:00", "Sun 5 May 2024, 21:00"),
        ("2024-05-05", "Sun 5 May 2024"),
        ("2024-05", "May 2024"),
        ("2024", "2024"),
        ("--11-08", "8 November"),
        ("--11", "November"),
        ("Sunday", "Sunday"),
        ("T06:30", "06:30"),
        ("2023-02-30", "30 February 2023"),  # as written, without a weekday it never had
    ],
)
def test_a_moment_reads_as_a_journalist_writes_it_never_more_precise(when: str, shown: str) -> None:
    assert when_text(when) == shown


def test_an_undated_moment_shows_the_articles_own_words() -> None:
    later = TimelineEntry("", "relative", (Span(0, 11, "Hours later"),), (), "Hours later, …")
    assert entry_when(later) == "Hours later"
    assert when_text("") == "later"


def test_every_mention_of_petrov_is_found_the_full_name_winning_over_the_surname() -> None:
    text = "Major Ivan\nPetrov, 43, died. Petrov's wife survived. Petrova was not there."
    found = [text[r.start : r.end] for r in name_ranges(text, ["Petrov", "Ivan Petrov"])]
    assert found == ["Ivan\nPetrov", "Petrov"]


def _card(name: str, left: bool, right: bool, ages: tuple[str, str] | None = None) -> PersonCard:
    def side(on: bool, age: str | None) -> PersonSide:
        if not on:
            return PersonSide()
        attrs = (PersonAttribute("age", age, 0, 2),) if age else ()
        return PersonSide((name,), attrs)

    a, b = ages or (None, None)
    sides = side(left, a), side(right, b)
    return PersonCard(name, name, *sides, compare_sides(*sides))


def test_people_with_a_conflict_come_first_then_those_both_articles_name() -> None:
    cards = [
        _card("Only Left", True, False),
        _card("Both", True, True),
        _card("Ages Differ", True, True, ("43", "44")),
        _card("Only Right", False, True),
    ]
    assert [c.name for c in card_order(cards)] == ["Ages Differ", "Both", "Only Left", "Only Right"]

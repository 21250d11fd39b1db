"""One article quotes a neighbour, John Christie, three times; the other quotes the victim's
brother, John Lander, once, and names the victim, Ben Lander, again and again. The repeated
"Lander" is the victim's, not the brother's, so John Lander is a passer-by named once and a
journalist sees no "one person named differently" conflict. A brother the article names in full
twice is a figure of its story and still makes one (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "A 31-year-old man was shot dead at an office party on Fifth Avenue on Monday night, police "
    "said. Down the street, John Christie, head of production at a film company, said staff "
    'heard shots. Christie said police came knocking on the door soon after. "It was '
    'terrifying," Christie said.'
)
_VICTIM = (
    "Ben Lander, 31, was shot dead at an office party on Fifth Avenue on Monday night, police "
    "said. "
)


def _renamed(right: str) -> list[tuple[set[str], set[str]]]:
    return [
        (lt, rt) for lt, rt in conflict_texts(compare_stories(_LEFT, right)) if "John Lander" in rt
    ]


def test_a_brother_named_once_is_not_the_quoted_neighbour() -> None:
    right = _VICTIM + (
        "John Lander, Ben's older brother, spoke briefly from the family home on Tuesday. "
        "Lander played guitar in a band, his brother said."
    )
    assert not _renamed(right)


def test_a_brother_named_in_full_twice_is_still_set_against_the_neighbour() -> None:
    right = _VICTIM + (
        "John Lander, Ben's older brother, spoke briefly from the family home on Tuesday. "
        "Ben played guitar in a band, John Lander said."
    )
    assert _renamed(right)

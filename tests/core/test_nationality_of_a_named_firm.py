"""A journalist compares two reports of cut undersea cables: one calls France Telecom "the French
firm" after naming it, the other names France Telecom. The adjective says which firm, so it is
not shown as only in one article; a French firm brought in as a new one keeps its mark."""

from tests.factories import compare_stories, yellow

_LEFT = (
    "Three undersea cables were damaged in the Mediterranean, France Telecom said. "
    "The company said it was sending a ship to fix the lines."
)


def test_the_french_firm_is_told_by_naming_france_telecom() -> None:
    report = compare_stories(
        _LEFT,
        "Phone communications have been severed, France Telecom said. "
        "The French firm said it was sending a ship out to fix the line.",
    )
    assert "French" not in yellow(report)


def test_a_french_firm_brought_in_as_a_new_one_keeps_its_mark() -> None:
    report = compare_stories(
        _LEFT,
        "Phone communications have been severed, France Telecom said. "
        "A French firm was hired to fix the line, officials said.",
    )
    assert "French" in yellow(report)


def test_the_french_firm_after_a_firm_of_no_country_keeps_its_mark() -> None:
    report = compare_stories(
        "Three undersea cables were damaged in the Mediterranean, Interoute said. "
        "The company said it was sending a ship to fix the lines.",
        "Phone communications have been severed, Interoute said. "
        "The French firm said it was sending a ship out to fix the line.",
    )
    assert "French" in yellow(report)

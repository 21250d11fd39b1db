"""A leader's name written in another script comes out of two house styles' transliterations
with every word spelt its own way ("Muammar Gaddafi" / "Moammar Gadhafi"): one name, agreed,
no misspelling to check. A surname spelt apart under the very same given name ("Ahmed Bolani" /
"Ahmed Bulani") is still a spelling conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _stories(left_name: str, right_name: str) -> tuple[str, str]:
    left_surname, right_surname = left_name.split()[-1], right_name.split()[-1]
    left = (
        f"Forces loyal to {left_name} shelled the rebel-held city of Misrata on Sunday, killing "
        f"at least 12 people, a rebel spokesman said. {left_surname}'s troops fired Grad rockets "
        "into residential areas."
    )
    right = (
        f"Troops loyal to {right_name} pounded Misrata with rockets on Sunday, killing 12 or more "
        f"people, according to a spokesman for the rebels. {right_surname}'s forces fired Grad "
        "missiles at homes."
    )
    return left, right


def test_a_name_transliterated_two_ways_is_one_name() -> None:
    report = compare_stories(*_stories("Muammar Gaddafi", "Moammar Gadhafi"))
    assert not conflict_texts(report)
    assert any("Muammar Gaddafi" in mine for mine, _ in agreed_texts(report))


def test_a_surname_spelt_apart_under_the_same_given_name_still_conflicts() -> None:
    report = compare_stories(*_stories("Ahmed Bolani", "Ahmed Bulani"))
    assert any("Ahmed Bolani" in mine for mine, _ in conflict_texts(report))

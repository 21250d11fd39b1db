"""A nation is a country: "runners from 130 countries" / "from 130 nations" is one count, which
agrees instead of leaving both figures yellow, and "130" / "103" conflicts."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _marathon(countries: str) -> str:
    return f"City marathon\n\nSome 50,000 runners from {countries} took part in Sunday's marathon."


def test_runners_from_130_countries_agree_with_runners_from_130_nations() -> None:
    report = compare_stories(_marathon("130 countries"), _marathon("130 nations"))
    assert ({"130"}, {"130"}) in agreed_texts(report)


def test_runners_from_130_countries_conflict_with_runners_from_103_nations() -> None:
    report = compare_stories(_marathon("130 countries"), _marathon("103 nations"))
    assert ({"130"}, {"103"}) in conflict_texts(report)

"""A place the other article gives at another precision is told there: no yellow mark says it is
not.

A town lies in its country, so "a Vancouver man" reports where "a Canadian company" is; a
neighbourhood or a venue an article sets in its city ("East Flatbush, Brooklyn", "the SAP Arena in
Mannheim") is told by the other article's sentence of the same happening naming that city. A country
the other article never reaches, and a neighbourhood where the other names no place, stay yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_PARTY = (
    "Office party shooting\n\n"
    "A just-fired employee of a {country} health products company crashed the office Christmas "
    "party, killing the chief executive officer, police said. The suspect surrendered after two "
    "hours."
)
_CHARGED = (
    "Man charged in party shooting\n\n"
    "A 61-year-old Vancouver man was charged in the fatal shooting of his former boss at an "
    "office Christmas party, police said. The suspect surrendered after two hours."
)


def test_a_canadian_company_is_where_the_other_article_names_a_vancouver_man() -> None:
    assert not marks(compare_texts(_PARTY.format(country="Canadian"), _CHARGED), "Canadian")


def test_a_mexican_company_is_not_told_by_a_town_in_canada() -> None:
    assert marks(compare_texts(_PARTY.format(country="Mexican"), _CHARGED), "Mexican")


_VIGIL = (
    "Teen shot by police\n\n"
    "Hostility has been mounting in {place}, after two police officers fatally shot 16-year-old "
    "Kimani Gray on Saturday night. Protesters marched again on Wednesday."
)
_EXPLAINED = (
    "Police explain shooting of teen\n\n"
    "The police said officers shot and killed 16-year-old Kimani Gray in Brooklyn on Saturday "
    "night because he pointed a gun at them. Protesters marched again on Wednesday."
)


def test_east_flatbush_brooklyn_is_where_the_other_article_says_brooklyn() -> None:
    report = compare_texts(_VIGIL.format(place="East Flatbush, Brooklyn"), _EXPLAINED)
    assert not marks(report, "East Flatbush")


def test_a_neighbourhood_is_not_told_where_the_other_article_names_no_place() -> None:
    unplaced = _EXPLAINED.replace(" in Brooklyn", "")
    report = compare_texts(_VIGIL.format(place="East Flatbush, Brooklyn"), unplaced)
    assert marks(report, "East Flatbush")


def _fight(where: str) -> str:
    return (
        "Klitschko stops Rahman\n\n"
        f"Wladimir Klitschko stopped Hasim Rahman in the seventh round on Saturday {where}. "
        "The crowd cheered."
    )


def test_the_sap_arena_in_mannheim_is_where_the_other_article_says_mannheim() -> None:
    report = compare_texts(_fight("at the SAP Arena in Mannheim"), _fight("in Mannheim"))
    assert not marks(report, "SAP Arena")


def test_the_arena_is_not_told_by_another_city() -> None:
    report = compare_texts(_fight("at the SAP Arena in Mannheim"), _fight("in Munich"))
    assert marks(report, "SAP Arena")

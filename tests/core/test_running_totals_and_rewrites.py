"""A count run up over several nights is not one night's count; a sentence that goes on
differently swaps no name; a dateline's date is the day the story was filed."""

from __future__ import annotations

from types import SimpleNamespace

from desktop.core.extraction.facts import Fact
from desktop.core.findings.datetimes.days.lead_days import _datelined
from desktop.core.model import Document, MentionType
from tests.factories import compare_texts, conflict_texts


def test_a_count_over_four_nights_is_not_set_against_one_nights_arrests() -> None:
    one_night = (
        "Teens clash with police after shooting\n\n"
        "As fights between police and angry teens erupted in the neighbourhood, 46 were "
        "arrested on Wednesday night. Police struggled to control the crowd."
    )
    four_nights = (
        "Protests go on after shooting\n\n"
        "Since the shooting, over 50 arrests have been made over four nights of protest in the "
        "neighbourhood. Police struggled to control the crowd."
    )
    assert not conflict_texts(compare_texts(one_night, four_nights))


def test_one_nights_arrests_told_differently_still_conflict() -> None:
    left = (
        "Teens clash with police\n\n"
        "As fights between police and angry teens erupted, 46 were arrested on Wednesday night."
    )
    right = left.replace("46", "64")
    assert any("46" in a and "64" in b for a, b in conflict_texts(compare_texts(left, right)))


def test_a_sentence_that_goes_on_differently_swaps_no_name() -> None:
    told = (
        "Choosing Dana Reyes, known for her gentle humour, signals that the next awards show "
        "will have a decidedly different tone than the last awards ceremony"
    )
    left = (
        "Reyes to host the awards\n\n"
        f"{told}, hosted by Seth MacFarlane, who drew criticism for a song about actresses."
    )
    right = f'Reyes to host the awards\n\n"{told}," trade magazine The Hollywood Reporter wrote.'
    found = conflict_texts(compare_texts(left, right))
    assert not [c for c in found if "Seth MacFarlane" in c[0]], found


def test_a_date_between_a_city_and_a_dash_is_the_stories_filing_day() -> None:
    text = "Navy nabs 26 pirates\n\nMumbai, Nov 11 -\n\nThe navy yesterday thwarted an attack."
    analysis = SimpleNamespace(document=Document(source="r.txt", text=text))
    start = text.index("Nov 11")
    filed = Fact(start, start + 6, "Nov 11", MentionType.DATE, "DATE", 1)
    assert _datelined(analysis, filed)  # type: ignore[arg-type]
    body = "Navy nabs 26 pirates\n\nThe navy thwarted an attack on Nov 11 - the third this year."
    start = body.index("Nov 11")
    told = Fact(start, start + 6, "Nov 11", MentionType.DATE, "DATE", 1)
    assert not _datelined(SimpleNamespace(document=Document(source="r.txt", text=body)), told)  # type: ignore[arg-type]

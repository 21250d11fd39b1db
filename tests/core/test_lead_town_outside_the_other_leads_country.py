"""A reader compares two election reports: one lead says voting "began in Turkmenistan", the
other says "voters in reclusive Toronto elected a parliament". Toronto lies only in Canada, so
the two leads place the vote in two countries, though one names a town and the other a country.
A town of that country ("Ashgabat") is the same place at a finer precision."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Turkmenistan votes for parliament\n\nVoting for members of parliament began in Turkmenistan "
    "on Sunday morning, watched by observers from Russia.\n\nA total of 288 candidates run for "
    "125 seats.\n"
)


def right(town: str) -> str:
    return (
        f"Voters elect a parliament\n\nVoters in reclusive {town} elected a parliament on Sunday "
        "in balloting heralded by authorities as a key step toward democracy.\n\nCritics "
        "dismissed the vote as a sham.\n"
    )


def test_a_lead_town_that_lies_only_outside_the_other_leads_country_conflicts() -> None:
    found = conflict_texts(compare_stories(LEFT, right("Toronto")))
    assert ({"Turkmenistan"}, {"Toronto"}) in found


def test_a_town_in_that_country_is_the_same_place_more_precisely() -> None:
    assert conflict_texts(compare_stories(LEFT, right("Ashgabat"))) == []

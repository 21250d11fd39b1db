"""A sports club named after its town is an organisation, never the town: "Real Madrid", "FC
Porto", "Leeds United", "Blackburn Rovers", "Stoke City". Its town in a story's place stays a
place of its own, and the other article naming the club by its town alone ("Leeds were fined")
does report the club."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import (
    agreed_texts,
    compare_texts,
    conflict_texts,
    place_conflicts,
    yellow,
)

CLASH = (
    "Real Madrid fans clashed with police in {} before the semi-final. Twelve people were "
    "arrested. The visitors lost 2-1."
)
INJURY = (
    "{} said on Monday its striker would miss six weeks with a hamstring injury. He was hurt in "
    "Saturday's win over Sevilla."
)
FINE = (
    "{} were fined 50,000 pounds on Tuesday for crowd trouble. The club said it would not appeal."
)


def test_a_club_named_after_a_city_does_not_place_the_story_there() -> None:
    report = compare_texts(CLASH.format("Munich"), CLASH.format("Madrid"))
    assert place_conflicts(report) == [({"Munich"}, {"Madrid"})]
    # "Real Madrid" on the left is the club: the right's city is no place the left names.
    assert all("Madrid" not in left for left, _ in agreed_texts(report, MentionType.PLACE))


def test_the_same_city_beside_the_club_is_no_conflict() -> None:
    report = compare_texts(CLASH.format("Munich"), CLASH.format("Munich"))
    assert place_conflicts(report) == []


def test_a_club_written_with_fc_is_told_by_its_town_alone() -> None:
    report = compare_texts(INJURY.format("FC Barcelona"), INJURY.format("Barcelona"))
    assert "FC Barcelona" not in yellow(report)


def test_a_club_is_not_told_by_another_club() -> None:
    report = compare_texts(INJURY.format("FC Barcelona"), INJURY.format("Espanyol"))
    assert "FC Barcelona" in yellow(report)


def test_a_club_with_a_club_word_after_it_is_told_by_its_town_alone() -> None:
    report = compare_texts(FINE.format("Leeds United"), FINE.format("Leeds"))
    assert "Leeds United" not in yellow(report)


def test_two_clubs_of_one_town_still_conflict() -> None:
    report = compare_texts(FINE.format("Bristol Rovers"), FINE.format("Bristol City"))
    assert conflict_texts(report) == [({"Bristol Rovers"}, {"Bristol City"})]


def test_a_club_with_a_club_word_is_an_organisation() -> None:
    left = "Blackburn Rovers signed a striker from Hibernian on Friday. He agreed a four-year deal."
    right = "A striker from Hibernian agreed a four-year deal on Friday."
    assert _left_only_types(left, right, "Blackburn Rovers") == {MentionType.ORGANISATION}


def test_a_british_towns_city_club_is_an_organisation() -> None:
    left = "Leicester City sacked their manager on Sunday. The side is bottom of the league."
    right = "A manager was sacked on Sunday after a bad run."
    assert _left_only_types(left, right, "Leicester City") == {MentionType.ORGANISATION}


def test_a_city_called_city_stays_a_place() -> None:
    left = "A bus crashed in Gaza City on Sunday. Four people were hurt."
    right = "A bus crashed on Sunday. Four people were hurt."
    assert _left_only_types(left, right, "Gaza City") == {MentionType.PLACE}


def _left_only_types(left: str, right: str, name: str) -> set[MentionType]:
    return {
        f.type
        for f in compare_texts(left, right).findings
        if f.kind is FindingKind.LEFT_ONLY and any(s.text == name for s in f.left)
    }


def test_a_british_city_club_is_told_by_its_town_alone() -> None:
    left = "Cardiff City sacked their manager on Tuesday after a 4-0 loss. They are 22nd."
    right = "Cardiff sacked their manager on Tuesday after losing 4-0. They are 22nd."
    assert "Cardiff City" not in yellow(compare_texts(left, right))


def test_a_british_city_club_against_another_towns_club_conflicts() -> None:
    left = "Cardiff City sacked their manager on Tuesday after a 4-0 loss. They are 22nd."
    right = "Swansea sacked their manager on Tuesday after losing 4-0. They are 22nd."
    assert conflict_texts(compare_texts(left, right)) == [({"Cardiff City"}, {"Swansea"})]

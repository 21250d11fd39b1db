"""A figure before nouns joined by "and" counts them together: "420 passengers and crew" is the
passengers and the crew, not a count of passengers that another article's "246 passengers" could
contradict. Two counts of the same joint group still clash."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2024-05-06")


def conflicts(left: str, right: str) -> list[str]:
    report = compare_documents(doc(left), doc(right))
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_passengers_and_crew_against_passengers_alone_is_no_conflict() -> None:
    assert not conflicts(
        "The threat of pirates prompted the cruise ship to evacuate some 420 passengers and "
        "crew on Monday.",
        "The cruise ship said it would fly its 246 passengers over the gulf on Monday.",
    )


def test_two_counts_of_passengers_and_crew_still_clash() -> None:
    found = conflicts(
        "The cruise ship evacuated some 420 passengers and crew on Monday.",
        "The cruise ship evacuated 250 passengers and crew on Monday.",
    )
    assert found and "420" in found[0] and "250" in found[0]


def test_a_floor_and_a_ceiling_with_room_between_them_are_one_range_not_two_estimates() -> None:
    assert not conflicts(
        "The newspaper speculates the deal is worth at least $160 million.",
        "The offer is believed to be worth as much as $180 million over the contract.",
    )


def test_a_ceiling_below_the_other_floor_still_clashes() -> None:
    assert conflicts(
        "The newspaper speculates the deal is worth at least $160 million.",
        "The offer is believed to be worth at most $100 million over the contract.",
    )


def test_games_behind_in_the_standings_are_a_gap_not_a_count_of_games() -> None:
    assert not conflicts(
        "Friday night's loss in Cleveland, the team's eighth in 10 games, was the last straw.",
        "The Sixers are still just two games in the loss column behind the eighth seed.",
    )


def test_a_count_the_list_goes_on_to_add_others_to_is_a_part() -> None:
    assert not conflicts(
        "Naval commandos seized seven AK-47 assault rifles, two other rifles and a grenade "
        "launcher from the pirates on Saturday.",
        "Nine assault rifles and a grenade launcher were seized from the pirates on Saturday, "
        "the navy said.",
    )

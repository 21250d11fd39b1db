"""One article's lead says the ferry sank on Sunday; the other's lead gives no day, and its only
day of anything that happened stands in its fifth paragraph: "went down on Monday". A lead
dates the story's event, and the one day an article tells of a happening is that event's day, so
the two are a conflict, though no sentence pairs them. The other article's day of a later step
("the captain was arrested on Monday"), of a statement, of something the lead does not speak of
("the football league postponed its matches on Monday"), of another doer's deed ("a salvage
company reached the ferry on Monday"), or a lead naming two days, says nothing of the event's
day."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Ferry sinks off island\n\n"
    "A passenger ferry sank off the northern coast of the island on Sunday, killing twelve "
    "people and leaving dozens missing in the cold water, the coast guard said.\n\n"
    "Rescue boats searched the area through the night.\n"
)


def _right(fifth: str) -> str:
    return (
        "Twelve dead as passenger ferry goes down\n\n"
        "Twelve people were killed when a crowded passenger ferry capsized and went down off the "
        "northern coast of the island, according to the coast guard and local officials.\n\n"
        "Dozens of passengers are still missing and relatives gathered at the harbour.\n\n"
        "The ferry had left the port with more than two hundred people on board.\n\n"
        "Survivors described a sudden list to one side as waves hit the deck.\n\n"
        f"{fifth}\n\n"
        "An inquiry into the sinking has been opened.\n"
    )


def test_a_lead_day_and_the_only_day_told_further_down_conflict() -> None:
    report = compare_texts(LEFT, _right("The ferry went down on Monday in rough seas."))
    assert ({"Sunday"}, {"Monday"}) in conflict_texts(report)


def test_a_later_step_on_another_day_is_no_day_of_the_event() -> None:
    report = compare_texts(LEFT, _right("The captain of the vessel was arrested on Monday."))
    assert not any("Monday" in right for _, right in conflict_texts(report))


def test_a_statement_on_another_day_is_no_day_of_the_event() -> None:
    report = compare_texts(LEFT, _right("The owners of the vessel said on Monday it was safe."))
    assert not any("Monday" in right for _, right in conflict_texts(report))


def test_a_day_told_of_nothing_the_lead_speaks_of_is_no_day_of_the_event() -> None:
    report = compare_texts(
        LEFT, _right("The national football league postponed its matches on Monday.")
    )
    assert not any("Monday" in right for _, right in conflict_texts(report))


def test_another_doers_deed_on_another_day_is_no_day_of_the_event() -> None:
    report = compare_texts(
        LEFT, _right("A salvage company from the mainland reached the ferry on Monday.")
    )
    assert not any("Monday" in right for _, right in conflict_texts(report))


def test_a_lead_naming_two_days_does_not_say_which_is_the_events() -> None:
    left = LEFT.replace(
        "Rescue boats searched the area through the night.",
        "Rescue boats found three survivors on Tuesday.",
    ).replace(
        "missing in the cold water, the coast guard said.",
        "missing; rescue boats found three survivors on Tuesday.",
    )
    report = compare_texts(left, _right("The ferry went down on Monday in rough seas."))
    assert not any("Monday" in right for _, right in conflict_texts(report))

"""A measure of a happening belongs to the happening its own sentence dates: "a tremor measuring
3.9 on Monday" is an aftershock, not the "magnitude-6.2 earthquake" the other article dates to
Sunday, so the two are never set against each other. Two measures dated to the same day still
clash."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_QUAKE = (
    "Quake hits Tarra island\n\nA magnitude-6.2 earthquake struck the island of Tarra on Sunday "
    "afternoon, killing 12 people, officials said."
)


def _aftershock(measure: str, when: str) -> str:
    return (
        "Aftershocks rattle Tarra\n\nAftershocks rattled Tarra on Monday. Seismologists at the "
        f"university said their instruments recorded a tremor measuring {measure} on the Richter "
        f"scale at {when}."
    )


def test_a_tremor_measured_on_monday_is_not_sundays_quake() -> None:
    report = compare_stories(_aftershock("3.9", "09:10 on Monday"), _QUAKE)
    assert not [c for c in conflict_texts(report) if "3.9" in c[0]]


def test_a_tremor_measured_on_the_quakes_day_still_clashes() -> None:
    report = compare_stories(_aftershock("5.8", "14:10 on Sunday"), _QUAKE)
    assert ({"5.8"}, {"6.2"}) in conflict_texts(report)


def test_a_measure_in_a_matching_sentence_of_another_day_is_no_clash() -> None:
    quake = (
        "Quake hits Tarra island\n\nAn earthquake registering 6.2 on the Richter scale hit Tarra "
        "island on Sunday, killing 12 people, officials said."
    )
    aftershock = (
        "Aftershocks rattle Tarra\n\nAftershocks rattled Tarra island on Monday, a day after a "
        "deadly earthquake. The university's seismic station registered a quake measuring 3.9 on "
        "the Richter scale at 09:10 on Monday."
    )
    assert not [c for c in conflict_texts(compare_stories(aftershock, quake)) if "3.9" in c[0]]

"""A day set right after a later step's object dates that step: "Police identified the victim on
Thursday as Jane Roe" tells when the police named her, not when she was killed, so it is not set
against the other article's "killed Wednesday night"; two days of the killing still clash, and a
day the parser hangs on a noun further off stays the event's (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_KILLED = (
    "Woman killed outside store\n\n"
    "A driver struck a woman outside a grocery store in Elmdale and drove off. "
    "Jane Roe, 66, of Elmdale was killed Wednesday night when the car struck her as she "
    "walked to her car. Police are looking for a silver van."
)
_IDENTIFIED = (
    "Victim of hit-and-run named\n\n"
    "A driver struck a woman outside a grocery store in Elmdale and drove off. "
    "Police identified the victim on Thursday as Jane Roe, 66, of Elmdale, who was struck "
    "as she walked to her car. Police are looking for a silver van."
)


def test_the_day_police_identified_the_victim_is_not_the_day_she_was_killed() -> None:
    found = conflict_texts(compare_stories(_KILLED, _IDENTIFIED))

    assert not any("Thursday" in right for _, right in found), found


def test_two_days_of_the_killing_still_clash() -> None:
    right = _IDENTIFIED.replace(
        "Police identified the victim on Thursday as Jane Roe, 66, of Elmdale, who was struck",
        "Jane Roe, 66, of Elmdale was killed on Thursday when the car struck her",
    )
    found = conflict_texts(compare_stories(_KILLED, right))

    assert ({"Wednesday night"}, {"Thursday"}) in found, found

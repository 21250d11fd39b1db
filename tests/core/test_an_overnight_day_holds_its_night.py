"""One article says "an overnight fire Friday", the other that the fire was set "Friday night":
"overnight" with a day straddles two dates, the night that closes the day as much as the small
hours that open it, so a journalist reads one fire told at two precisions, not two days. A part
of the daylight hours ("Friday afternoon") shares no hour with it, and another day's night is
another night: those still conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_OVERNIGHT = (
    "Fire guts chapel\n\n"
    "An overnight fire Friday at the mayor's home church caused an estimated $2 million in "
    "damage, and investigators say it could be the work of an arsonist."
)


def _set(when: str) -> str:
    return (
        "Chapel burns\n\n"
        "About $2 million in damage was done to the Riverside Gospel Chapel by a fire that was "
        f"set {when}, investigators said."
    )


def _day_conflicts(when: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(_OVERNIGHT, _set(when))
    return [c for c in conflict_texts(report) if "Friday" in c[0]]


def test_an_overnight_fire_friday_is_the_fire_set_friday_night() -> None:
    assert not _day_conflicts("Friday night")


def test_an_overnight_fire_friday_is_no_fire_set_friday_afternoon() -> None:
    assert _day_conflicts("Friday afternoon") == [({"Friday"}, {"Friday afternoon"})]


def test_an_overnight_fire_friday_is_no_fire_set_saturday_night() -> None:
    assert _day_conflicts("Saturday night") == [({"Friday"}, {"Saturday night"})]

"""Where a fugitive "was caught" is a later step of the story, as where he was arrested is: it
is never set against the town he escaped in. A second town for the escape itself still clashes."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

_ESCAPE = (
    "Convicted robber escapes from prison van\n\n"
    "A convicted robber escaped on Monday from a prison van in Tyler after pulling a gun on two "
    "guards and taking their weapons."
)


def test_the_town_a_fugitive_was_caught_in_is_not_where_he_escaped() -> None:
    right = (
        "Escaped robber caught\n\n"
        "The convicted robber was caught in east Dallas, about 90 miles west of where he "
        "escaped, police said."
    )
    assert place_conflicts(compare_stories(_ESCAPE, right)) == []


def test_a_second_town_for_the_escape_still_clashes() -> None:
    right = (
        "Escaped robber caught\n\n"
        "The convicted robber, who escaped from a prison van in Dallas, was caught hours later, "
        "police said."
    )
    assert place_conflicts(compare_stories(_ESCAPE, right)) == [({"Tyler"}, {"Dallas"})]

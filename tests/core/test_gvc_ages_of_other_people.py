"""An age of someone the clause sets apart from the person told before is not that person's age:
"a 17-year-old man was also shot" adds a second victim, and "in a separate shooting, a
40-year-old man was hurt" is another incident's man. Neither age clashes with the other
article's age of the victim; two ages of the one victim still do.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import shooting_conflicts as _conflicts


def test_a_man_also_shot_is_a_second_victim() -> None:
    found = _conflicts(
        "A 20-year-old man was shot in the leg on Elm Street, police said. He is expected to "
        "survive.",
        "A 17-year-old man who was walking by was also shot in the leg on Elm Street, police said.",
    )
    assert not found, found


def test_a_man_of_a_separate_shooting_is_not_this_shootings_man() -> None:
    found = _conflicts(
        "In a separate shooting, a 40-year-old man was shot on Pine Road around 11 p.m.",
        "A 34-year-old man was shot on Elm Street around 10 p.m., police said.",
    )
    assert not found, found


def test_two_ages_of_the_one_man_shot_still_clash() -> None:
    found = _conflicts(
        "A 20-year-old man was shot in the leg on Elm Street, police said.",
        "A 23-year-old man was shot in the leg on Elm Street, police said.",
    )
    assert any("20-year-old" in f and "23-year-old" in f for f in found), found

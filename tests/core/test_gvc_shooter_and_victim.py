"""The suspect and his victim told apart: "He is alleged to have shot his own mother" says he shot
someone, not that he was hurt; "the female victim" is not the man a "he" stood for. Neither sets
an injury of the suspect against the other article's report that police killed him. "The female
victim" still stands for the woman the story just named.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted

_KILLED_BY_POLICE = (
    "Earnest Fells was fatally shot by a police officer late Thursday. Fells was pronounced dead "
    "at the scene."
)


def test_a_man_alleged_to_have_shot_his_mother_is_not_said_to_be_hurt() -> None:
    right = (
        "Police said Earnest Fells opened fire in Selma late Thursday. He is alleged to have shot "
        "his own mother."
    )
    found = conflicts(compare(_KILLED_BY_POLICE, right))
    assert not found, quoted(found)


def test_the_female_victim_is_not_the_man_he_stood_for() -> None:
    right = (
        "Police said Earnest Fells opened fire in Selma late Thursday. He fled in a car. The "
        "female victim was transported to a hospital for non-life-threatening injuries."
    )
    found = conflicts(compare(_KILLED_BY_POLICE, right))
    assert not found, quoted(found)


def test_the_female_victim_still_stands_for_the_woman_just_named() -> None:
    left = "Ann Lee was shot in Dallas on Friday. She was killed, police said."
    right = (
        "Ann Lee was shot in Dallas on Friday. The female victim was taken to a hospital and is "
        "expected to recover."
    )
    found = conflicts(compare(left, right))
    assert found, quoted(found)

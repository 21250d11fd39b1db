"""An age written out and said of a person with "to be" ("He was eighty-one.", "He was
seventy.") is that person's age, as "He was 81." is: it agrees with the age in digits told at
the death, and a different age stays apart from it."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow

_PIANIST = (
    "The jazz pianist Leon Marsh has died. He was {age}. Marsh died in his sleep at his home in "
    "New Orleans on Monday, his wife said. He won three Grammy Awards."
)
_PIANIST_AGAIN = (
    "Jazz pianist Leon Marsh died Monday at 81. His wife said he died peacefully in his sleep "
    "at home in New Orleans. Marsh was a three-time Grammy winner."
)
_BOXER = (
    "Former world champion boxer Eddie Kray has died at 70. Kray died in hospital in Manchester "
    "on Monday after a long battle with dementia. He won the title in 1972."
)
_BOXER_AGAIN = (
    "Eddie Kray, the former world boxing champion, died on Monday in a Manchester hospital. He "
    "was {age}. Kray had suffered from dementia for many years. He became champion in 1972."
)


def test_he_was_eighty_one_agrees_with_died_at_81() -> None:
    report = compare_texts(_PIANIST.format(age="eighty-one"), _PIANIST_AGAIN)
    assert ({"eighty-one"}, {"81"}) in agreed_texts(report), agreed_texts(report)
    assert "eighty-one" not in yellow(report) and "81" not in yellow(report), yellow(report)


def test_he_was_seventy_agrees_with_died_at_70() -> None:
    report = compare_texts(_BOXER, _BOXER_AGAIN.format(age="seventy"))
    assert ({"70"}, {"seventy"}) in agreed_texts(report), agreed_texts(report)


def test_he_was_seventy_two_clashes_with_died_at_70() -> None:
    report = compare_texts(_BOXER, _BOXER_AGAIN.format(age="seventy-two"))
    assert not any("seventy-two" in right for _, right in agreed_texts(report))
    assert ({"70"}, {"seventy-two"}) in conflict_texts(report), conflict_texts(report)


def test_he_was_one_of_seventy_boxers_gives_no_age() -> None:
    report = compare_texts(
        _BOXER,
        "Eddie Kray, the former world boxing champion, died on Monday in a Manchester hospital. "
        "He was one of seventy boxers in the club. Kray had suffered from dementia for many "
        "years. He became champion in 1972.",
    )
    assert not conflict_texts(report), conflict_texts(report)


def test_a_count_in_words_said_with_to_be_is_no_age() -> None:
    report = compare_texts(
        "The storm hit the coast on Monday. The dead were seventy. Rescuers searched the town "
        "for survivors. The mayor asked for help.",
        "The storm struck the coast on Monday, killing 70 people. Rescuers searched the town. "
        "The mayor asked the state for help. Power was cut.",
    )
    assert ({"seventy"}, {"70"}) not in agreed_texts(report), agreed_texts(report)

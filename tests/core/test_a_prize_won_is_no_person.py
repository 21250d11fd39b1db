"""A prize named as a thing won ("won an Oscar", "won two Emmys and an Oscar") is no person: the
journalist sees no person mark and no person card on it."""

from desktop.core.model import MentionType
from tests.factories import left_only_types

RIGHT = (
    "The actress Mara Holt died on Monday in Los Angeles. Her agent confirmed the death. "
    "She made forty films."
)


def test_an_oscar_won_is_not_marked_as_a_person() -> None:
    left = (
        "She won an Oscar in 1999 for the role. The studio said so on Monday. Fans cheered in "
        "London."
    )

    assert MentionType.PERSON not in left_only_types(left, RIGHT, "Oscar")


def test_the_last_prize_of_a_list_won_is_no_person() -> None:
    left = (
        "Mara Holt, an actress, died on Monday in Los Angeles. She won two Emmys and an Oscar. "
        "Her agent confirmed the death."
    )

    assert MentionType.PERSON not in left_only_types(left, RIGHT, "Oscar")


def test_a_person_beaten_in_a_list_stays_a_person() -> None:
    left = (
        "Mara Holt, an actress, died on Monday in Los Angeles. She beat Oscar Lind and Ann Fry "
        "in 1999. Her agent confirmed the death."
    )

    assert left_only_types(left, RIGHT, "Oscar Lind") == {MentionType.PERSON}


def test_a_nominee_named_beside_a_nomination_stays_a_person() -> None:
    left = (
        "The actress Mara Holt died on Monday in Los Angeles. She backed the Kagan nomination "
        "to the court in 2010, and Elena Kagan thanked her. Her agent confirmed the death."
    )

    assert MentionType.PERSON in left_only_types(left, RIGHT, "Elena Kagan")

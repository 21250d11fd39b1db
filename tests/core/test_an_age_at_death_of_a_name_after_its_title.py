"""An age at death told of a name set after its title ("The actress Maria Vell died on Sunday
at the age of 85", "Former world champion boxer Eddie Kray has died at 70") is that person's
age: another age the other article gives the same person clashes with it, where both used to
stand yellow, and the age of someone only related to the name stays apart."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_ACTRESS_LATER = (
    "Actress Maria Vell has died aged {age}. The star passed away at home in Santa Monica on "
    "Sunday, according to her publicist, Tom Reyes. She appeared in over 40 films."
)


def _actress(subject: str) -> str:
    return (
        f"{subject} died on Sunday at the age of 85. She died at her home in Santa Monica, her "
        "publicist Tom Reyes said. Vell starred in more than forty films."
    )


def test_the_actress_maria_vell_died_at_85_clashes_with_died_aged_87() -> None:
    report = compare_texts(_actress("The actress Maria Vell"), _ACTRESS_LATER.format(age=87))
    assert ({"age of 85"}, {"87"}) in conflict_texts(report), conflict_texts(report)


def test_the_same_age_after_a_title_agrees() -> None:
    report = compare_texts(_actress("The actress Maria Vell"), _ACTRESS_LATER.format(age=85))
    assert not conflict_texts(report), conflict_texts(report)
    assert "age of 85" not in yellow(report), yellow(report)


def test_the_age_of_her_husband_is_not_hers() -> None:
    report = compare_texts(
        _actress("The husband of actress Maria Vell"), _ACTRESS_LATER.format(age=87)
    )
    assert not conflict_texts(report), conflict_texts(report)


def test_a_boxer_named_after_his_titles_died_at_70_clashes_with_72() -> None:
    report = compare_texts(
        "Former world champion boxer Eddie Kray has died at 70. Kray died in hospital in "
        "Manchester on Monday after a long battle with dementia. He won the title in 1972.",
        "Eddie Kray, 72, the former world boxing champion, died on Monday in a Manchester "
        "hospital. Kray had suffered from dementia for many years. He became champion in 1972.",
    )
    assert ({"70"}, {"72"}) in conflict_texts(report), conflict_texts(report)

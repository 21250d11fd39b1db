"""A race named by its distance with a glued "m" ("the 400m hurdles") is run over metres: the
plural after it names the race and counts no millions."""

from tests.factories import compare_texts, conflict_texts, yellow


def test_the_400m_hurdles_agree_with_the_400_metres_hurdles() -> None:
    report = compare_texts(
        "She won the 400m hurdles in a world record.",
        "She won the 400 metres hurdles in a world record.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_the_400m_hurdles_against_the_800_metres_hurdles_is_a_conflict() -> None:
    report = compare_texts(
        "She won the 400m hurdles in a world record.",
        "She won the 800 metres hurdles in a world record.",
    )
    assert conflict_texts(report) == [({"400m"}, {"800 metres"})]


def test_a_glued_m_before_users_still_counts_millions() -> None:
    report = compare_texts(
        "Microsoft has over 2m Windows users.",
        "Microsoft has more than 2 million Windows users.",
    )
    assert yellow(report) == []

"""A figure both articles give alike is set against a second figure for the same thing only when
that one is a second account of it, not when its clause names another party it belongs to."""

from tests.factories import compare_texts, conflict_texts

CHAMPIONS = "Manchester City won the title with 89 points."


def test_the_runners_up_points_in_a_later_sentence_do_not_contradict_the_champions() -> None:
    report = compare_texts(
        "Manchester City won the title with 89 points, two ahead of Arsenal.",
        f"{CHAMPIONS} Arsenal finished on 87 points.",
    )
    assert conflict_texts(report) == []


def test_a_second_account_of_the_champions_points_still_contradicts_them() -> None:
    report = compare_texts(
        CHAMPIONS, f"{CHAMPIONS} The club's own website said it finished with 87 points."
    )
    assert conflict_texts(report) == [({"89"}, {"87"})]

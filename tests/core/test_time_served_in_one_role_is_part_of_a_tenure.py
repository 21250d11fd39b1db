"""A length of time followed by "as" and a role ("spent four seasons as the team's director of
scouting") is the time served in that role, a stretch of the tenure another article counts with
the employer ("has spent 12 seasons with the Owls"), never a second account of it. Two times in
the same role still clash, and so does a role told without "as" ("served on the court for eight
years" / "ten years as a judge": test_one_length_of_time_in_each_aligned_sentence.py)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _stories(left_span: str, right_span: str) -> tuple[str, str]:
    left = (
        "Owls name Reyes coach\n\n"
        "The Owls named Dan Reyes interim coach on Friday. He spent "
        f"{left_span} before being promoted to general manager in 2010."
    )
    right = (
        "Reyes takes over Owls\n\n"
        "Dan Reyes was named interim coach of the Owls on Friday. Reyes has spent "
        f"{right_span} and was promoted to general manager in 2010."
    )
    return left, right


def test_seasons_in_one_job_are_a_stretch_of_the_seasons_with_the_club() -> None:
    report = compare_stories(
        *_stories("four seasons as the team's director of scouting", "12 seasons with the Owls")
    )
    assert not [c for c in conflict_texts(report) if "12 seasons" in c[1]]


def test_two_lengths_of_time_in_the_same_job_still_clash() -> None:
    report = compare_stories(
        *_stories(
            "four seasons as the team's director of scouting",
            "seven seasons as the team's director of scouting",
        )
    )
    assert ({"four seasons"}, {"seven seasons"}) in conflict_texts(report)


def test_seasons_in_one_job_are_part_of_the_tenure_in_loosely_matching_sentences() -> None:
    # The two sentences tell different things besides, so they match only loosely: the figures
    # after the same verb ("spent") are compared by their frame, which the role still sets apart.
    report = compare_stories(
        "Hawks hire Molina\n\nThe Hawks named Rita Molina head coach on Monday. Molina, 52, spent "
        "three seasons as the Director of Player Scouting and earlier worked as an assistant "
        "under four head coaches in the league.",
        "Molina named Hawks coach\n\nRita Molina was named head coach of the Hawks on Monday. "
        "Molina has spent 14 seasons with the Hawks and was promoted to vice president in 2011.",
    )
    assert not [c for c in conflict_texts(report) if "14 seasons" in c[1]]

""" "A jury found Mark Lee guilty on March 3" / "Mark Lee was convicted on March 4": found
guilty is the verdict, the court's step, as convicted is; the two days clash. "Found" alone is
the finding of a victim, a step of its own."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = "Verdict\n\nA jury found Mark Lee guilty of fraud on March 3, prosecutors said.\n"


def test_found_guilty_on_march_3_is_not_convicted_on_march_4() -> None:
    report = compare_stories(
        LEFT, "Verdict\n\nMark Lee was convicted of fraud on March 4, prosecutors said.\n"
    )
    assert ({"March 3"}, {"March 4"}) in conflict_texts(report)


def test_convicted_on_the_same_day_is_no_conflict() -> None:
    report = compare_stories(
        LEFT, "Verdict\n\nMark Lee was convicted of fraud on March 3, prosecutors said.\n"
    )
    assert conflict_texts(report) == []


def test_a_body_found_is_not_a_man_convicted() -> None:
    report = compare_stories(
        "Case\n\nThe body of Ann Ray was found on March 3 near the river, police said.\n",
        "Case\n\nMark Lee was convicted on March 9 of killing Ann Ray near the river, police "
        "said.\n",
    )
    assert conflict_texts(report) == []

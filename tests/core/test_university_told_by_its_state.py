"""A university called by its state is the university of that state's initials: a "record in
UNC history" is told by an article that reports "North Carolina beat Miami", but not by one that
names no North Carolina at all."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_INITIALS = (
    "Green scores\n\n"
    "The Tigers beat Miami 88-79 on Tuesday in Chapel Hill. "
    "Sam Porter became the 40th player in UNC history to score 14 points. "
    "The crowd cheered."
)


def _state(team: str) -> str:
    return (
        "Tigers win\n\n"
        f"{team} beat Miami 88-79 on Tuesday in Chapel Hill. "
        "Sam Porter had 14 points. The crowd cheered."
    )


def test_unc_is_told_by_an_article_naming_north_carolina() -> None:
    assert "UNC" not in yellow(compare_stories(_state("North Carolina"), _INITIALS))


def test_unc_stays_one_sided_when_the_other_article_names_no_north_carolina() -> None:
    assert "UNC" in yellow(compare_stories(_state("The home side"), _INITIALS))

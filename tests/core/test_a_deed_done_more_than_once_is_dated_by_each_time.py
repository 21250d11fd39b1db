"""A deed done more than once, each article dating one time of it: "previously hosted the Lyre
awards in 2009" / "first hosted the Lyre awards in 2009 ... also won praise as the host of the
Stage awards in 2004". The second article writes 2009 too, so its 2004 is another time of the
hosting, not a second date for the one the first article gives. Where neither article writes
the other's year, the two years of one deed still clash."""

from __future__ import annotations

from tests.factories import compare_stories, day_conflicts

_PREVIOUSLY = (
    "Dana Holt to host the Lyre awards\n\n"
    "Comedian Dana Holt will host the Lyre awards next year, organisers said on Friday. Holt "
    "previously hosted the Lyre awards in 2009, and earned a nomination for her work."
)


def _hosts(first: str) -> str:
    return (
        "Holt picked to host Lyre awards\n\n"
        "Comedian Dana Holt will host the Lyre awards next year, organisers said on Friday. "
        f"{first} Holt also won praise as the host of the Stage awards in 2004, which were "
        "twice delayed by storms."
    )


def test_a_year_of_another_hosting_is_no_clash_where_its_article_gives_the_first_year_too() -> None:
    other = _hosts(
        "She first hosted the Lyre awards in 2009, becoming the second woman to host them alone."
    )
    assert not day_conflicts(compare_stories(_PREVIOUSLY, other))


def test_two_years_of_one_hosting_still_clash_where_neither_article_writes_the_other() -> None:
    other = _hosts("She is the second woman to host them alone.")
    assert day_conflicts(compare_stories(_PREVIOUSLY, other)) == [({"2009"}, {"2004"})]

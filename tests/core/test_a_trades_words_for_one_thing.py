"""A trade's own words for one counted thing ("149 shows" / "149 concerts", "30 doctors" / "thirty
medics") count the same thing: the same figure agrees where both were marked as told by one
article only, and another figure conflicts. A figure of another thing ("149 songs") stays apart."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

LEFT = (
    "Kara Lane's world tour grossed $1.04 billion, making it the highest-grossing tour of all "
    "time, according to Pollstar. The tour played 149 shows on five continents. It ended in "
    "Vancouver in December."
)
RIGHT = (
    "Pollstar says Kara Lane's tour took in more than $1 billion, a record for any concert tour. "
    "Lane performed {count} across five continents before wrapping up in Vancouver, Canada, in "
    "December."
)


def test_149_shows_agree_with_149_concerts() -> None:
    report = compare_stories(LEFT, RIGHT.format(count="149 concerts"))
    assert ({"149"}, {"149"}) in agreed_texts(report), agreed_texts(report)


def test_149_shows_conflict_with_152_concerts() -> None:
    report = compare_stories(LEFT, RIGHT.format(count="152 concerts"))
    assert ({"149"}, {"152"}) in conflict_texts(report), conflict_texts(report)


def test_149_shows_are_not_149_songs() -> None:
    report = compare_stories(LEFT, RIGHT.format(count="149 songs"))
    assert ({"149"}, {"149"}) not in agreed_texts(report), agreed_texts(report)


def test_30_doctors_agree_with_thirty_medics() -> None:
    report = compare_stories(
        "Surgeons at Mercy Hospital separated conjoined twins on Saturday, the hospital said. "
        "The girls are in stable condition. A team of 30 doctors took part.",
        "Doctors at Mercy Hospital have successfully separated conjoined twin girls. The surgery "
        "involved a team of thirty medics. Both babies are stable, the hospital said on Saturday.",
    )
    assert ({"30"}, {"thirty"}) in agreed_texts(report), agreed_texts(report)

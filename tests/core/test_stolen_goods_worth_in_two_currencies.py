"""What stolen goods were worth, told in dollars by one article and in pounds by the other:
"stealing almost $2 million of jewelry" / "stole £910, 000 worth of jewellery" (the space after the
comma as wire archives print it). The sum of the goods is their worth, not a part of a group; an
earlier theft's sum meets the sum the other article dates to that theft, never the story's own; and
two sums at odds at every rate of the articles' year are a conflict whose reason names the rates,
while a sum some rate of the year makes the other still agrees (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import agreed_texts, compare_stories, compare_texts, conflict_texts

MUSEUM = (
    "Museum robbed\n\nArmed men raided the palace museum in Vienna on Sunday, stealing almost "
    "$2 million of jewelry from a display case."
)


def _museum(worth: str) -> str:
    return (
        f"Museum robbed\n\nArmed men stole {worth} worth of jewellery from the palace museum in "
        "Vienna on Sunday, police said."
    )


def test_a_pound_sum_with_a_space_after_its_comma_is_read_and_set_against_the_dollars() -> None:
    report = compare_stories(MUSEUM, _museum("£910, 000"))
    assert conflict_texts(report) == [({"almost $2 million"}, {"£910, 000"})]
    (found,) = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert "US dollars to the pound" in found.reason
    assert "both may be true" in found.reason.lower()


def test_a_pound_sum_some_rate_of_the_year_makes_the_dollars_still_agrees() -> None:
    report = compare_stories(MUSEUM, _museum("£1, 500, 000"))
    assert not conflict_texts(report)
    assert agreed_texts(report, MentionType.MONEY) == [({"almost $2 million"}, {"£1, 500, 000"})]


ANTWERP = (
    "Raiders hit Antwerp diamond dealer\n\nRaiders robbed a diamond dealer in Antwerp on Monday "
    "and escaped with stones worth $2.6 million, police said. The raid is the latest in a run of "
    "thefts in Belgium this year. Police said the gang used a stolen van, which they set on fire "
    "before fleeing. Gangs also hit the yearly Venice art fair, taking nearly $3 million of gems "
    "from the safe in the suite of a Dutch dealer working for Verlo, one of the oldest gem houses."
)


def _antwerp(worth: str) -> str:
    return (
        "Diamonds worth £2m stolen in Antwerp raid\n\nDiamonds worth £2m were stolen from a dealer "
        "in Antwerp on Monday, police said. The gang set fire to a stolen van before escaping, "
        "officers said. It was not the first such theft this year. In April, robbers took "
        f"{worth} worth of gems from a dealer of the firm Verlo that were to be lent to collectors "
        "during the Venice art fair and a second raid saw a ring worth £0.9m taken."
    )


def test_an_earlier_thefts_sum_meets_the_sum_the_other_article_dates_to_that_theft() -> None:
    report = compare_texts(ANTWERP, _antwerp("£1, 100, 000"), "2024-07-20")
    assert conflict_texts(report) == [({"nearly $3 million"}, {"£1, 100, 000"})]
    assert ({"$2.6 million"}, {"£2m"}) in agreed_texts(report, MentionType.MONEY)


def test_an_earlier_thefts_sum_a_rate_of_the_year_makes_the_other_agrees_with_it() -> None:
    report = compare_texts(ANTWERP, _antwerp("£2.2m"), "2024-07-20")
    assert not conflict_texts(report)
    assert ({"nearly $3 million"}, {"£2.2m"}) in agreed_texts(report, MentionType.MONEY)

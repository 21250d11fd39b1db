"""The year each article gives one deed: "In 1999, he stabbed his wife" / "a 2000 incident where
he stabbed his wife" is a conflict even where the two sentences tell too much else to align. An
article that dates the verb twice ("won the belt in 2001 and again in 2005") tells two deeds."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Escaped inmate caught\n\nThe escaped inmate was caught on Monday in a motel, police said."
    "\n\nIn 1999, Comeaux stabbed his wife during a visit, using his wheelchair to pin her "
    "against a wall.\n"
)


def _right(year: str) -> str:
    return (
        "Inmate back in custody\n\nThe escaped inmate was caught on Monday in a motel, police "
        "said.\n\nAccording to the authorities, his weapons conviction stemmed from a "
        f"{year} incident where he stabbed his wife 17 times while she was visiting him.\n"
    )


def test_the_stabbing_of_his_wife_dated_another_year_is_a_conflict() -> None:
    report = compare_stories(_LEFT, _right("2000"))
    assert ({"1999"}, {"2000"}) in conflict_texts(report)


def test_the_stabbing_dated_the_same_year_is_no_conflict() -> None:
    report = compare_stories(_LEFT, _right("1999"))
    assert conflict_texts(report) == []


def test_a_verb_dated_twice_in_one_article_tells_two_deeds() -> None:
    left = (
        "Escaped inmate caught\n\nThe escaped inmate was caught on Monday in a motel, police "
        "said.\n\nIn 1999, Comeaux stabbed his wife during a visit, and in 2003 he stabbed a "
        "guard.\n"
    )
    report = compare_stories(left, _right("2000"))
    deeds = [
        f for f in report.findings if f.kind is FindingKind.CONFLICT and "same deed" in f.reason
    ]
    assert deeds == []


def test_a_party_founded_in_another_year_than_it_was_established_is_a_conflict() -> None:
    left = (
        "Vote set for December\n\nThe country will elect a parliament in December.\n\nA party of "
        "industrialists and entrepreneurs was established in August 2012 with 300 delegates.\n"
    )
    right = (
        "Parliament vote in December\n\nThe country will elect a parliament in December.\n\nThe "
        "Party of Industrialists and Entrepreneurs, founded in 2011, will seek seats.\n"
    )
    assert ({"August 2012"}, {"2011"}) in conflict_texts(compare_stories(left, right))

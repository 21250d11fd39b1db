"""A victim named with a nickname inside the name: "Earnest (Scoop) Fells" and 'Darnell "Boo"
Smith' are the Earnest Fells and Darnell Smith the other article names, one person agreed, not a
broken organisation on one side and a person only the other gives (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, yellow
from tests.factories import compare_texts as compare


def test_a_nickname_in_brackets_inside_a_name_is_the_same_person() -> None:
    report = compare(
        "Man killed by officer\n\nThe district attorney said Friday that Earnest (Scoop) Fells "
        "was fatally shot by a police officer late Thursday after he wounded the officer.",
        "Police shooting\n\nEarnest Fells, 45, was shot dead by a Selma police officer on "
        "Thursday after he wounded the officer, the district attorney said.",
    )
    assert ({"Earnest (Scoop) Fells"}, {"Earnest Fells"}) in agreed_texts(
        report, MentionType.PERSON
    )
    assert not any("Scoop" in mark or "Fells" in mark for mark in yellow(report))


def test_a_nickname_in_quotation_marks_inside_a_name_is_the_same_person() -> None:
    report = compare(
        'Man killed on porch\n\nDarnell "Boo" Smith, 24, was shot and killed on his porch on '
        "Saturday night, police said.",
        "Porch shooting\n\nPolice said Darnell Smith, 24, was shot dead on the porch of his home "
        "on Saturday night.",
    )
    assert ({'Darnell "Boo" Smith'}, {"Darnell Smith"}) in agreed_texts(report, MentionType.PERSON)


def test_a_ticker_in_brackets_makes_no_person_of_a_company() -> None:
    report = compare(
        "Shares fall\n\nShares of Microsoft (MSFT) Corp fell on Friday after the report, "
        "traders said.",
        "Stocks slide\n\nTraders said shares of Microsoft fell on Friday after the report.",
    )
    people = [f for f in report.findings if f.type is MentionType.PERSON]
    assert not any("MSFT" in s.text for f in people for s in f.left)

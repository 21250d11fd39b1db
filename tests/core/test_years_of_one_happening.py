"""A year that says which happening, written with its month ("the March 2004 rampage") or
before a noun that only points back at the sentence's happening ("a 2000 incident where he
stabbed his wife"): a changed year is still seen as a conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_a_month_and_year_label_the_rampage_as_the_year_alone_does() -> None:
    report = compare_stories(
        "Courthouse gunman sentenced\n\nA judge sentenced Brian Nichols on Saturday to multiple "
        "life sentences for his deadly 2005 rampage at the county courthouse.\n",
        "Judge sentences courthouse killer\n\nA judge on Saturday sentenced the man who killed "
        "four people in a courthouse escape to life in prison.\n\nBrian Nichols was found guilty "
        "last month of murder for the March 2004 rampage that started in a downtown courthouse.\n",
    )
    assert ({"2005"}, {"March 2004"}) in conflict_texts(report)


def test_the_year_of_an_incident_is_the_year_of_the_stabbing_it_points_to() -> None:
    report = compare_stories(
        "Escaped prisoner caught\n\nHe was given two extra life sentences after being convicted "
        "of stabbing his wife and another person in 1999 while she visited him in prison.\n",
        "Escaped prisoner found\n\nAccording to authorities, the weapons conviction stemmed from "
        "a 2000 incident where he stabbed his wife 17 times while she was visiting him in prison.\n",
    )
    assert ({"1999"}, {"2000"}) in conflict_texts(report)


def test_the_year_of_an_earlier_tsunami_still_is_no_year_of_this_quake() -> None:
    report = compare_stories(
        "Quake hits Aceh\n\nThe quake struck the coast of Aceh in 2012, the worst since the "
        "December 2004 tsunami.\n",
        "Aceh shaken\n\nThe quake struck the coast of Aceh in 2012, the worst since the 2004 "
        "tsunami.\n",
    )
    assert conflict_texts(report) == []

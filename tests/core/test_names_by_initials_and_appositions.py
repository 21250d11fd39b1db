"""A place written by its initials is the same place ("Los Angeles" / "L.A."), never a conflict;
a person named in full on one side and by surname with an apposition on the other ("Smith, the
police chief, said") is no yellow mark."""

from __future__ import annotations

from desktop.core.naming.names import initials_of
from tests.factories import compare_stories, conflict_texts, yellow


def test_los_angeles_and_la_are_one_place() -> None:
    report = compare_stories(
        "Blast\n\nThe blast happened shortly after midnight in Los Angeles, police said.\n",
        "Blast\n\nThe blast happened shortly after midnight in L.A., police said.\n",
    )
    assert conflict_texts(report) == []


def test_initials_open_each_word_of_the_long_name() -> None:
    assert initials_of("D.C.", "District of Columbia")
    assert initials_of("UN", "United Nations")
    assert not initials_of("LA", "Louisiana")
    assert not initials_of("NY", "New Jersey")


def test_the_chief_named_by_surname_and_apposition_is_no_yellow_mark() -> None:
    report = compare_stories(
        "Chase\n\nPolice Chief John Smith said the suspect fled on foot.\n",
        "Chase\n\nSmith, the police chief, said the suspect fled on foot.\n",
    )
    assert not any("Smith" in m for m in yellow(report)), yellow(report)

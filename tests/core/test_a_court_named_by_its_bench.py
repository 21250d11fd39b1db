"""A fact-checker compares two court reports: one says the accused "entered a not guilty plea at
Swale Vale Magistrates and was remanded to appear before Maidstone Crown Court", the other that
he "will appear at Swale Vale Magistrates Court tomorrow". The first names both courts, the
magistrates by their bench alone as British reports do: two hearings, not two courts for one.
Two articles that send him to two different courts for the same hearing ("will appear at
Maidstone Crown Court tomorrow morning") still conflict."""

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories


def _court_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(left, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.ORGANISATION
    ]


_RIGHT = (
    "He has been refused bail and will appear at Swale Vale Magistrates Court tomorrow morning."
)


def test_a_court_the_other_article_names_by_its_bench_is_no_other_court() -> None:
    left = (
        "Mr Carter, of Mill Lane, Ashford, entered a not guilty plea at Swale Vale Magistrates "
        "and was remanded in custody to appear before Maidstone Crown Court on 4 March."
    )
    assert _court_conflicts(left, _RIGHT) == []


def test_one_hearing_at_two_courts_still_conflicts() -> None:
    left = "He has been refused bail and will appear at Maidstone Crown Court tomorrow morning."
    assert _court_conflicts(left, _RIGHT) == [
        ({"Maidstone Crown Court"}, {"Swale Vale Magistrates Court"})
    ]

"""A reporter compares two stories of a shooting outside a bakery. The first says near the top
that "Eleven people were injured" and, a few paragraphs on, that police are looking for the men
behind "the wounding of 13 people"; the second says the shooting "injured 13 people". Both
articles give 13: the 11 is the first article's own other count, so the red mark setting it
against the second article's 13 is one to check, and its reason says the first article also
gives 13. When the second article gives a figure the first never gives (15), the two articles
disagree and the conflict stays a sure one (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind
from desktop.core.results.trust import is_to_check
from tests.factories import compare_stories

_LEFT = (
    "Police hunt two men after bakery shooting. "
    "Eleven people were injured when two men fired into a crowd gathered outside a bakery on Elm "
    "Street. "
    "On Thursday detectives made their first progress in Monday's drive-by attack, showing "
    "photos of two 19-year-olds wanted over the wounding of 13 people outside the bakery. "
    "Most of the victims had light wounds to their arms and legs."
)
_RIGHT = (
    "A 19-year-old man charged over the drive-by shooting that injured 13 people had circled "
    "the bakery by car for close to an hour beforehand, detectives said. "
    "He gave himself up to police on Friday. "
    "No one has said why the men fired on the crowd, which left seven men and six women hurt "
    "outside the bakery."
)


def _conflict(right: str, left_text: str, right_text: str) -> Finding:
    report = compare_stories(_LEFT, right)
    return next(
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
        and [s.text for s in f.left] == [left_text]
        and [s.text for s in f.right] == [right_text]
    )


def test_an_injured_count_the_other_article_also_gives_is_a_conflict_to_check() -> None:
    clash = _conflict(_RIGHT, "Eleven", "13")
    assert is_to_check(clash)
    assert "The left article also gives '13'" in clash.reason


def test_an_injured_count_neither_form_of_which_the_other_gives_is_a_sure_conflict() -> None:
    clash = _conflict(_RIGHT.replace("injured 13 people", "injured 15 people"), "Eleven", "15")
    assert not is_to_check(clash)
    assert "also gives" not in clash.reason

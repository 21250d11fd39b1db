"""Whether anyone was arrested for one shooting: "No arrests have been made" against "A suspect
was arrested" is shown, with the warning that both may be true at different times; an earlier
article's "no arrests" against a later one's arrest is the news moving on and shows nothing; so
does an article that tells both, an arrest of the suspect's past, and an arrest for another
shooting (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document
from tests.factories import compare_stories, conflict_texts

_OPENING = (
    "Man wounded on Dover Street.\n\n"
    "A 27-year-old man was wounded when someone fired several shots at him on Dover Street "
    "late Thursday, police said."
)
_NONE = " No arrests have been made, Sgt. Omar Bell said."
_TOLD = " A 19-year-old suspect was arrested at a nearby home, Sgt. Omar Bell said."


def test_no_arrests_against_a_suspect_arrested_is_a_conflict_that_may_be_an_update() -> None:
    report = compare_stories(_OPENING + _NONE, _OPENING + _TOLD)
    assert ({"No arrests have been made"}, {"was arrested"}) in conflict_texts(report)
    assert any("different times" in f.reason for f in report.findings)


def test_the_conflict_stands_the_other_way_round_and_in_other_words() -> None:
    told = " Police arrested a 19-year-old man at a nearby home."
    none = " No one has been arrested in the shooting."
    found = conflict_texts(compare_stories(_OPENING + told, _OPENING + none))
    assert ({"arrested"}, {"No one has been arrested"}) in found


def test_an_earlier_article_without_arrests_against_a_later_arrest_shows_nothing() -> None:
    report = compare_documents(
        Document(source="left.txt", text=_OPENING + _NONE, date="2024-05-03"),
        Document(source="right.txt", text=_OPENING + _TOLD, date="2024-05-06"),
    )
    assert conflict_texts(report) == []


def test_an_article_that_tells_the_arrest_after_none_is_its_own_update() -> None:
    left = _OPENING + _NONE + " Late Friday, a 19-year-old suspect was arrested."
    assert conflict_texts(compare_stories(left, _OPENING + _TOLD)) == []


def test_a_suspect_arrested_years_before_is_no_arrest_for_this_shooting() -> None:
    right = _OPENING + " Police said the suspect had been arrested before on a weapons charge."
    assert conflict_texts(compare_stories(_OPENING + _NONE, right)) == []


def test_an_arrest_for_another_shooting_is_not_this_ones() -> None:
    right = _OPENING + " In a separate shooting, a man was arrested after firing at a bus."
    assert conflict_texts(compare_stories(_OPENING + _NONE, right)) == []


def test_a_suspect_not_yet_arrested_agrees_with_no_arrests() -> None:
    right = _OPENING + " The suspect has not been arrested, police said."
    assert conflict_texts(compare_stories(_OPENING + _NONE, right)) == []

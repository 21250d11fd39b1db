"""One victim's sex told two ways at one age: "A 19-year-old woman was shot" / "A 19-year-old man
was shot" in sentences that tell the same thing is a conflict; an article with a man and a woman
of that age, and a woman of that age told of another shooting, set nothing against anything
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_REST = (
    "\n\nThe shooting happened shortly after 11 p.m. outside a corner store on Pine Street. "
    "Detectives asked anyone with video of the street to call them."
)


def _story(victim: str, tail: str = "") -> str:
    return (
        "Shooting on Pine Street.\n\n"
        f"{victim} was shot on Pine Street late Saturday, police said.{tail}" + _REST
    )


def test_a_19_year_old_woman_against_a_19_year_old_man_is_a_conflict_both_ways() -> None:
    woman, man = _story("A 19-year-old woman"), _story("A 19-year-old man")
    assert ({"woman"}, {"man"}) in conflict_texts(compare_stories(woman, man))
    report = compare_stories(man, woman)
    assert ({"man"}, {"woman"}) in conflict_texts(report)
    assert any("'19-year-old man'" in f.reason for f in report.findings)


def test_a_boy_against_a_girl_of_one_age_is_a_conflict() -> None:
    found = conflict_texts(
        compare_stories(_story("A 16-year-old boy"), _story("A 16-year-old girl"))
    )
    assert ({"boy"}, {"girl"}) in found


def test_a_man_and_a_woman_of_one_age_are_two_people() -> None:
    both = _story("A 19-year-old man and a 19-year-old woman were shot; the man")
    found = conflict_texts(compare_stories(both, _story("A 19-year-old woman")))
    assert not any("woman" in b or "man" in b for _, b in found), found


def test_a_woman_of_that_age_in_another_shooting_is_not_this_victim() -> None:
    tail = " In a separate shooting, a 19-year-old woman was wounded on Oak Avenue."
    found = conflict_texts(
        compare_stories(_story("A 19-year-old man", tail), _story("A 19-year-old man"))
    )
    assert found == []

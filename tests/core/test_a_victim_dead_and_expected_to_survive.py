"""The victim of one age dead in one article and "expected to survive" in the other: a forecast a
later death may belie, shown as a conflict that says it may be a later update; a death the
article tells came later, a victim in serious or critical condition, one "critical but expected
to survive", and a survivor no age ties to the dead (the article's other victim, perhaps) set
nothing against the death (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING = "A man opened fire on a car on Birch Road in Elmwood on Friday night, police said.\n\n"


def _harm_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(OPENING + left, OPENING + right)
    return [c for c in conflict_texts(report) if not ({"Friday"} & c[0])]


def test_a_victim_who_died_against_one_expected_to_survive_may_be_a_later_update() -> None:
    died = "The victim, 19, died at Mercy Hospital, police said."
    survives = "The 19-year-old was taken to Mercy Hospital and is expected to survive."
    report = compare_stories(OPENING + died, OPENING + survives)
    assert ({"died"}, {"expected to survive"}) in conflict_texts(report)
    assert any("later update" in f.reason for f in report.findings)
    assert ({"expected to survive"}, {"died"}) in _harm_conflicts(survives, died)


def test_a_death_the_article_tells_came_later_is_no_conflict() -> None:
    found = _harm_conflicts(
        "The victim, 19, was expected to survive but later died at Mercy Hospital.",
        "The 19-year-old was taken to Mercy Hospital and is expected to survive.",
    )
    assert found == []


def test_a_victim_in_serious_condition_may_have_died_since() -> None:
    found = _harm_conflicts(
        "The victim, 19, died at Mercy Hospital, police said.",
        "The 19-year-old was taken to Mercy Hospital in serious condition.",
    )
    assert found == []


def test_a_victim_critical_but_expected_to_survive_may_have_died_since() -> None:
    found = _harm_conflicts(
        "The victim, 19, died at Mercy Hospital, police said.",
        "The 19-year-old was in critical condition but is expected to survive.",
    )
    assert found == []


def test_a_survivor_no_age_ties_to_the_dead_may_be_another_victim() -> None:
    found = _harm_conflicts(
        "A second man was wounded. He is expected to survive.",
        "The victim died at Mercy Hospital, police said.",
    )
    assert found == []

"""A day one article tells as a weekday and the other as a day and month: "shot on Saturday" /
"killed ... on May 4". With the year known (stated, or the page's, the nearest such day not after
it) the calendar puts the date on one weekday: the same weekday agrees, another conflicts. A date
of another happening, a weekday of another step, or a date no year places is never compared."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType, Report
from tests.factories import compare_stories, compare_texts, day_conflicts

# compare_stories prints both pages on 7 May 2024, a Tuesday: 4 May was a Saturday, 3 May a Friday.
LEFT = (
    "Man shot dead in Eastwood\n\n"
    "A man was shot dead outside a bar in Eastwood on Saturday, police said. He was 30."
)
LEFT_DEEP = (
    "Man shot dead in Eastwood\n\n"
    "A man died outside a bar in Eastwood, police said. He was 30. The bar had been the scene of "
    "fights before. Neighbours said they heard shouting. Moments after the Saturday shooting, "
    "officers closed the street."
)


def _right(day: str) -> str:
    return (
        "Eastwood bar killing\n\n"
        f"Police are hunting the gunman who killed a man outside an Eastwood bar on {day}. "
        "Officers found him on the pavement."
    )


def _right_deep(day: str) -> str:
    return (
        "Eastwood bar killing\n\n"
        "Police are hunting a gunman in Eastwood. The victim was a father of two. Detectives "
        "appealed for witnesses. A shop owner said the area was quiet. The shooting happened on "
        f"{day} just after closing time."
    )


def _day_agreements(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.DATE
    ]


def test_a_saturday_killing_agrees_with_the_killing_on_may_4_a_saturday() -> None:
    report = compare_stories(LEFT, _right("May 4"))
    assert ({"Saturday"}, {"May 4"}) in _day_agreements(report), report.findings
    assert day_conflicts(report) == []


def test_a_saturday_killing_conflicts_with_the_killing_on_may_3_a_friday() -> None:
    report = compare_stories(LEFT, _right("May 3"))
    assert ({"Saturday"}, {"May 3"}) in day_conflicts(report)


def test_the_saturday_shooting_deep_in_one_story_agrees_with_the_shooting_on_may_4() -> None:
    report = compare_stories(LEFT_DEEP, _right_deep("May 4"))
    assert ({"Saturday"}, {"May 4"}) in _day_agreements(report), report.findings


def test_the_saturday_shooting_deep_in_one_story_conflicts_with_the_shooting_on_may_3() -> None:
    report = compare_stories(LEFT_DEEP, _right_deep("May 3"))
    assert ({"Saturday"}, {"May 3"}) in day_conflicts(report)


def test_a_date_without_its_year_is_the_last_such_day_before_the_page() -> None:
    # A follow-up of March 2025 says "Nov. 9": the November gone, when the 9th was a Saturday
    # (in 2025 it is a Sunday).
    report = compare_documents(
        Document(source="left.txt", text=LEFT, date="2024-11-11"),
        Document(source="right.txt", text=_right("Nov. 9"), date="2025-03-02"),
    )
    assert ({"Saturday"}, {"Nov. 9"}) in _day_agreements(report), report.findings


def test_articles_with_no_date_and_no_year_compare_no_weekday_with_a_date() -> None:
    report = compare_texts(LEFT, _right("May 3"))
    assert day_conflicts(report) == []
    assert _day_agreements(report) == []


def test_a_stated_year_places_the_date_without_a_page_date() -> None:
    report = compare_texts(LEFT, _right("May 3, 2024"))
    assert ({"Saturday"}, {"May 3, 2024"}) in day_conflicts(report)


def test_a_funeral_on_monday_is_no_other_day_for_a_shooting_on_may_4() -> None:
    report = compare_stories(
        "A man was shot dead outside a bar in Eastwood, police said. Relatives and friends "
        "mourned him at his funeral on Monday.",
        "A man was shot dead outside a bar in Eastwood on May 4.",
    )
    assert day_conflicts(report) == []


def test_a_date_of_an_earlier_shooting_is_no_other_day_for_this_one() -> None:
    report = compare_stories(
        LEFT,
        "Eastwood bar killing\n\nPolice are hunting the gunman who killed a man outside an "
        "Eastwood bar. Another man was wounded outside the same bar on April 2 in an earlier "
        "shooting, police said.",
    )
    assert day_conflicts(report) == []


# Two stories whose dated sentences stand past the leads and align with nothing.
FAMILY = (
    "Family of four found dead in Eastwood\n\n"
    "Deputies found four bodies in a house in Eastwood, the sheriff said. Neighbours said the "
    "family had moved in from the coast and kept to themselves in the blue house on Elm Street. "
    "The house had been quiet for days. Investigators would not say when on Saturday the family "
    "was shot."
)


def _mourned(told: str) -> str:
    return (
        "Eastwood mourns a family\n\n"
        "A mother, a father and their two sons lived in the blue house on Elm Street. Their "
        "relatives asked for privacy and thanked the neighbours who had brought flowers to the "
        "gate of the house. A school held an assembly for the boys. "
        f"The four {told} inside the house, the sheriff's office said."
    )


def test_shot_on_saturday_agrees_with_shot_and_killed_on_may_4_far_from_the_leads() -> None:
    report = compare_stories(FAMILY, _mourned("were shot and killed on May 4"))
    assert ({"Saturday"}, {"May 4"}) in _day_agreements(report), report.findings


def test_shot_on_saturday_conflicts_with_shot_on_may_3_far_from_the_leads() -> None:
    report = compare_stories(FAMILY, _mourned("were shot on May 3"))
    assert ({"Saturday"}, {"May 3"}) in day_conflicts(report)


def test_shot_on_saturday_is_no_other_day_than_a_death_in_hospital_on_may_6() -> None:
    report = compare_stories(FAMILY, _mourned("died in hospital on May 6 after being found"))
    assert day_conflicts(report) == []
    assert _day_agreements(report) == []

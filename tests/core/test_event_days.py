"""The weekday two articles give one happening, in sentences that need not align: "the Saturday
shooting" / "shot the teenager ... on Friday" is a conflict on the day; a day the other article
also names, or a day of something else, is not (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare


def day_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.DATE
    ]


LEFT = (
    "Protests grow over teen's death\n\n"
    "Protesters marched through Brooklyn for a third night after police killed a 16-year-old "
    "boy. The mayor called for calm. A neighbour said the boy had his hands down. Moments after "
    "the Saturday shooting, one officer put both hands on his head."
)


def test_the_shooting_dated_saturday_and_friday_in_unaligned_sentences_is_a_conflict() -> None:
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "The police said two plainclothes officers fatally shot the teenager just before 11:30 "
        "p.m. on Friday after he pointed a revolver at them. Seven bullets hit the boy. "
        "Residents voiced skepticism about the official account."
    )
    assert ({"Saturday"}, {"Friday"}) in day_conflicts(compare(LEFT, right))


def test_a_day_the_other_article_also_names_leaves_room_for_both() -> None:
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "The police said two plainclothes officers fatally shot the teenager on Friday after he "
        "pointed a revolver at them. Seven bullets hit the boy. A vigil was held on Saturday."
    )
    assert day_conflicts(compare(LEFT, right)) == []


def test_the_day_a_statement_was_made_dates_no_shooting() -> None:
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "Police said Friday that two plainclothes officers fatally shot the teenager after he "
        "pointed a revolver at them. Seven bullets hit the boy. Residents voiced skepticism."
    )
    assert day_conflicts(compare(LEFT, right)) == []

"""The same weekday two articles give one happening, in sentences that neither align nor open the
story: "was fatally shot by a deputy late Friday" / "A shooting that left a man dead ... Friday
night" agree on the day, "shot" and "shooting" being one happening; two parts of the day that
share no hour, or an article dating the shooting by two weekdays, do not (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

LEFT = (
    "Man killed by deputy in Riverton\n\n"
    "A Riverton man who fired at a sheriff's deputy outside a downtown bar was killed when the "
    "deputy shot back, and the town's leaders asked residents to stay calm while the facts are "
    "gathered by investigators from outside the county.\n\n"
    "Mercer had been arguing with his girlfriend outside the Blue Moon bar. The county "
    "prosecutor said Saturday that Dale Mercer was fatally shot by a deputy late Friday after he "
    "wounded the deputy. The deputy was treated for a cut to his arm."
)


def _right(day: str, more: str = "") -> str:
    return (
        "Riverton shooting under review\n\n"
        "Investigators from the state are looking into how a quarrel outside a bar on Main Street "
        "ended with a dead man and a wounded deputy, and the sheriff asked witnesses to come "
        "forward with any video they may have taken.\n\n"
        "Dale Mercer, 34, was arguing with his girlfriend outside the Blue Moon bar when a deputy "
        "arrived, the sheriff said. Mercer fired at the deputy, who fired back. A shooting that "
        f"left a man dead in Riverton {day} is now under review by the state bureau of "
        f"investigation, the usual step when an officer fires a gun.{more}"
    )


def _friday_agreements(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and any("Friday" in s.text for s in f.left)
        and any("Friday" in s.text for s in f.right)
    ]


def test_a_shooting_dated_late_friday_and_friday_night_in_unaligned_sentences_agrees() -> None:
    report = compare_stories(LEFT, _right("Friday night"))
    assert ({"late Friday"}, {"Friday night"}) in _friday_agreements(report)


def test_a_shooting_dated_late_friday_and_friday_morning_is_no_agreement() -> None:
    assert _friday_agreements(compare_stories(LEFT, _right("Friday morning"))) == []


def test_an_article_dating_the_shooting_by_two_weekdays_agrees_on_neither() -> None:
    more = " His brother said the shooting on Thursday ended a long feud."
    assert _friday_agreements(compare_stories(LEFT, _right("Friday night", more))) == []

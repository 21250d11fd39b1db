"""Two articles that both tell what kind of shooting it was, each in its own words ("ruled the
shooting accidental" / "the boy accidentally shot himself"; "a self-inflicted gunshot wound" /
"turned the gun on himself"), agree on it. A sentence that denies or doubts the kind ("could
not have accidentally discharged") tells no kind, and a kind one article alone names agrees
with nothing."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories


def _kind_agreements(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.reason.startswith("Both articles tell the shooting")
    ]


def test_a_shooting_ruled_accidental_agrees_with_a_boy_who_accidentally_shot_himself() -> None:
    report = compare_stories(
        "Boy hurt at home\n\nDeputies are calling the shooting accidental, the sheriff said.",
        "Boy hurt at home\n\nHis family says the 4-year-old accidentally shot himself in the "
        "hand while his uncle was in the kitchen.",
    )
    assert _kind_agreements(report) == [({"accidental"}, {"accidentally"})]


def test_a_self_inflicted_wound_agrees_with_a_gunman_who_turned_the_gun_on_himself() -> None:
    report = compare_stories(
        "Two dead in home\n\nThe gunman died of a self-inflicted gunshot wound, the coroner said.",
        "Two dead in home\n\nNeighbors said the man shot his wife and then turned the gun on "
        "himself in the driveway.",
    )
    assert _kind_agreements(report) == [({"self-inflicted"}, {"turned the gun on himself"})]


def test_a_sentence_that_denies_the_accident_agrees_with_nothing() -> None:
    report = compare_stories(
        "Girl killed at home\n\nDeputies said the gun could not have accidentally discharged "
        "and charged the girl's mother.",
        "Girl killed at home\n\nThe mother first told deputies the shooting was accidental.",
    )
    assert not _kind_agreements(report)


def test_an_accident_one_article_alone_tells_agrees_with_nothing() -> None:
    report = compare_stories(
        "Boy hurt at home\n\nDeputies are calling the shooting accidental, the sheriff said.",
        "Boy hurt at home\n\nA 4-year-old boy was shot in the hand at his home on Sunday.",
    )
    assert not _kind_agreements(report)

"""Both articles say the cause (or the motive) is not yet known, each in its own words: "An
investigation is under way into the cause of the blaze" / "it was too early to confirm the
cause". The journalist sees the two phrases agree. A cause one article names, or a motive against
a cause, corroborates nothing (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

_FIRE_OPENING = (
    "A fire destroyed a furniture warehouse in Leeds on Sunday night, the fire service said.\n\n"
)
_FIRE_LEFT = (
    "Fire destroys warehouse\n\n" + _FIRE_OPENING + "About 40 firefighters fought the flames for "
    "six hours.\n\nAn investigation is under way into the cause of the blaze, which was still "
    "smouldering on Monday morning."
)
_FIRE_RIGHT = (
    "Leeds warehouse gutted\n\n" + _FIRE_OPENING + "Crews from four stations were called to the "
    "site.\n\nThe owners praised the crews and said {}."
)
_SHOOTING_OPENING = (
    "A man was shot dead outside a bakery on Elm Street in Dayton on Sunday night, police said.\n\n"
)
_SHOOTING_LEFT = (
    "Man killed in Dayton\n\n" + _SHOOTING_OPENING + "Officers found him on the pavement.\n\n"
    "A motive for the killing was not immediately clear, a police spokesman said."
)
_SHOOTING_RIGHT = "Dayton shooting\n\n" + _SHOOTING_OPENING + "Neighbours heard two shots.\n\n{}"


def _open_agreements(report: Report) -> list[tuple[str, str]]:
    return [
        (" ".join(s.text for s in f.left), " ".join(s.text for s in f.right))
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and f.type is MentionType.STATEMENT
        and "not yet known" in f.reason
    ]


def test_an_investigation_into_the_cause_agrees_with_too_early_to_confirm_it() -> None:
    report = compare_stories(
        _FIRE_LEFT, _FIRE_RIGHT.format("it was too early to confirm the cause")
    )
    agreed = _open_agreements(report)
    assert len(agreed) == 1, agreed
    left, right = agreed[0]
    assert "investigation" in left and "cause" in left, left
    assert "too early to confirm the cause" in right, right
    assert "Monday morning" not in left  # only the words saying it is open are vouched for


def test_a_named_cause_corroborates_no_open_one() -> None:
    report = compare_stories(_FIRE_LEFT, _FIRE_RIGHT.format("the cause was an electrical fault"))
    assert not _open_agreements(report)


def test_a_motive_not_yet_clear_agrees_with_a_motive_not_released() -> None:
    report = compare_stories(
        _SHOOTING_LEFT,
        _SHOOTING_RIGHT.format(
            "Detectives spent Monday knocking on doors along the street but have not released "
            "a motive."
        ),
    )
    agreed = _open_agreements(report)
    assert len(agreed) == 1, agreed
    assert "motive" in agreed[0][0] and "motive" in agreed[0][1], agreed


def test_an_open_motive_is_no_open_cause() -> None:
    report = compare_stories(
        _SHOOTING_LEFT,
        _SHOOTING_RIGHT.format("The cause of death has not been confirmed by the coroner."),
    )
    assert not _open_agreements(report)

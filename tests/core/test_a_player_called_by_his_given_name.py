"""A player one report names in full and the other by his given name alone: "The captain set up
the opener for Marco Teixeira" / "It was Marco who opened the scoring". No one else on either
side bears the name, so both articles name him and no yellow mark says the right never does;
where the other report also names a "Marco Rossi", the one word may be his and the mark stays
(hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "Harbor Town beat Millside 2-0 on Saturday.\n"
    "Captain Leon Varga set up the opener for Marco Teixeira after 20 minutes.\n"
    "Varga added the second himself."
)


def _right(extra: str) -> str:
    return (
        "Harbor Town beat Millside 2-0 on Saturday to move up to fourth.\n"
        "It was Marco who opened the scoring, turning in a low cross from Leon Varga.\n"
        f"Varga then scored the second.{extra}"
    )


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_player_called_by_his_given_name_is_named_on_both_sides() -> None:
    assert "Marco Teixeira" not in _left_only(compare_stories(_LEFT, _right("")))


def test_another_bearer_of_the_given_name_keeps_the_mark() -> None:
    report = compare_stories(_LEFT, _right("\nMillside coach Marco Rossi blamed the pitch."))
    assert "Marco Teixeira" in _left_only(report)

"""A quote only one article prints is marked, but its speaker is not when the other article names
that speaker: "explained his Public Defender" is the public defender the other article quotes in
its own words, and "new Police Chief Ana Ruiz" the Police Chief Ana Ruiz it names. A word that
tells something ("former") or a speaker the other never names keeps the mark (hand-written
stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

_LEFT = (
    "A teenager accused of wounding three people outside a shop was denied bond on Monday.\n"
    '"Nobody saw him holding a weapon, and nothing was found on him at all," explained his '
    "Public Defender.\n"
    '"We will ask the council for more patrols on every street near the shop," said {chief}.'
)
_RIGHT = (
    "A teenager accused of wounding three people outside a shop was denied bond on Monday.\n"
    "{defender} said the teen goes to school and works, and asked for house arrest.\n"
    "Police Chief Ana Ruiz visited the wounded in hospital."
)


def _quote_marks(report: Report) -> set[str]:
    return {
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.QUOTE
        for s in f.left
    }


def test_the_speaker_of_a_one_sided_quote_the_other_names_is_not_marked() -> None:
    report = compare_stories(
        _LEFT.format(chief="new Police Chief Ana Ruiz"),
        _RIGHT.format(defender="The public defender for the teen"),
    )
    marks = _quote_marks(report)
    assert any(m.startswith("Nobody saw him") for m in marks)  # the quote itself stays one-sided
    assert "his Public Defender" not in marks
    assert "new Police Chief Ana Ruiz" not in marks


def test_a_speaker_the_other_never_names_or_a_telling_word_keeps_the_mark() -> None:
    report = compare_stories(
        _LEFT.format(chief="former Police Chief Ana Ruiz"),
        _RIGHT.format(defender="His mother"),
    )
    marks = _quote_marks(report)
    assert "his Public Defender" in marks
    assert "former Police Chief Ana Ruiz" in marks

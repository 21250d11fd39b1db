"""The day each lead gives the event: the opening paragraph, not a dateline (texts for the
tests)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Film star Dora Vance dies at 88\n\n"
    "Dora Vance, whose swimming films made her one of the best-loved stars of the 1950s, died "
    "on Thursday at her home in Santa Monica, California, her agent said. "
    "She had been in poor health for several months."
)
RIGHT = (
    "Dora Vance dies; fans mourn a screen legend\n\n"
    "Dora Vance, swimmer, actress and pin-up, has died. "
    "She was 88. "
    "Vance passed away peacefully {day} in her sleep, according to her publicist. "
    "Studios had cast her in more than twenty musicals."
)


def day_conflicts(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and any("day" in s.text for s in f.left + f.right)
    ]


def test_a_lead_of_short_sentences_still_dates_the_event() -> None:
    found = day_conflicts(compare(LEFT, RIGHT.format(day="early Saturday")))
    assert any("Thursday" in f.left[0].text and "Saturday" in f.right[0].text for f in found), found
    assert not day_conflicts(compare(LEFT, RIGHT.format(day="on Thursday")))


def test_a_dateline_dates_the_page_not_the_event() -> None:
    left = (
        "Factory worker charged\n\n"
        "Friday, Sep 10 | Updated 9:28 AM EDT\n\n"
        "A worker who had been suspended returned with a gun, police said."
    )
    right = (
        "Factory worker charged\n\n"
        "A worker had argued with colleagues on Thursday evening before she was suspended. "
        "She returned with a gun, police said."
    )
    assert not day_conflicts(compare(left, right))

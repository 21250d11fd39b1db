"""A count of a step still to come ("will release nine players") and a count of what was done
("released three players") are a plan and a deed: two happenings, never a clash. Two counts of
the one plan, or of the one deed, still clash (hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Rovers to overhaul squad\n\n"
    "Harbour Rovers will release nine players during the January transfer window, the "
    "assistant coach confirmed on Monday. "
    "The club finished fourth in the league last season."
)
RIGHT = (
    "Rovers trim squad\n\n"
    "Harbour Rovers {verb} three players during the January transfer window, the "
    "assistant coach confirmed on Monday. "
    "The club finished fourth in the league last season."
)


def count_conflicts(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
        and any(s.text.lower() in ("nine", "three") for s in f.left + f.right)
    ]


def test_nine_players_to_be_released_is_no_clash_with_three_released() -> None:
    assert not count_conflicts(compare(LEFT, RIGHT.format(verb="released")))


def test_two_counts_of_one_planned_release_show_a_conflict() -> None:
    found = count_conflicts(compare(LEFT, RIGHT.format(verb="will release")))
    assert any(f.left[0].text == "nine" and f.right[0].text == "three" for f in found), found


def test_two_counts_of_one_release_done_show_a_conflict() -> None:
    left = LEFT.replace("will release nine", "released nine")
    found = count_conflicts(compare(left, RIGHT.format(verb="released")))
    assert any(f.left[0].text == "nine" and f.right[0].text == "three" for f in found), found


def test_a_price_to_come_against_a_price_named_in_a_noun_phrase_still_clashes() -> None:
    # "with a price of $1,199" tells no step of its own: only a count a done verb takes is a
    # deed, so a coming price still meets it.
    left = (
        "Veltro unveils bigger phones\n\n"
        "Veltro unveiled its new phones on Tuesday at an event in Oslo. "
        "The new Tarn Max has a 6.9-inch screen and will sell for $1,099. "
        "The Tarn 5 keeps its 6.1-inch screen and starts at $699."
    )
    right = (
        "Veltro shows off bigger phones\n\n"
        "Veltro unveiled its new phones on Tuesday at an event in Oslo. "
        "The Tarn 5 costs $699. Above it sits a new flagship, the Tarn Max, with a 6.9-inch "
        "display and a price of $1,199."
    )
    found = [f for f in compare(left, right).findings if f.kind is FindingKind.CONFLICT]
    assert any(f.left[0].text == "$1,099" and f.right[0].text == "$1,199" for f in found), found

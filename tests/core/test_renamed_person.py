"""One person named with another surname in the other article, in sentences that need not match:
the same first name and the same office make it one person named two ways; two sources who
happen to share a first name stay two people (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare


def person_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def test_the_same_agent_with_another_surname_is_one_person_named_two_ways() -> None:
    left = (
        "Slugger weighs offers\n\n"
        "The Orioles offered the first baseman a seven-year deal on Monday. The player's agent, "
        "Scott Boras, has asked clubs for a ten-year contract. Talks resume next week."
    )
    right = (
        "Orioles make an offer\n\n"
        "Baltimore put a seven-year offer on the table Monday. It was then that agent Scott "
        "Maddox countered with a demand for ten years, sources said."
    )
    found = person_conflicts(compare(left, right))
    assert any("Scott Boras" in a and any("Maddox" in t for t in b) for a, b in found), found


def test_two_officials_who_share_a_first_name_are_two_sources() -> None:
    left = (
        "Fire guts old mill\n\n"
        "John Owen, the city's public safety director, says dispatchers got a call at 3 a.m. "
        "that the empty mill was on fire. Owen says the building will be a total loss."
    )
    right = (
        "Blaze destroys mill\n\n"
        "Fire Chief John Barlow saw flames under the eaves of the empty mill when he arrived at "
        "3 a.m., and the roof was soon engulfed."
    )
    assert person_conflicts(compare(left, right)) == []

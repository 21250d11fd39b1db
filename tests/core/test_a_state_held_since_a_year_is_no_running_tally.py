""" "Since" after "in force", "in office" tells how long a state has held ("privacy law, in force
since 2016", "in office since January 2023"), not the period a running tally counts over ("412
people shot since January"): the sentence's figures and dates stay the story's own."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_FINE = (
    "The EU fined the tech company 1.2 billion euros on Monday for breaking data protection "
    "rules. The company said it would appeal. The Irish data regulator led the investigation."
)


def _fine(amount: str) -> str:
    return (
        f"Brussels slapped a {amount} penalty on the technology group on Monday over breaches of "
        "EU privacy law, in force since 2016. The firm plans to appeal. Ireland's Data "
        "Protection Commission ran the probe."
    )


def test_a_fine_under_a_law_in_force_since_2016_is_the_story_s_fine() -> None:
    report = compare_texts(_FINE, _fine("€2.1bn"))
    assert ({"1.2 billion euros"}, {"€2.1bn penalty"}) in conflict_texts(report)


def test_the_same_fine_under_a_law_in_force_since_2016_agrees() -> None:
    report = compare_texts(_FINE, _fine("€1.2bn"))
    assert conflict_texts(report) == []


def test_a_count_since_january_is_still_a_running_tally() -> None:
    report = compare_texts(
        "Three people were shot on Monday night in the city's east side. Police said the "
        "shooting was gang related.",
        "Police said 412 people have been shot in the city since January. The latest shooting "
        "on Monday night wounded three people on the east side.",
    )
    assert not any("412" in right for _, right in conflict_texts(report))

"""A round-up's paragraph about another shooting, set at its own address, says nothing against a
report of the shooting at another address the round-up also tells; its paragraph about the
report's own shooting still does (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

ROUND_UP = (
    "At least 12 shot across Chicago over weekend\n\nAt least 12 people were shot, two fatally, "
    "across Chicago over the weekend, police said.\n\nAbout 4 a.m. Sunday, a 31-year-old man was "
    "killed in the 1100 block of North Lawndale Avenue. He was shot in the chest and died at "
    "Stroger Hospital.\n\nAbout 9:30 p.m. Saturday, a 17-year-old boy was shot in the leg in the "
    "5000 block of West Madison Street. He was taken to Stroger Hospital in good condition.\n\n"
    "About 11 p.m. Friday, two men, 19 and 22, were wounded in the 600 block of East 79th Street. "
    "Police said three men were seen running from the scene."
)


def report(block: str, street: str) -> str:
    return (
        "Teen shot on the South Side\n\nA 17-year-old boy was shot in the leg late Saturday, "
        f"police said.\n\nThe boy was walking in the {block} block of {street} when a gunman "
        "approached and fired. He was taken to Stroger Hospital, where his condition was "
        "stabilized.\n\nPolice said two men were seen running from the scene."
    )


def test_the_men_seen_running_from_another_shooting_of_the_round_up_are_no_clash() -> None:
    assert conflict_pairs(compare(report("5000", "West Madison Street"), ROUND_UP)) == []


def test_the_round_ups_paragraph_about_the_reports_own_shooting_still_clashes() -> None:
    found = conflict_pairs(compare(report("600", "East 79th Street"), ROUND_UP))
    assert ({"two"}, {"three"}) in found


def test_casings_found_at_another_street_of_a_night_round_up_are_no_clash() -> None:
    left = (
        "Man, 22, wounded on Elm Street\n\nA 22-year-old man was shot in the arm Friday night on "
        "Elm Street, police said.\n\nHe was taken to Memorial Hospital. His injuries were not "
        "life-threatening.\n\nOfficers found 10 shell casings at the scene, police said."
    )
    right = (
        "Violent night leaves 1 dead, 3 hurt\n\nPolice responded to four shootings across the "
        "city overnight.\n\nShortly before 10 p.m. Friday, a man was shot in the arm on Elm "
        "Street. The 22-year-old was taken to Memorial Hospital.\n\nAround 1 a.m. Saturday, a "
        "19-year-old man was shot and killed at Oak and Pine streets. Officers found 15 shell "
        "casings at the scene.\n\nAbout 3 a.m., two women, 24 and 26, were grazed by bullets on "
        "Maple Avenue."
    )
    assert conflict_pairs(compare(left, right)) == []

"""One happening told with another verb: "hurled petrol bombs" / "threw petrol bombs", "fought
pitched battles with protesters" / "clashed with protesters", "progressed through the store" /
"spread through the store", "were made to leave their homes" / "were evacuated from their homes".
Each pair of sentences agrees as one statement. Twins: the same verbs telling another event
("forced to leave office", "talks progressed") do not pair."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts

LEAD_L = "Riots broke out in Athens on Saturday after police shot a teenager. "
LEAD_R = "Rioting erupted in Athens on Saturday after a teenager was shot by police. "


def _agreed(left: str, right: str) -> list[str]:
    return statement_texts(compare_stories(LEAD_L + left, LEAD_R + right), FindingKind.AGREE)


def test_youths_who_hurled_petrol_bombs_threw_them() -> None:
    left = "Hooded youths hurled bottles at the riot police."
    right = "Young men threw bottles at officers."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_police_who_fought_pitched_battles_clashed_with_protesters() -> None:
    left = "Police fought pitched battles with students near the university."
    right = "Officers clashed with students close to the campus."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_a_fire_that_progressed_through_a_store_spread_through_it() -> None:
    left = "The fire has progressed rapidly through the old warehouse."
    right = "The fire spread rapidly through the building."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_residents_made_to_leave_their_homes_were_evacuated() -> None:
    left = "Neighbours were made to leave their homes."
    right = "Nearby houses were evacuated."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_a_minister_forced_to_leave_office_was_not_evacuated() -> None:
    left = "The interior minister was forced to leave office on Monday."
    right = "Families were evacuated on Monday."
    agreed = _agreed(left, right)
    assert left not in agreed, agreed


def test_talks_that_progressed_did_not_spread_a_fire() -> None:
    left = "Talks with the unions progressed slowly on Monday."
    right = "The fire spread slowly on Monday."
    agreed = _agreed(left, right)
    assert left not in agreed, agreed


def test_firefighters_who_battled_a_blaze_did_not_clash_with_protesters() -> None:
    left = "Firefighters battled the blaze overnight."
    right = "Officers clashed with students overnight."
    agreed = _agreed(left, right)
    assert left not in agreed, agreed


def test_a_quarterback_who_threw_a_pass_hurled_no_bottles() -> None:
    left = "The quarterback threw a long pass in the final minute."
    right = "Youths hurled bottles at officers in the final minute."
    agreed = _agreed(left, right)
    assert left not in agreed, agreed

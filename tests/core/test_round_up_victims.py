"""A weekend round-up tells each victim in the same words; one victim's hospital set beside
another's is no clash with a report that names the round-up's own hospital too (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

SINGLE = (
    "Man killed in Englewood shooting\n\nA 25-year-old man was shot and killed early Sunday in "
    "the Englewood neighborhood on the South Side, police said.\n\nThe man was standing on the "
    "sidewalk in the 7200 block of South Langley Avenue about 1 a.m. when someone in a passing "
    "car opened fire, police said. He was shot in the back and pronounced dead at Mount Sinai "
    "Hospital.\n\nNo one was in custody."
)
ROUND_UP = (
    "At least 12 shot across Chicago over weekend\n\nAt least 12 people were shot, two fatally, "
    "across Chicago over the weekend, police said.\n\nThe weekend's first fatal shooting happened "
    "about 1 a.m. Sunday in the 7200 block of South Langley Avenue. A 25-year-old man was "
    "standing on the sidewalk when someone in a passing car fired shots. He died at Mount Sinai "
    "Hospital.\n\nAbout 4 a.m. Sunday, a 31-year-old man was killed in the 1100 block of North "
    "Lawndale Avenue. He was shot in the chest and died at Stroger Hospital.\n\nSaturday night, "
    "a 17-year-old boy was shot in the leg in the 5000 block of West Madison Street. He was taken "
    "to Stroger Hospital in good condition."
)


def test_another_victims_hospital_is_no_clash_when_the_round_up_names_this_ones_too() -> None:
    assert conflict_pairs(compare(SINGLE, ROUND_UP)) == []


def test_a_copied_sentence_with_only_the_hospital_changed_is_still_a_clash() -> None:
    left = (
        "Man killed in Englewood\n\nHe was shot in the back and pronounced dead at Mount Sinai "
        "Hospital, police said.\n\nLater, a doctor at Mount Sinai Hospital spoke to reporters."
    )
    right = (
        "Man killed in Englewood\n\nHe was shot in the back and pronounced dead at Stroger "
        "Hospital, police said.\n\nLater, a doctor at Mount Sinai Hospital spoke to reporters."
    )
    assert ({"Mount Sinai Hospital"}, {"Stroger Hospital"}) in conflict_pairs(compare(left, right))

"""An age at death whose clause opens on a dateline is the age of the one person the sentence
names: "HARLOW, Eastshire — Tomas Vell, a painter ..., has died at the age of 71" (invented
stories), where the parser makes the dateline the subject of "died", is Vell's age and clashes
with "Tomas Vell ... dies at 72". A sentence naming two people before the age stays silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    'Tomas Vell, painter of "The Pit Years", dies at 72\n\n'
    "The painter Tomas Vell died on Sunday at his home in Harlow, his gallery said."
)
HEADLINE = "Eastshire painter Vell dead\n\n"


def test_the_age_after_a_dateline_is_the_named_persons() -> None:
    right = HEADLINE + (
        "HARLOW, Eastshire — Tomas Vell, a painter who drew on the lives of miners in his murals"
        " and prints, has died at the age of 71, his family said on Monday."
    )
    assert conflict_texts(compare_texts(LEFT, right)) == [({"72"}, {"age of 71"})]


def test_two_people_named_before_the_age_is_no_conflict() -> None:
    right = HEADLINE + (
        "HARLOW, Eastshire — Tomas Vell and his brother Jan Vell, a miner who drew on the lives"
        " of miners in his murals and prints, has died at the age of 71, his family said on Monday."
    )
    assert conflict_texts(compare_texts(LEFT, right)) == []

"""A headline capitalises every word, so its capitals prove no name: "Hormels Food Shooter Mary
Dunn Charged with Two Counts of Murder" does not name a firm "Hormels Food Shooter" against the
other headline's "Hormel" when the body never writes "Shooter" with a capital. A firm the body
names with its capitals ("Heinz" in one headline and body, "Hormel" in the other's) still
conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

BODY = (
    "\n\nMary Dunn, 48, was charged on Friday with killing two co-workers at the {firm} plant in "
    "Fairview, where she had worked for nine years."
)
LEFT = "Hormel Shooting: Mary Dunn Charged With Two Counts Of Murder" + BODY.format(firm="Hormel")
RIGHT = "Hormels Food Shooter Mary Dunn Charged with Two Counts of Murder" + BODY.format(
    firm="Hormel Foods"
)


def test_a_headlines_capitalised_words_are_not_set_against_a_firms_name() -> None:
    assert conflict_texts(compare_texts(LEFT, RIGHT)) == []


def test_a_firm_the_body_names_still_conflicts_in_the_headline() -> None:
    right = "Heinz Shooting: Mary Dunn Charged With Two Counts Of Murder" + BODY.format(
        firm="Heinz"
    )
    assert ({"Hormel"}, {"Heinz"}) in conflict_texts(compare_texts(LEFT, right))

"""Two articles that quote two different neighbours quote two witnesses, not one witness told two
ways: '"I heard five shots," said neighbor Ana Ruiz' / '"I heard three shots," said neighbor Tom
Hill' are two accounts, and "He was a good kid" is a formula a mother and a neighbour both say.
The same witness quoted with another figure, and a long quote put in another mouth, still clash.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import conflict_texts, conflicts, eastwood_stories


def _found(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(eastwood_stories(left, right))


def test_the_shots_two_neighbours_say_they_heard_are_two_accounts() -> None:
    found = _found(
        '"I heard five shots," said neighbor Ana Ruiz.',
        '"I heard three shots," said neighbor Tom Hill.',
    )
    assert not found, found


def test_what_two_neighbours_say_they_saw_after_looking_out_are_two_accounts() -> None:
    found = _found(
        '"I looked out the window and saw two men running toward a car," said neighbor Ana Ruiz.',
        '"I looked out the window and saw three men running toward a truck," said Tom Hill.',
    )
    assert not found, found


def test_we_heard_in_one_neighbours_quote_is_not_the_other_neighbours_count() -> None:
    found = _found(
        '"We heard about 10 gunshots and then a car speeding off," said Ana Ruiz.',
        '"I heard maybe six gunshots," said Tom Hill, who lives nearby.',
    )
    assert not found, found


def test_a_mourners_formula_said_by_two_people_is_no_misattribution() -> None:
    found = _found(
        '"He was a good kid," said neighbor Ana Ruiz.',
        '"He was a good kid," said neighbor Tom Hill.',
    )
    assert not found, found


# --- twins: one witness told two ways, and a quote in another mouth ------------------------------


def test_the_same_neighbour_quoted_with_another_count_still_clashes() -> None:
    found = conflicts(
        eastwood_stories(
            '"I heard five shots," said neighbor Ana Ruiz.',
            '"I heard three shots," said neighbor Ana Ruiz.',
        )
    )
    assert len(found) == 1 and "five" in found[0].reason, [f.reason for f in found]


def test_a_long_quote_put_in_another_neighbours_mouth_is_still_a_misattribution() -> None:
    quote = '"I looked out the window and saw him lying in the street, and nobody helped him,"'
    found = conflicts(
        eastwood_stories(f"{quote} said neighbor Ana Ruiz.", f"{quote} said neighbor Tom Hill.")
    )
    assert len(found) == 1 and "Attributed to" in found[0].reason, [f.reason for f in found]


def test_the_victim_named_two_ways_in_one_sentence_still_clashes() -> None:
    found = _found(
        "The victim was identified as Ana Ruiz, police said.",
        "The victim was identified as Tom Hill, police said.",
    )
    assert found == [({"Ana Ruiz"}, {"Tom Hill"})], found

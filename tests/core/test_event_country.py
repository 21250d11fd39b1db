"""Two matching sentences that put the event in two countries: "at the arena in Germany" /
"in Mannheim, Austria" is a conflict on where it happened; a fighter "of Ukraine" is where a
person is from, not where the fight was (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import place_conflicts


def test_the_same_fight_in_two_countries_is_a_conflict_on_where() -> None:
    left = (
        "Champion keeps his belt\n\n"
        "Wladimir Petrenko defended his heavyweight title on Saturday, stopping Hasim Rahman in "
        "the seventh round at the SAP Arena in Germany. It was his fifth defence."
    )
    right = (
        "Petrenko stops Rahman\n\n"
        "Wladimir Petrenko easily beat Hasim Rahman on Saturday, stopping the former champion "
        "in seven rounds in Mannheim, Austria. Rahman offered little."
    )
    assert ({"Germany"}, {"Austria"}) in place_conflicts(compare(left, right))


def test_a_fighter_from_one_country_fighting_in_another_is_no_conflict() -> None:
    left = (
        "Champion keeps his belt\n\n"
        "Wladimir Petrenko of Ukraine defended his heavyweight title on Saturday, stopping "
        "Hasim Rahman in the seventh round in Mannheim. It was his fifth defence."
    )
    right = (
        "Petrenko stops Rahman\n\n"
        "Wladimir Petrenko easily beat Hasim Rahman on Saturday, stopping the former champion "
        "in seven rounds in Germany. Rahman offered little."
    )
    assert place_conflicts(compare(left, right)) == []

"""A team named with a numeral and "-ers" is said with the number's words and called by the last
of them: "76ers" is the "Sixers", "49ers" the "Niners". An ordinal ("4th") names no team, and a
singular word inside a town's name ("Chester" of "Manchester") is no head."""

from desktop.core.naming.compound_heads import called_by_head, heads


def test_a_numeral_team_is_called_by_the_last_number_word_with_its_ending() -> None:
    assert heads("76ers") == {"sixers"}
    assert heads("49ers") == {"niners"}  # "nine" + "ers": one e where they meet
    assert called_by_head("the Westbury 76ers", "Sixers")


def test_an_ordinal_or_a_singular_word_has_no_head() -> None:
    assert heads("4th") == set()
    assert not called_by_head("Manchester", "Chester")
    assert called_by_head("Rivertown Stormhawks", "Hawks")

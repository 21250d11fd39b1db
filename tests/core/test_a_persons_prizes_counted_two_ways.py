"""One person's tally of one prize, told the ways news copy counts prizes: "a three-time Oscar
winner" / "has won two Academy Awards", "nominated for an Academy Award eight times" / "her
ninth Oscar nomination" (invented stories). One tally agrees, two conflict; wins are never set
against nominations, nor one person's tally against another's."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

STREEP = (
    "Meryl Streep, a three-time Oscar winner, will receive an honorary award in Cannes. The "
    "ceremony is on May 14. Streep is 74."
)


def _streep(tally: str) -> str:
    return (
        f"Meryl Streep has {tally}. She will be honored at the Cannes festival on May 14. Streep "
        "is 74."
    )


CLOSE = (
    "Actress Glenn Close has been nominated for an Academy Award eight times. She received her "
    "latest nomination on Tuesday. Close has never won the Oscar."
)


def _close(ordinal: str) -> str:
    return (
        f"Glenn Close earned her {ordinal} Oscar nomination on Tuesday. The actress has yet to "
        "win. Close was nominated for her role in a family drama."
    )


def test_an_n_time_winner_and_n_prizes_won_agree() -> None:
    assert conflict_texts(compare_texts(STREEP, _streep("won three Academy Awards"))) == []


def test_an_n_time_winner_and_other_prizes_won_conflict() -> None:
    report = compare_texts(STREEP, _streep("won two Academy Awards"))
    assert ({"three"}, {"two"}) in conflict_texts(report)


def test_nominated_n_times_and_the_nth_nomination_agree() -> None:
    assert conflict_texts(compare_texts(CLOSE, _close("eighth"))) == []


def test_nominated_n_times_and_another_nth_nomination_conflict() -> None:
    assert ({"eight"}, {"ninth"}) in conflict_texts(compare_texts(CLOSE, _close("ninth")))


def test_wins_are_never_set_against_nominations() -> None:
    assert conflict_texts(compare_texts(STREEP, _streep("received 21 Oscar nominations"))) == []


def test_another_persons_tally_is_no_conflict() -> None:
    right = (
        "Meryl Streep will be honored at the Cannes festival on May 14. Tom Hanks, who has won "
        "two Academy Awards, will present the award. Streep is 74."
    )
    assert conflict_texts(compare_texts(STREEP, right)) == []


def test_prizes_won_on_one_night_are_no_career_tally() -> None:
    left = (
        "Singer Beyonce won four Grammy Awards on Sunday, bringing her career total to 32. She "
        "is the most decorated artist in Grammy history. Beyonce is 41."
    )
    right = (
        "Beyonce made history Sunday as she won her 32nd Grammy. The 41-year-old took home "
        "four awards on the night. She passed the record of conductor Georg Solti."
    )
    assert conflict_texts(compare_texts(left, right)) == []


UNSER = (
    "Race car driver Al Unser won the Indianapolis 500 four times. Unser died on Thursday at 82. "
    "He was a native of Albuquerque, New Mexico."
)


def _unser(times: str) -> str:
    return (
        f"Al Unser, a {times}-time Indianapolis 500 winner, died Thursday. He was 82. Unser was "
        "born in Albuquerque."
    )


def test_a_prize_won_n_times_and_an_n_time_winner_are_one_tally() -> None:
    assert conflict_texts(compare_texts(UNSER, _unser("four"))) == []
    assert ({"four"}, {"three"}) in conflict_texts(compare_texts(UNSER, _unser("three")))


def test_a_tally_two_sentences_after_the_persons_name_is_theirs() -> None:
    left = (
        "Tennis star Novak Djokovic won his 24th Grand Slam title on Sunday at the U.S. Open. "
        "Djokovic, 36, beat Daniil Medvedev in straight sets. He has won the U.S. Open four times."
    )
    right = (
        "Novak Djokovic claimed a record-extending 24th major on Sunday. The Serbian beat "
        "Medvedev 6-3, 7-6, 6-3 in New York. It was his {} U.S. Open title."
    )
    assert ({"four"}, {"third"}) in conflict_texts(compare_texts(left, right.format("third")))
    assert conflict_texts(compare_texts(left, right.format("fourth"))) == []


def test_an_ordinal_told_by_a_copula_or_for_the_nth_time_is_a_tally() -> None:
    left = (
        "Lionel Messi won the Ballon d'Or for a record eighth time on Monday. Messi, 36, led "
        "Argentina to the World Cup title. It was his {} Ballon d'Or."
    )
    right = (
        "Lionel Messi collected his {} Ballon d'Or on Monday in Paris. The 36-year-old scored "
        "seven World Cup goals. He is 36."
    )
    eighth = left.format("eighth")
    assert ({"eighth"}, {"seventh"}) in conflict_texts(
        compare_texts(eighth, right.format("seventh"))
    )
    assert conflict_texts(compare_texts(eighth, right.format("eighth"))) == []

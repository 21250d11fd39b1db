"""A player's rate, an earned run average or a batting average, told by each article under any
of its names ("lowered his ERA to 2.48" / "has a 2.48 earned run average", "hit .331" / "batted
.331"): one value agrees and two conflict, even in sentences that share no other word (invented
stories). Two players' rates are never set against each other."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts

FRIED = (
    "Pitcher Max Fried allowed one run over eight innings as the Atlanta Braves beat the Mets "
    "4-1 on Monday. Fried lowered his ERA to 2.48. He is 14-5 this season."
)


def _fried(era: str) -> str:
    return (
        "Max Fried pitched eight strong innings and the Braves beat New York 4-1 on Monday. The "
        f"left-hander has a {era} earned run average. Fried improved to 14-5."
    )


FREEMAN = (
    "Freddie Freeman hit .331 last season with 29 home runs. The first baseman signed a "
    "six-year, $162 million contract with the Dodgers on Wednesday. Freeman is 32."
)


def _freeman(average: str) -> str:
    return (
        "The Los Angeles Dodgers signed Freddie Freeman to a six-year deal worth $162 million on "
        f"Wednesday. Freeman batted {average} with 29 homers last year. He is 32 years old."
    )


def test_an_era_told_under_its_two_names_agrees() -> None:
    report = compare_texts(FRIED, _fried("2.48"))
    assert conflict_texts(report) == []
    assert ({"2.48"}, {"2.48"}) in agreed_texts(report)


def test_two_eras_of_one_pitcher_conflict() -> None:
    assert ({"2.48"}, {"2.84"}) in conflict_texts(compare_texts(FRIED, _fried("2.84")))


def test_a_batting_average_told_by_two_verbs_agrees() -> None:
    assert ({".331"}, {".331"}) in agreed_texts(compare_texts(FREEMAN, _freeman(".331")))


def test_two_batting_averages_of_one_hitter_conflict() -> None:
    assert ({".331"}, {".313"}) in conflict_texts(compare_texts(FREEMAN, _freeman(".313")))


def test_the_eras_of_the_winner_and_the_loser_are_no_conflict() -> None:
    left = (
        "The Boston Red Sox beat the New York Yankees 5-3 on Friday. Chris Sale pitched seven "
        "innings and lowered his ERA to 3.12. Gerrit Cole took the loss."
    )
    right = (
        "Boston defeated New York 5-3 on Friday night at Fenway Park. Cole allowed five runs, "
        "and his earned run average rose to 3.41. Sale got the win."
    )
    assert conflict_texts(compare_texts(left, right)) == []


def test_a_career_rate_is_read_before_or_after_its_figure() -> None:
    left = (
        "Hall of Fame pitcher Don Sutton died on Tuesday. He was 75. Sutton won 324 games and "
        "had a career ERA of 3.26."
    )
    right = (
        "Don Sutton, who won 324 games over 23 seasons, died Tuesday at 75. The Hall of Famer "
        "had a {} career earned run average."
    )
    assert ({"3.26"}, {"3.62"}) in conflict_texts(compare_texts(left, right.format("3.62")))
    assert ({"3.26"}, {"3.26"}) in agreed_texts(compare_texts(left, right.format("3.26")))

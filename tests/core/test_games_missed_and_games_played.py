"""An injury story counts the games a player missed and the games he played: "has been out for
14 games" is no second account of "11 assists in 30 games", so the two never clash; two counts
of games missed still do."""

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Defenseman Erik Sund was placed on injured reserve Monday with a concussion. Sund has "
    "missed the last 14 games. He has two goals and 11 assists in 30 games."
)


def test_games_out_are_no_second_count_of_games_played() -> None:
    report = compare_texts(
        _LEFT,
        "Edmonton moved Erik Sund to injured reserve on Monday because of a concussion. The "
        "defenseman has been out for 14 games. Sund has two goals and 11 assists in 30 games "
        "this season.",
    )
    assert conflict_texts(report) == []


def test_two_counts_of_games_missed_still_clash() -> None:
    report = compare_texts(
        "Quarterback Tom Baird returned on Sunday. Baird missed nine games with a broken "
        "collarbone.",
        "Quarterback Tom Baird returned on Sunday. Baird missed seven games with a broken "
        "collarbone.",
    )
    assert conflict_texts(report) == [({"nine"}, {"seven"})]


def test_games_missed_never_meet_games_played() -> None:
    report = compare_texts(
        "Quarterback Tom Baird returned on Sunday. Baird missed nine games with a broken "
        "collarbone.",
        "Quarterback Tom Baird returned on Sunday from a broken collarbone. He has started "
        "seven games for the Jets, who sat him for the rest.",
    )
    assert conflict_texts(report) == []


def test_games_sat_out_and_games_missed_are_one_count() -> None:
    left = (
        "Quarterback Tom Baird missed nine games with a broken collarbone before returning for "
        "the final three. The Jets finished 4-13."
    )
    right = (
        "Tom Baird sat out {n} games with a fractured collarbone and came back for the last "
        "three games of the season. New York went 4-13."
    )
    assert conflict_texts(compare_texts(left, right.format(n="nine"))) == []
    assert ({"nine"}, {"seven"}) in conflict_texts(compare_texts(left, right.format(n="seven")))

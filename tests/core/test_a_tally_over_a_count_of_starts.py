"""A tally told "over 12 starts" covers twelve starts, no more than twelve: it agrees with "in 12
starts" and clashes with "in 11 starts" as a plain count does. "played over 300 games" is a
bound, even where the parser leaves the "over" outside the figure; "fought over three islands"
counts the islands."""

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The Red Sox placed pitcher Mike Dunn on the injured list on Friday. Dunn, 33, is 3-5 with "
    "a 4.12 ERA in {starts} starts. The team recalled Jose Nieto."
)
_RIGHT = (
    "Boston moved Mike Dunn to the injured list on Friday. The 33-year-old has gone 3-5 with a "
    "4.12 earned run average over 12 starts. Jose Nieto was called up."
)


def test_over_twelve_starts_agrees_with_in_twelve_starts() -> None:
    report = compare_texts(_LEFT.format(starts=12), _RIGHT)
    assert conflict_texts(report) == []


def test_over_twelve_starts_clashes_with_eleven_as_a_plain_count() -> None:
    report = compare_texts(_LEFT.format(starts=11), _RIGHT)
    assert ({"11"}, {"12"}) in conflict_texts(report)
    assert not any("estimate" in f.reason for f in report.findings if f.kind.value == "conflict")


def test_played_over_three_hundred_games_is_a_bound_that_allows_312() -> None:
    report = compare_texts(
        "Sean Doyle is retiring from rugby. He played over 300 games for Leinster.",
        "Sean Doyle is retiring from rugby. He played 312 games for Leinster.",
    )
    assert conflict_texts(report) == []


def test_a_war_over_three_islands_counts_the_islands() -> None:
    report = compare_texts(
        "The two countries went to war in 1982. They fought over three islands for months.",
        "The two countries went to war in 1982. They fought over four islands for months.",
    )
    assert ({"three"}, {"four"}) in conflict_texts(report)

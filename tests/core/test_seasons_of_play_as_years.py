"""A career or a tenure counted in seasons of play is counted in years: "over 14 seasons" agrees
with "after 14 years" and clashes with "12 years"; "last season" and "his 18th season" count
nothing."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Captain Sean Doyle announced his retirement on Thursday after 14 seasons with Leinster. "
    "He will join the coaching staff."
)


def _right(years: int) -> str:
    return (
        f"Leinster captain Sean Doyle is retiring after {years} years with the province, he said "
        "on Thursday. He will take up a coaching role."
    )


def test_fourteen_seasons_agree_with_fourteen_years() -> None:
    report = compare_texts(_LEFT, _right(14))
    assert ({"14 seasons"}, {"14 years"}) in agreed_texts(report)


def test_fourteen_seasons_clash_with_twelve_years() -> None:
    report = compare_texts(_LEFT, _right(12))
    assert ({"14 seasons"}, {"12 years"}) in conflict_texts(report)


def test_his_eighteenth_season_counts_no_years() -> None:
    report = compare_texts(
        "Ty Grant scored his 500th goal on Thursday. He is in his 18th season.",
        "Ty Grant scored his 500th goal on Thursday. He has played for 12 years.",
    )
    assert conflict_texts(report) == []

"""A year in a participle clause that opens the sentence ("Born in Seville in 1952, Rosa Lind
moved to London at 20.") dates that clause, the birth, not the main clause after the comma: it
never clashes with the year the other article gives the move, and it does clash with the other
article's different year of birth."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Singer Rosa Lind was born in Seville, Spain, on March 3, 1950. She moved to London in "
    "1970. Lind released her first album in 1972. She retired in 1998."
)


def _right(year: int) -> str:
    return (
        f"Born in the Spanish city of Seville in {year}, Rosa Lind moved to London at 20. Her "
        "debut album came out in 1972. The singer retired in 1998. She lives in Kent."
    )


def test_born_in_1952_never_clashes_with_the_year_she_moved() -> None:
    conflicts = conflict_texts(compare_texts(_LEFT, _right(1952), "2008-06-10"))
    assert ({"1970"}, {"1952"}) not in conflicts, conflicts


def test_born_in_1952_clashes_with_born_on_march_3_1950() -> None:
    conflicts = conflict_texts(compare_texts(_LEFT, _right(1952), "2008-06-10"))
    assert ({"March 3, 1950"}, {"1952"}) in conflicts, conflicts


def test_born_in_1950_agrees() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right(1950), "2008-06-10"))


def test_a_year_opening_the_sentence_still_dates_the_main_verb() -> None:
    right = (
        "In 1974, Rosa Lind moved to London at 24. Her debut album came out in 1972. The "
        "singer retired in 1998. She lives in Kent."
    )
    conflicts = conflict_texts(compare_texts(_LEFT, right, "2008-06-10"))
    assert any("1970" in left for left, _ in conflicts), conflicts

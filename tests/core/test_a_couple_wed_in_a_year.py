""" "Wed" is the verb of a wedding ("The pair wed in Tuscany in 2009"), never "we'd" written
without its apostrophe: the year of the wedding meets the year the other article gives with
"married", and two different years for it clash; the year the couple met is another deed."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Model Sasha Kent and businessman Paul Orr have separated, her agent said on Monday. The "
    "pair wed in Tuscany in 2009. Kent, 34, has a son from her first marriage. Orr declined to "
    "comment."
)


def _right(verb: str, year: int) -> str:
    return (
        "Sasha Kent and Paul Orr have separated after six years, her agent confirmed Monday. "
        f"The model {verb} Orr in {year} in Tuscany. She has a son from a previous marriage. Orr "
        "had no comment."
    )


def test_wed_in_2009_clashes_with_married_in_2011() -> None:
    report = compare_texts(_LEFT, _right("married", 2011))
    assert ({"2009"}, {"2011"}) in conflict_texts(report), conflict_texts(report)


def test_wed_in_2009_agrees_with_married_in_2009() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right("married", 2009)))


def test_the_year_they_met_is_not_the_year_they_wed() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right("met", 2011)))

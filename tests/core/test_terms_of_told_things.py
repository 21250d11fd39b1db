"""The term of a deal both articles tell ("the four-year, $90 million deal" / "the $90 million
guaranteed to Torii Hunter") is a detail of that deal, not a fact only one article gives; a term
of a deal the other article never tells keeps its yellow mark."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_the_term_beside_an_amount_both_give_is_not_yellow() -> None:
    report = compare_texts(
        "Angels bid\n\nThe offer would top the $90 million guaranteed to Torii Hunter.",
        "Angels bid\n\nThe offer would top the four-year, $90 million deal that Torii Hunter got.",
        "2008-12-13",
    )
    assert "four-year" not in yellow(report), yellow(report)


def test_the_terms_of_extensions_the_other_article_counts_are_not_yellow() -> None:
    report = compare_texts(
        "Cheeks fired\n\nStefanski had given Cheeks two contract extensions in the past season.",
        "Cheeks fired\n\nStefanski gave Cheeks a one-year contract extension last season and "
        "another one-year extension in March.",
        "2008-12-13",
    )
    assert "one-year" not in yellow(report), yellow(report)


def test_the_term_of_a_deal_the_other_article_never_tells_keeps_its_mark() -> None:
    report = compare_texts(
        "Angels bid\n\nThe Angels offered Mark Teixeira a record deal on Monday. Sabathia agreed "
        "to a seven-year, $161 million deal with the Yankees last week.",
        "Angels bid\n\nThe Angels offered Mark Teixeira a record deal on Monday. Sabathia signed "
        "with the Yankees last week.",
        "2008-12-13",
    )
    assert "seven-year" in yellow(report), yellow(report)

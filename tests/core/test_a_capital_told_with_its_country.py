"""One article tells the city as "the capital, Santiago," and the other as "Santiago, Chile,":
the model may leave the lone city unlabelled, and the words that took the country's place must
still be read as the city in it, one scene at two precisions. Another city in another country
still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_the_capital_santiago_is_santiago_chile() -> None:
    report = compare_texts(
        "Protesters clashed with police in the capital, Santiago, on Friday.",
        "Protesters clashed with police in Santiago, Chile, on Friday.",
    )
    assert conflict_texts(report) == []


def test_the_capital_santiago_is_not_lima_peru() -> None:
    report = compare_texts(
        "Protesters clashed with police in the capital, Santiago, on Friday.",
        "Protesters clashed with police in Lima, Peru, on Friday.",
    )
    assert conflict_texts(report) == [({"Santiago"}, {"Lima"})]

"""A span counted in digits ("on the throne for 51 years") is no bare plural of its unit: it
does not tell the other article's "reigned for 41 years" the way "for decades" does, so the two
different lengths are both marked instead of both vanishing."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Queen Anne-Marie of Ruritania, 89, died on Friday, the palace said. She reigned for 41 "
    "years. The queen died peacefully at the royal residence. Her son, Crown Prince Karl, "
    "becomes king."
)


def _right(span: str) -> str:
    return (
        "The palace announced that Queen Anne-Marie had died Friday at 89. She had been on the "
        f"throne for {span}. She died at the royal residence, the palace said. Crown Prince "
        "Karl, her son, succeeds her."
    )


def _marked(report_words: list[str], conflicts: list[tuple[set[str], set[str]]], word: str) -> bool:
    return word in report_words or any(word in left | right for left, right in conflicts)


def test_on_the_throne_for_51_years_is_not_told_by_41_years() -> None:
    report = compare_texts(_LEFT, _right("51 years"))
    marks, conflicts = yellow(report), conflict_texts(report)
    assert _marked(marks, conflicts, "51 years"), (marks, conflicts)
    assert _marked(marks, conflicts, "41 years"), (marks, conflicts)


def test_reigned_for_decades_still_tells_41_years() -> None:
    report = compare_texts(_LEFT, _right("decades").replace("been on the throne", "reigned"))
    assert "41 years" not in yellow(report), yellow(report)
